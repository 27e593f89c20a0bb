import { describe, expect, it } from 'vitest';
import { cleanAnswer, cleanQuestion } from './clean.ts';
import { decodeEntities, htmlToText } from './html-text.ts';
import { afterAnswerLabel, afterQuestionLabel, splitInlineAnswer } from './labels.ts';

describe('question and answer labels', () => {
  it.each([
    ['Q: What is it?', 'What is it?'],
    ['Q. What is it?', 'What is it?'],
    ['Q1: What is it?', 'What is it?'],
    ['Question 3: What is it?', 'What is it?'],
    ['Frage: Was ist das?', 'Was ist das?'],
    ['P: ¿Qué es?', '¿Qué es?'],
    ['Q：これは何ですか？', 'これは何ですか？'],
    ['问：这是什么？', '这是什么？'],
    ['س: ما هذا؟', 'ما هذا؟'],
  ])('strips the question label of %s', (line, rest) => {
    expect(afterQuestionLabel(line)).toBe(rest);
  });

  it.each(['Quick: do this', 'P. Smith said', 'Queen Mary?', 'F. Scott Fitzgerald wrote it'])('sees no label in %s', (line) => {
    expect(afterQuestionLabel(line)).toBeNull();
  });

  it('strips answer labels in several languages', () => {
    expect(afterAnswerLabel('A: Yes.')).toBe('Yes.');
    expect(afterAnswerLabel('Answer: Yes.')).toBe('Yes.');
    expect(afterAnswerLabel('R: Sí.')).toBe('Sí.');
    expect(afterAnswerLabel('答：是的。')).toBe('是的。');
    expect(afterAnswerLabel('Also, yes.')).toBeNull();
  });

  it('splits a question and answer written on one line', () => {
    expect(splitInlineAnswer('Why? A: Because.')).toEqual({ question: 'Why?', answer: 'Because.' });
    expect(splitInlineAnswer('Why not ask?')).toBeNull();
  });
});

describe('cleaning', () => {
  it('removes labels, numbering and icons from questions', () => {
    expect(cleanQuestion('  Q:  What   is it? ')).toBe('What is it?');
    expect(cleanQuestion('2. What is it?')).toBe('What is it?');
    expect(cleanQuestion('What is it? +')).toBe('What is it?');
    expect(cleanQuestion('What is it?¶')).toBe('What is it?');
  });

  it('removes labels and trailing widgets from answers', () => {
    expect(cleanAnswer('A: It is a tool.  Read more »')).toBe('It is a tool.');
    expect(cleanAnswer('It is a tool. Was this answer helpful? Yes No')).toBe('It is a tool.');
    expect(cleanAnswer('Es una herramienta. Leer más')).toBe('Es una herramienta.');
  });
});

describe('HTML in structured data', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('caf&eacute; &amp; &#8217;s &#x2014; &nbsp;x &unknown;')).toBe('café & ’s — \u00a0x &unknown;');
  });

  it('turns markup into one line of text', () => {
    expect(htmlToText('<p>One <b>two</b>.</p><ul><li>Three</li><li>Four</li></ul><script>alert(1)</script>')).toBe(
      'One two. Three Four',
    );
    expect(htmlToText('Line<br/>break &lt;b&gt; stays text')).toBe('Line break <b> stays text');
  });
});
