/**
 * Anchoring baselines on real saved pages: describe random passages, then anchor them on the same
 * page (every one must come back exactly) and on an edited copy of the page (paragraphs inserted
 * and deleted, words changed next to and inside passages, whitespace and inline markup changed).
 *
 * Ground truth on the edited copy comes from empty marker elements placed at each passage's ends
 * before editing: they hold no text, so they never influence matching, and the edits move them
 * along with the text they sit in. A result is "misplaced" when its ends are further from the
 * markers than a small tolerance; the anchoring contract is that this never happens.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, describe, type AnchorMethod, type Selector } from '../../lib/anchoring/index.ts';
import { textSpanToRange } from '../../lib/anchoring/anchor.ts';
import { rangeToTextSpan } from '../../lib/anchoring/describe.ts';
import { buildTextIndex, textOffsetOf, textToStrippedOffset, trimSpan, type TextIndex } from '../../lib/anchoring/text-index.ts';
import { parseHtml } from './dom.ts';
import { seededRandom } from './synthetic.ts';

export interface BaselineOptions {
  corpusDir: string;
  pages: number;
  passagesPerPage: number;
  seed: number;
}

export interface EditedCounts {
  reanchored: number;
  exact: number;
  orphaned: number;
  misplaced: number;
  byMethod: Record<AnchorMethod, number>;
}

export interface BaselineReport {
  pages: string[];
  passages: number;
  samePage: { exact: number; failed: number };
  edited: EditedCounts;
  /** Passages whose text was changed inside (exercising the approximate matcher). */
  editedInside: number;
  misplacedExamples: string[];
  milliseconds: number;
}

type Random = () => number;
const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const FILLER = ['river', 'quietly', 'seventeen', 'orange', 'ledger', 'because', 'northern', 'protocol', 'thin', 'harbour'];

export interface Passage {
  id: number;
  start: number;
  end: number;
  selectors: Selector[];
}

/** Word spans [start, end) of the index's text. */
function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Passages of 5–40 words that neither overlap nor touch (at least 8 words apart), as highlights on
 * one page usually are; edits made around one passage then never land inside another.
 */
export function samplePassages(root: Element, index: TextIndex, count: number, rand: Random): Passage[] {
  const words = wordSpans(index.text);
  const taken: [number, number][] = [];
  const passages: Passage[] = [];
  for (let attempt = 0; passages.length < count && attempt < count * 10 && words.length > 60; attempt++) {
    const length = 5 + Math.floor(rand() * 36);
    const first = Math.floor(rand() * (words.length - length));
    const last = first + length - 1;
    if (taken.some(([a, b]) => first <= b + 8 && last >= a - 8)) continue;
    taken.push([first, last]);
    const start = words[first]![0];
    const end = words[last]![1];
    const selectors = describe(root, textSpanToRange(index, start, end), { index });
    passages.push({ id: passages.length, start, end, selectors });
  }
  return passages;
}

// ---- DOM edits on the copy -------------------------------------------------------------------

