import { describe, expect, it } from 'vitest';
import { isFaqHeading, looksLikeQuestion, mayEndQuestion } from './question.ts';

describe('isFaqHeading', () => {
  it.each([
    'FAQ', 'FAQs', 'FAQ’s', 'F.A.Q.', 'Frequently asked questions', 'Frequently Asked Questions (FAQ)', 'DeepSeek FAQs',
    'Q&A', 'Q & A', 'Questions and answers', 'Common questions', 'Preguntas frecuentes', 'Häufig gestellte Fragen',
    'Häufige Fragen', 'Foire aux questions', 'Questions fréquentes', 'Domande frequenti', 'Perguntas frequentes',
    'よくある質問', 'よくあるご質問', '常见问题', '常見問題', 'الأسئلة الشائعة', 'Часто задаваемые вопросы', '자주 묻는 질문',
  ])('recognises %s', (text) => {
    expect(isFaqHeading(text)).toBe(true);
  });

  it.each([
    'Related questions', 'People also ask', 'Questions?', 'Conclusion', 'FAQtory of ideas',
    'This long heading merely mentions that the company published an FAQ for its customers last week in a blog post',
  ])('rejects %s', (text) => {
    expect(isFaqHeading(text)).toBe(false);
  });
});

describe('looksLikeQuestion', () => {
  it.each(['What is it?', '¿Qué es?', 'これは何ですか？', 'ما هذا؟', 'Is it free? +', 'What is it?¶', '“Why now?”'])(
    'accepts %s',
    (text) => expect(looksLikeQuestion(text)).toBe(true),
  );
  it.each(['How it works', 'Shipping', '?', 'Read more »'])('rejects %s', (text) =>
    expect(looksLikeQuestion(text)).toBe(false),
  );
});

describe('mayEndQuestion', () => {
  it.each(['What is it?', 'it?\u200b ', '“Why now?” ▼', '¿Qué', 'es ¿y tú', 'ما هذا؟'])('accepts the piece %s', (piece) =>
    expect(mayEndQuestion(piece)).toBe(true),
  );
  it.each(['Why? Because', 'Shipping', '', ' : ', 'Why?!'])('rejects the piece %s', (piece) =>
    expect(mayEndQuestion(piece)).toBe(false),
  );
});
