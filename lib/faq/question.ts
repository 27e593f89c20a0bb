/**
 * What reads like a question, and which headings announce an FAQ. Both are language-aware in the
 * scripts the product is used in: Latin, Cyrillic, CJK (full-width "？") and Arabic ("؟").
 */
import { collapseSpace } from './text.ts';

/** Characters that may close a sentence after its question mark: quotes, brackets, icons. */
const DECORATION = '\\s"\'\u2019\u201d\u00bb)\\]）」』:：*+¶§#\u2212\u2013\u2014\u25bc\u25b2\u203a\u2039\u00d7\u2715▾▸▴▿⌄⌃';
const TRAILING_DECORATION = new RegExp(`[${DECORATION}]+$`, 'u');
/** One character of decoration, or of the spaces `collapseSpace` turns into one. */
const DECORATION_OR_SPACE = new RegExp(`[${DECORATION}\u200b\ufeff]`, 'u');

/** True for text that ends in a question mark (Latin "?", full-width "？", Arabic "؟") or opens with "¿". */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = collapseSpace(text).replace(TRAILING_DECORATION, '');
  if (trimmed.length < 3) return false;
  return /[?？؟]$/u.test(trimmed) || /^¿/.test(trimmed);
}

/** The word "questions" closing a short line, in the languages of FAQ_PHRASES below. */
const ENDS_ASKING_FOR_QUESTIONS = /(^|\s)(questions?|fragen|preguntas|perguntas|domande|vragen|вопросы)[\s?？؟]*$/iu;

/**
 * "Still have questions?", "Noch Fragen?", "¿Más preguntas?": the prompt to get in touch that closes an
 * FAQ, set like one of its questions but not one of them.
 */
export function isContactPrompt(question: string): boolean {
  const text = collapseSpace(question);
  return text.split(' ').length <= 5 && ENDS_ASKING_FOR_QUESTIONS.test(text);
}

/**
 * True when a piece of a text (one text node) may be where a question {@link looksLikeQuestion} accepts
 * ends or begins: it holds "¿", or its last character other than decoration and space is a question
 * mark. Any text that looks like a question has such a piece, since the question mark it ends on is
 * followed by nothing but decoration and space, in its own piece as in the whole.
 */
export function mayEndQuestion(piece: string): boolean {
  if (piece.includes('¿')) return true;
  // Read backwards: a pattern anchored at the end would retry every run of decoration inside the text.
  for (let i = piece.length - 1; i >= 0; i--) {
    const char = piece.charAt(i);
    if (DECORATION_OR_SPACE.test(char)) continue;
    return char === '?' || char === '？' || char === '؟';
  }
  return false;
}

/**
 * Phrases that name an FAQ section. Matched anywhere in a short heading, so "DeepSeek FAQs",
 * "Frequently Asked Questions (FAQ)" and "FAQ: shipping" all count, while "Related questions" does not.
 */
const FAQ_PHRASES: readonly RegExp[] = [
  /\bfaqs?\b/,
  /\bf\.\s?a\.\s?q\.?/,
  /\bfrequently[- ]asked[- ]questions?\b/,
  /\b(common|commonly asked|frequent|popular|top|your) questions\b/,
  /\bgot questions\b/,
  /\bquestions (answered|and answers|& answers)\b/,
  /\bq\s?(&|and|\+|n)\s?a\b/,
  /\bpreguntas (m[aá]s )?frecuentes\b/,
  /\bpreguntas y respuestas\b/,
  /häufig gestellte fragen/,
  /häufige fragen/,
  /\bfragen (und|&) antworten\b/,
  /\bfoire aux questions\b/,
  /\bquestions (fréquentes|fréquemment posées|courantes)/,
  /\bquestions[- ]réponses\b/,
  /\bdomande (frequenti|e risposte)\b/,
  /\bperguntas (frequentes|e respostas)\b/,
  /\b(veel|vaak) ?gestelde vragen\b/,
  /często zadawane pytania/,
  /часто задаваемые вопросы/,
  /вопросы и ответы/,
  /sıkça sorulan sorular/,
  /\b(vanliga|ofte stilte|ofte stillede) (frågor|spørsmål|spørgsmål)\b/,
  /câu hỏi thường gặp/,
  /pertanyaan (yang )?(sering|umum)/,
  /よくある(ご)?質問/,
  /よくあるお問い合わせ/,
  /質問と回答/,
  /常见问题|常見問題|常见问答|常見問答|问与答|問與答/,
  /자주 ?묻는 ?질문/,
  /الأسئلة الشائعة|أسئلة شائعة|الأسئلة المتكررة|أسئلة وأجوبة|الأسئلة والأجوبة/,
  /अक्सर पूछे जाने वाले प्रश्न|सामान्य प्रश्न/,
];

/** Headings longer than this are sentences that happen to mention an FAQ, not an FAQ's title. */
const MAX_FAQ_HEADING_LENGTH = 80;

/** True when a heading's text names an FAQ section ("FAQ", "FAQs", "Frequently asked questions", "Q&A", …). */
export function isFaqHeading(text: string): boolean {
  const normalized = collapseSpace(text.normalize('NFKC')).toLowerCase();
  if (normalized.length === 0 || normalized.length > MAX_FAQ_HEADING_LENGTH) return false;
  return FAQ_PHRASES.some((phrase) => phrase.test(normalized));
}