function splitTextAt(node: Text, offset: number): Text {
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

function makeMarker(doc: Document, id: number, end: 'start' | 'end'): Element {
  const marker = doc.createElement('precis-marker');
  marker.setAttribute('data-passage', `${id}-${end}`);
  return marker;
}

/** Puts empty marker elements at both ends of every passage (same text, so same offsets). */
function placeMarkers(index: TextIndex, passages: Passage[]): void {
  const doc = index.root.ownerDocument;
  const points = passages.flatMap((p) => [
    { node: index.charNode[p.start]!, offset: index.charOffset[p.start]!, marker: makeMarker(doc, p.id, 'start') },
    { node: index.charNode[p.end - 1]!, offset: index.charOffset[p.end - 1]! + 1, marker: makeMarker(doc, p.id, 'end') },
  ]);
  // Last point first, so splitting a text node never shifts a point still to be placed.
  points.sort((a, b) => b.node - a.node || b.offset - a.offset);
  for (const { node: n, offset, marker } of points) {
    const node = index.nodes[n]!;
    if (offset === 0) node.parentNode!.insertBefore(marker, node);
    else if (offset >= node.data.length) node.parentNode!.insertBefore(marker, node.nextSibling);
    else node.parentNode!.insertBefore(marker, splitTextAt(node, offset));
  }
}

function textNodes(root: Element): Text[] {
  return buildTextIndex(root).nodes.filter((n) => n.data.trim().length > 0);
}

function replaceWord(node: Text, which: 'first' | 'last' | 'middle', rand: Random): boolean {
  const words = [...node.data.matchAll(/[A-Za-z]{3,}/g)];
  if (words.length === 0) return false;
  const m = which === 'first' ? words[0]! : which === 'last' ? words[words.length - 1]! : words[Math.floor(words.length / 2)]!;
  node.data = node.data.slice(0, m.index) + pick(rand, FILLER) + node.data.slice(m.index! + m[0].length);
  return true;
}

/** Paragraphs that lie wholly outside every passage, so inserting before or deleting them keeps passages intact. */
function paragraphsOutsidePassages(root: Element, passages: Passage[]): Element[] {
  const index = buildTextIndex(root);
  const spans = passages.map((p) => truthSpan(index, root, p.id)).filter((s): s is [number, number] => s !== null);
  return [...root.querySelectorAll('p')].filter((p) => {
    const parent = p.parentNode!;
    const position = [...parent.childNodes].indexOf(p);
    const from = textOffsetOf(index, parent, position) ?? -1;
    const to = textOffsetOf(index, parent, position + 1) ?? -1;
    return !spans.some(([a, b]) => from < b && to > a);
  });
}

function insertParagraphs(root: Element, passages: Passage[], count: number, rand: Random): void {
  const paragraphs = paragraphsOutsidePassages(root, passages);
  for (let i = 0; i < count && paragraphs.length > 0; i++) {
    const p = root.ownerDocument.createElement('p');
    p.textContent = Array.from({ length: 12 }, () => pick(rand, FILLER)).join(' ') + '.';
    const before = pick(rand, paragraphs);
    before.parentNode!.insertBefore(p, before);
  }
}

function deleteParagraphs(root: Element, passages: Passage[], count: number, rand: Random): void {
  const free = paragraphsOutsidePassages(root, passages);
  for (let i = 0; i < count && free.length > 0; i++) free.splice(Math.floor(rand() * free.length), 1)[0]!.remove();
}

/** Changes the word just before and just after each passage (its prefix and suffix context). */
function changeContext(root: Element, rand: Random): void {
  for (const marker of root.querySelectorAll('precis-marker')) {
    const isStart = marker.getAttribute('data-passage')!.endsWith('start');
    const neighbour = isStart ? marker.previousSibling : marker.nextSibling;
    if (neighbour?.nodeType === 3) replaceWord(neighbour as Text, isStart ? 'last' : 'first', rand);
  }
}

/** Changes one word inside every other passage of 12+ words; returns how many were changed. */
function changeInside(root: Element, passages: Passage[], index: TextIndex, rand: Random): number {
  let changed = 0;
  for (const p of passages) {
    if (p.id % 2 === 1 || index.text.slice(p.start, p.end).split(' ').length < 12) continue;
    const start = root.querySelector(`precis-marker[data-passage="${p.id}-start"]`);
    // The first text node after the start marker with a word to change, still before the end marker.
    for (let n = start?.nextSibling ?? null; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as Element).tagName.toLowerCase() === 'precis-marker') break;
      if (n.nodeType === 3 && replaceWord(n as Text, 'middle', rand)) {
        changed++;
        break;
      }
    }
  }
  return changed;
}

function changeWhitespace(root: Element, rand: Random): void {
  for (const node of textNodes(root)) {
    if (rand() < 0.3) node.data = node.data.replace(/ /g, () => (rand() < 0.2 ? ' \n\t  ' : ' '));
  }
}

function changeMarkup(root: Element, rand: Random): void {
  const inline = [...root.querySelectorAll('a, em, strong, b, i, span')];
  for (const el of inline) {
    if (rand() < 0.3) el.replaceWith(...el.childNodes);
  }
  for (const node of textNodes(root)) {
    if (rand() >= 0.1) continue;
    const m = /[A-Za-z]{4,}/.exec(node.data);
    if (!m || !node.parentNode) continue;
    const word = splitTextAt(node, m.index);
    splitTextAt(word, m[0].length);
    const span = root.ownerDocument.createElement('span');
    word.parentNode!.insertBefore(span, word);
    span.appendChild(word);
  }
}

// ---- Scoring --------------------------------------------------------------------------------

