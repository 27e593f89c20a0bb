/**
 * The candidate sentences of an article: every sentence of every section's paragraphs, with where it
 * sits (section, paragraph, offsets in the article text) so a claim can point back into the page. A quotation
 * that runs over two or three sentences is one candidate; reference lists, "See also" and the like are none.
 */
import { type Span, sentenceSpans } from '../text/sentences.ts';
import { isWordChar } from '../text/words.ts';
import { quoteDepth } from './standalone.ts';
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

// Sections that list sources or links, not what the article says, in the languages covered.
const REFERENCE_HEADING =
  /^(?:references?|notes?(?: and references)?|citations?|sources?|bibliography|further reading|external links|see also|contents|footnotes|works cited|einzelnachweise|anmerkungen|literatur|weblinks|siehe auch|quellen|inhaltsverzeichnis|références|notes et références|bibliographie|liens externes|voir aussi|sommaire|referencias|notas|bibliografía|enlaces externos|véase también|índice)\b/i;

export function collectCandidates(sections: readonly Section[], text: string, lang?: string | null): Candidate[] {
  const headings = new Set(sections.map((s) => squash(s.heading)).filter(Boolean));
  const longestHeading = Math.max(0, ...sections.map((s) => s.heading.length));
  const out: Candidate[] = [];
  let cursor = 0;
  let paragraphIndex = 0;
  sections.forEach((section, sectionIndex) => {
    if (REFERENCE_HEADING.test(section.heading.trim())) {
      paragraphIndex += section.paragraphs.length;
      return;
    }
    for (const paragraph of section.paragraphs) {
      // Paragraphs appear in the text in order; searching from the last hit keeps repeats apart.
      const at = text.indexOf(paragraph, cursor);
      if (at >= 0) cursor = at + paragraph.length;
      for (const span of quotationUnits(paragraph, sentenceSpans(paragraph), lang)) {
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

/** A quotation runs over at most this many sentences to be one candidate; a longer one is cut (and unfit). */
const QUOTE_SENTENCES = 3;
const QUOTE_CHARACTERS = 420;

/** The paragraph's sentences, those of a quotation that runs over two or three of them joined into one. */
function quotationUnits(paragraph: string, spans: Span[], lang?: string | null): Span[] {
  if (!/["“„«]/.test(paragraph)) return spans;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    let depth = quoteDepth(paragraph.slice(spans[i]!.start, spans[i]!.end), lang);
    let last = i;
    while (depth > 0 && last + 1 < spans.length && last - i + 1 < QUOTE_SENTENCES) {
      last++;
      // Measured over the joined text: a straight quote closes what an earlier sentence's one opened.
      depth = quoteDepth(paragraph.slice(spans[i]!.start, spans[last]!.end), lang);
    }
    if (last > i && depth === 0 && spans[last]!.end - spans[i]!.start <= QUOTE_CHARACTERS) {
      out.push({ start: spans[i]!.start, end: spans[last]!.end });
      i = last;
    } else out.push(spans[i]!);
  }
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
