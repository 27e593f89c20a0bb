/**
 * The candidate sentences of an article: every sentence of every section's paragraphs, with where it
 * sits (section, paragraph, offsets in the article text) so a claim can point back into the page.
 */
import { sentenceSpans } from '../text/sentences.ts';
import { isWordChar } from '../text/words.ts';
import type { Section } from '../types.ts';

export interface Candidate {
  text: string;
  sectionIndex: number;
  /** Paragraph number across the whole article. */
  paragraphIndex: number;
  /** Offsets of the sentence in the article text, or -1 when it could not be found there. */
  start: number;
  end: number;
}

export function collectCandidates(sections: readonly Section[], text: string): Candidate[] {
  const headings = new Set(sections.map((s) => squash(s.heading)).filter(Boolean));
  const longestHeading = Math.max(0, ...sections.map((s) => s.heading.length));
  const out: Candidate[] = [];
  let cursor = 0;
  let paragraphIndex = 0;
  sections.forEach((section, sectionIndex) => {
    for (const paragraph of section.paragraphs) {
      // Paragraphs appear in the text in order; searching from the last hit keeps repeats apart.
      const at = text.indexOf(paragraph, cursor);
      if (at >= 0) cursor = at + paragraph.length;
      for (const span of sentenceSpans(paragraph)) {
        const sentence = paragraph.slice(span.start, span.end);
        // A bold line that repeats a heading is a heading, not a claim.
        if (headings.size > 0 && sentence.length <= longestHeading + 8 && headings.has(squash(sentence))) continue;
        const start = at >= 0 ? at + span.start : text.indexOf(sentence);
        out.push({
          text: sentence,
          sectionIndex,
          paragraphIndex,
          start,
          end: start >= 0 ? start + sentence.length : -1,
        });
      }
      paragraphIndex++;
    }
  });
  return out;
}

/**
 * Lowercased runs of letters and digits, one space between them: a heading and a line that repeats it
 * compare equal whatever their punctuation. The runs are found by character code (`isWordChar`), which
 * is faster than matching `[\p{L}\p{N}]+` or replacing the gaps with a negated Unicode class.
 */
function squash(text: string): string {
  const lower = text.toLowerCase();
  const runs: string[] = [];
  const length = lower.length;
  let start = -1;
  for (let at = 0; at < length; ) {
    const code = lower.codePointAt(at)!;
    const isLetterOrDigit = isWordChar(code);
    if (isLetterOrDigit && start < 0) start = at;
    else if (!isLetterOrDigit && start >= 0) {
      runs.push(lower.slice(start, at));
      start = -1;
    }
    at += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(' ');
}