function truthSpan(index: TextIndex, root: Element, id: number): [number, number] | null {
  const at = (end: string): number | null => {
    const marker = root.querySelector(`precis-marker[data-passage="${id}-${end}"]`);
    if (!marker?.parentNode) return null;
    const position = [...marker.parentNode.childNodes].indexOf(marker);
    return textOffsetOf(index, marker.parentNode, position);
  };
  const start = at('start');
  const end = at('end');
  if (start === null || end === null) return null;
  const span = trimSpan(index.text, start, end);
  return span[0] < span[1] ? span : null;
}

function emptyCounts(): EditedCounts {
  return { reanchored: 0, exact: 0, orphaned: 0, misplaced: 0, byMethod: { range: 0, position: 0, quote: 0, fuzzy: 0 } };
}

function scoreEdited(index: TextIndex, root: Element, passages: Passage[], counts: EditedCounts, examples: string[]): void {
  for (const p of passages) {
    const truth = truthSpan(index, root, p.id);
    const result = anchor(root, p.selectors, { index });
    if (!result.ok) {
      counts.orphaned++;
      continue;
    }
    const got = rangeToTextSpan(index, result.range);
    const [ts, te] = truth ? [textToStrippedOffset(index, truth[0]), textToStrippedOffset(index, truth[1])] : [-1, -1];
    const [gs, ge] = got ? [textToStrippedOffset(index, got[0]), textToStrippedOffset(index, got[1])] : [-2, -2];
    const tolerance = Math.max(2, Math.floor((te - ts) * 0.1));
    if (gs === ts && ge === te) counts.exact++;
    if (Math.abs(gs - ts) <= tolerance && Math.abs(ge - te) <= tolerance) {
      counts.reanchored++;
      counts.byMethod[result.method]++;
    } else {
      counts.misplaced++;
      if (examples.length < 10) {
        examples.push(`${result.method}: wanted "${truth ? index.text.slice(...truth) : '?'}" got "${got ? index.text.slice(...got) : '?'}"`);
      }
    }
  }
}

function pagesOf(corpusDir: string, count: number, rand: Random): string[] {
  const dir = join(corpusDir, 'readability');
  const names = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort();
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return names.slice(0, count);
}

export function runAnchoringBaseline(opts: BaselineOptions): BaselineReport {
  const began = performance.now();
  const rand = seededRandom(opts.seed);
  const report: BaselineReport = {
    pages: pagesOf(opts.corpusDir, opts.pages, rand),
    passages: 0,
    samePage: { exact: 0, failed: 0 },
    edited: emptyCounts(),
    editedInside: 0,
    misplacedExamples: [],
    milliseconds: 0,
  };
  for (const name of report.pages) {
    const html = readFileSync(join(opts.corpusDir, 'readability', name, 'source.html'), 'utf8');
    const original = parseHtml(html).body;
    const index = buildTextIndex(original);
    const passages = samplePassages(original, index, opts.passagesPerPage, rand);
    report.passages += passages.length;

    for (const p of passages) {
      const result = anchor(original, p.selectors, { index });
      const span = result.ok ? rangeToTextSpan(index, result.range) : null;
      if (span && span[0] === p.start && span[1] === p.end) report.samePage.exact++;
      else report.samePage.failed++;
    }

    const copy = parseHtml(html).body;
    placeMarkers(buildTextIndex(copy), passages);
    insertParagraphs(copy, passages, 5, rand);
    deleteParagraphs(copy, passages, 3, rand);
    changeContext(copy, rand);
    report.editedInside += changeInside(copy, passages, index, rand);
    changeWhitespace(copy, rand);
    changeMarkup(copy, rand);
    scoreEdited(buildTextIndex(copy), copy, passages, report.edited, report.misplacedExamples);
  }
  report.milliseconds = Math.round(performance.now() - began);
  return report;
}

export function formatReport(r: BaselineReport): string {
  const e = r.edited;
  return [
    `anchoring baseline: ${r.pages.length} pages, ${r.passages} passages (${r.milliseconds} ms)`,
    `  same page:   ${r.samePage.exact} exact, ${r.samePage.failed} not exact`,
    `  edited page: ${e.reanchored} re-anchored (${e.exact} exact; range ${e.byMethod.range}, position ${e.byMethod.position}, ` +
      `quote ${e.byMethod.quote}, fuzzy ${e.byMethod.fuzzy}), ${e.orphaned} orphaned, ${e.misplaced} misplaced`,
    `  passages with a word changed inside: ${r.editedInside}`,
    ...r.misplacedExamples.map((x) => `  misplaced: ${x}`),
  ].join('\n');
}
