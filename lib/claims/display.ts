/**
 * The text a claim shows: its sentence without reference markers ("[12]", "[n 8]", "[citation needed]", a page
 * cite "[3]:p. 12") and without a leading connective that only links to the sentence before ("Instead, he…" →
 * "He…"). The exact sentence stays the claim's source, which the selector points at.
 */
import { leadingConnective, quoteDepth } from './standalone.ts';

// Numbered and lettered notes, and the bracketed remarks Wikipedia's editors leave in the text.
const MARKER =
  /\[(?:\d{1,4}|[a-z]{1,6}[ .]?\d{1,4}|[a-z]|citation needed|clarification needed|when\?|who\?|according to whom\?|dubious|edit|Anm\.? \d+|réf\. nécessaire|cita requerida)\](?::\s?(?:pp?\.\s?)?[\d–-]*)?/gu;

/**
 * The text without reference markers. White space before a comma or full stop stays: where it is not a marker's
 * ("quotient[4] , is defined"), an inline formula was left out there, and that sentence is no claim (standalone.ts).
 */
export function withoutMarkers(text: string): string {
  return text.includes('[') ? text.replace(MARKER, '').trim() : text;
}

/** The claim as the user reads it. */
export function displayText(source: string, lang?: string | null): string {
  const text = withoutMarkers(source);
  const cut = leadingConnective(text, lang);
  const rest = cut ? text.slice(0, cut.from) + text.slice(cut.to) : text;
  // Capitalise the first letter, past any opening quote or bracket.
  const capitalised = cut
    ? rest.replace(/^([^\p{L}]*)(\p{L})/u, (_, before: string, letter: string) => before + letter.toUpperCase())
    : rest;
  return withQuotesPaired(capitalised, lang);
}

/**
 * A sentence of a quotation that runs over several (news style opens each quoted paragraph and closes only the
 * last) gets the mark it lacks: a closing one at the end, or an opening one at the start, in the text's own style.
 */
function withQuotesPaired(text: string, lang?: string | null): string {
  const depth = quoteDepth(text, lang);
  if (depth === 0 || Math.abs(depth) > 2) return text;
  const german = (lang ?? '').toLowerCase().startsWith('de') || text.includes('„');
  const open = /["“„«]/.exec(text)?.[0];
  const close = [...text.matchAll(/["”“»]/g)].pop()?.[0];
  if (depth > 0) {
    const mark = open === '"' ? '"' : open === '„' ? '“' : open === '«' ? '»' : '”';
    return text + mark.repeat(depth);
  }
  const mark = close === '"' ? '"' : close === '»' ? '«' : german ? '„' : '“';
  return mark.repeat(-depth) + text;
}
