/**
 * "Q:"/"A:" labels in the languages the product covers: "Q:", "Q.", "Q1:", "Question:", "Frage:",
 * "Pregunta:", "问：", "س:" and their answer counterparts. Single letters other than Q and A ("P:", "R:",
 * "F:", "D:") are only labels with a colon, where they cannot be an initial ("F. Scott").
 */

const PUNCT = '[:：.．)）]';
const COLON = '[:：]';
const NUMBER = '\\s*\\d{0,3}\\s*';

const QUESTION_WORDS = 'question|frage|pregunta|pergunta|domanda|вопрос|質問|问题|問題|سؤال|السؤال';
const ANSWER_WORDS = 'answer|antwort|respuesta|resposta|risposta|réponse|reponse|ответ|回答|答え|جواب|الجواب|إجابة|الإجابة';

const QUESTION_LABEL = new RegExp(
  `^(?:(?:${QUESTION_WORDS}|q)${NUMBER}${PUNCT}|(?:p|f|d|问|問|س)${NUMBER}${COLON})\\s*`,
  'iu',
);
const ANSWER_LABEL = new RegExp(`^(?:(?:${ANSWER_WORDS}|a)${NUMBER}${PUNCT}|(?:r|答|ج)${NUMBER}${COLON})\\s*`, 'iu');

/** An answer label right after a question on the same line: "Q: Why? A: Because." */
const INLINE_ANSWER = new RegExp(`^(.*?[?？؟])\\s*(?:(?:${ANSWER_WORDS}|a)${PUNCT}|(?:r|答|ج)${COLON})\\s*(.+)$`, 'iu');

/**
 * A text that opens with a question label, or is only a label's word or letter (the "Q" of
 * `<b>Q</b>: Why?`). Looser than {@link afterQuestionLabel}: it tells whether Q/A text may be on a page.
 */
const QUESTION_LABEL_START = new RegExp(
  `^[\\s\u200b\ufeff]*(?:(?:${QUESTION_WORDS}|q)${NUMBER}(?:${PUNCT}|$)|(?:p|f|d|问|問|س)${NUMBER}(?:${COLON}|$))`,
  'iu',
);

export function startsWithQuestionLabel(text: string): boolean {
  return QUESTION_LABEL_START.test(text);
}

/** The text after a question label, or null when the line has none. */
export function afterQuestionLabel(line: string): string | null {
  const match = QUESTION_LABEL.exec(line);
  return match ? line.slice(match[0].length) : null;
}

/** The text after an answer label, or null when the line has none. */
export function afterAnswerLabel(line: string): string | null {
  const match = ANSWER_LABEL.exec(line);
  return match ? line.slice(match[0].length) : null;
}

/** Splits "Why? A: Because." into question and answer; null when no answer label follows the question. */
export function splitInlineAnswer(text: string): { question: string; answer: string } | null {
  const match = INLINE_ANSWER.exec(text);
  if (!match || !match[1] || !match[2]) return null;
  return { question: match[1], answer: match[2] };
}
