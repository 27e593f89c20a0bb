/**
 * `npm run report:claims [-- --list]`: do the claims read on their own, and are their topic chips things?
 *
 * Runs the whole engine (`analyze`, as the CLI does) on the 130 Readability corpus pages and on the BBC dev
 * articles (each written out as a page, as `npm run eval` does) and checks the shown text of the top 5 claims.
 * A claim is "not standalone" when any of these rules fires; each kind is counted once per claim. The rules are
 * written here, apart from the engine's own (lib/claims/standalone.ts), and cast wider where they differ:
 *
 * - marker: a reference marker is left — "[12]", "[n 8]", "[a]", "[citation needed]", "[edit]" — or the text
 *   ends in "[" or opens with "12]".
 * - unbalanced: ( ) or [ ] counts differ; « » do not pair; opening and closing double quotes do not pair, with
 *   curly quotes by their direction (German „ … “ a pair) and a straight quote opening after a space or bracket
 *   and closing elsewhere; in scripts written without spaces (Chinese, Japanese) straight quotes pair in turn.
 * - lead-in: ends in ":" (a closing quote after it allowed).
 * - connective: the first word is a connective that points back to the sentence before ("And", "But", "Still",
 *   "Instead", "However", "Also" … and their German, French, Spanish counterparts; the list below), or a phrase
 *   such as "In fact," or "As a result," with its comma.
 * - pronoun: the subject is a pronoun or demonstrative named only before — the first word, the first word after
 *   an opening phrase of up to four words ending in a comma and naming no one ("In a statement, she said", not
 *   "Zimbabwe President Robert Mugabe, his wife…"), after an opening
 *   subordinator ("As he tried") or connective ("But it…"); "This year/week/…" is a time, not a pronoun.
 * - fragment: under six words; run-on: over sixty words (words are runs of letters or digits).
 * - furniture: a reference-list or bibliography entry ("^ …", an ISBN, "Retrieved 3 May", "Archived from"), a
 *   maintenance banner ("This section needs…"), a hatnote ("For a list of …, see …"), "See also".
 * - cut: no sentence-final punctuation at the end (. ! ? … with closing quotes or brackets after it): a heading,
 *   caption, list entry, or a sentence cut where a formula or an inline element begins.
 *
 * Chip precision: tests/fixtures/chips/labels.tsv holds hand-labelled chips of the top 5 claims of corpus pages
 * (its README gives the rule). Every chip the engine gives now on those pages is looked up there, by page, chip and
 * claim (or by page and chip when its claim reads differently now); precision is
 * good / labelled, and chips nobody labelled are counted and listed (with --list) rather than guessed.
 * With --list the claims that are not standalone are printed too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze.ts';
import type { Claim } from '../lib/types.ts';
import { corpusDir, CORPUS_MISSING, parseHtml, repoRoot } from '../tests/support/dom.ts';

const TOP = 5;
const LIST = process.argv.includes('--list');

type Kind = 'marker' | 'unbalanced' | 'lead-in' | 'connective' | 'pronoun' | 'fragment' | 'run-on' | 'furniture' | 'cut';
const KINDS: Kind[] = ['marker', 'unbalanced', 'lead-in', 'connective', 'pronoun', 'fragment', 'run-on', 'furniture', 'cut'];

const CONNECTIVES = new Set(
  `and but yet or so plus still instead however also indeed meanwhile moreover nevertheless nonetheless besides
  furthermore therefore thus hence otherwise likewise similarly then again additionally consequently anyway
  und aber doch oder denn auch dennoch trotzdem außerdem jedoch allerdings deshalb daher zudem stattdessen somit
  et mais ou donc car puis pourtant cependant toutefois ainsi alors néanmoins ensuite également
  y pero además también entonces incluso asimismo luego`
    .split(/\s+/)
    .filter(Boolean),
);
const CONNECTIVE_PHRASES = /^(?:in fact|in addition|as a result|after all|even so|that said|on the other hand|of course|sin embargo|no obstante|por eso|por lo tanto|de hecho|en effet|de plus|par ailleurs|en outre|en revanche),/i;
const PRONOUNS = new Set(
  `he she it they him her them his its their this these those that such
  er sie es ihm ihn ihr ihre sein seine dies diese dieser dieses
  il elle ils elles ce cela ceci ça celui celle ceux cet cette ces son sa ses leur leurs
  él ella ellos ellas esto eso este esta estos estas ese esa esos esas su sus`
    .split(/\s+/)
    .filter(Boolean),
);
const SUBORDINATORS = new Set('as when after although though while because if since once als wenn nachdem obwohl weil quand lorsque comme cuando aunque porque'.split(' '));
const TIMES = /^(?:year|week|month|morning|afternoon|evening|night|weekend|summer|spring|autumn|fall|winter|season|time|century|decade)\b/i;

function kindsOf(text: string, lang: string | null): Kind[] {
  const kinds: Kind[] = [];
  const t = text.trim();
  if (/\[\s*(?:\d+|[a-z]{1,3}\s?\d+|citation needed|edit)\s*\]|\[[a-z]\]/i.test(t.replace(/\[[A-Z]\]/g, '')) || /\[$/.test(t) || /^\d+\]/.test(t)) kinds.push('marker');
  if (!balanced(t, lang)) kinds.push('unbalanced');
  if (/:\s*["”’»“]?$/.test(t)) kinds.push('lead-in');
  const words = t.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = (words[0] ?? '').toLowerCase();
  const instead_of = first === 'instead' && (words[1] ?? '').toLowerCase() === 'of';
  if ((CONNECTIVES.has(first) && !instead_of) || CONNECTIVE_PHRASES.test(t)) kinds.push('connective');
  if (leansOnPronoun(t, words)) kinds.push('pronoun');
  if (words.length < 6) kinds.push('fragment');
  if (words.length > 60) kinds.push('run-on');
  if (/^\^|\bISBN[\s:-]*\d|\bRetrieved (?:on )?\d|\bArchived from|\b(?:this|the) (?:section|article) (?:needs|requires|may|does not|is missing)|^for (?:a|an|the|other|more) [^.]*\bsee\b|^see also\b/i.test(t)) kinds.push('furniture');
  if (!/[.!?…。！？]["”’»“)\]]*$/u.test(t)) kinds.push('cut');
  return kinds;
}

function leansOnPronoun(text: string, words: string[]): boolean {
  const subjects: [string, string][] = [[words[0] ?? '', words[1] ?? '']];
  // A short opening phrase names nothing the pronoun could stand for ("In 2019, he won"); a longer one may.
  const afterComma = /^(\S+(?:\s+[^\s,]+){0,3}),\s*([\p{L}]+)\s+([\p{L}]+)?/u.exec(text);
  if (afterComma && !/\s\p{Lu}/u.test(afterComma[1]!)) subjects.push([afterComma[2]!, afterComma[3] ?? '']);
  if (SUBORDINATORS.has((words[0] ?? '').toLowerCase()) && !/^\S+ it comes to\b/i.test(text)) subjects.push([words[1] ?? '', words[2] ?? '']);
  if (CONNECTIVES.has((words[0] ?? '').toLowerCase())) subjects.push([words[1] ?? '', words[2] ?? '']);
  return subjects.some(([word, next]) => PRONOUNS.has(word.toLowerCase()) && !TIMES.test(next));
}

function balanced(text: string, lang: string | null): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  if (count(/\(/g) !== count(/\)/g) || count(/\[/g) !== count(/]/g)) return false;
  if (count(/«/g) !== count(/»/g)) return false;
  // A straight double quote opens after a space or bracket and closes elsewhere; it may pair with a curly one.
  // Without spaces between words (Chinese, Japanese) it cannot say which way it faces: straight quotes pair in turn.
  const straight = count(/"/g);
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]"|"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  if (unspaced && straight % 2 !== 0) return false;
  const straightOpen = unspaced ? straight / 2 : count(/(?:^|[\s([])"/g);
  const straightClose = straight - straightOpen;
  // German opens with „ and closes with “ (or ”).
  if (text.includes('„') || (lang ?? '').startsWith('de')) return count(/„/g) + straightOpen === count(/[“”]/g) + straightClose;
  return count(/“/g) + straightOpen === count(/”/g) + straightClose;
}

interface Page {
  name: string;
  html: string;
  url: string;
}

function readabilityPages(dir: string): Page[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .map((name) => ({ name, html: readFileSync(join(dir, name, 'source.html'), 'utf8'), url: `https://example.com/${name}` }));
}

/** A BBC article written out as a page, as `npm run eval` does. */
function bbcPages(dir: string): Page[] {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'article.txt')))
    .map((name) => {
      const [title = '', ...rest] = readFileSync(join(dir, name, 'article.txt'), 'utf8').split('\n');
      const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
      const html = `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><article>
        <h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`;
      return { name, html, url: 'https://example.com/news' };
    });
}

function claimsOf(page: Page): { claims: Claim[]; lang: string | null } | null {
  const outcome = analyze(parseHtml(page.html, page.url), { url: page.url, force: true });
  return outcome.ok ? { claims: outcome.analysis.claims, lang: outcome.analysis.meta.lang } : null;
}

function standaloneReport(label: string, pages: Page[]): void {
  const byKind = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
  let total = 0;
  let failing = 0;
  let pagesRead = 0;
  const listed: string[] = [];
  for (const page of pages) {
    const result = claimsOf(page);
    if (!result) continue;
    pagesRead++;
    for (const claim of result.claims.slice(0, TOP)) {
      total++;
      const kinds = kindsOf(claim.text, result.lang);
      if (kinds.length === 0) continue;
      failing++;
      for (const kind of kinds) byKind.set(kind, byKind.get(kind)! + 1);
      listed.push(`  ${page.name} [${kinds.join(', ')}] ${claim.text}`);
    }
  }
  const share = (n: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;
  console.log(`\n${label}: ${pagesRead} pages, ${total} top-${TOP} claims`);
  console.log(`  not standalone: ${failing} (${share(failing)})`);
  for (const kind of KINDS) console.log(`    ${kind.padEnd(11)} ${String(byKind.get(kind)).padStart(4)}  ${share(byKind.get(kind)!)}`);
  if (LIST && listed.length > 0) console.log(listed.join('\n'));
}

interface Label {
  good: boolean;
}

function chipReport(readabilityDir: string): void {
  const file = join(repoRoot, 'tests/fixtures/chips/labels.tsv');
  if (!existsSync(file)) {
    console.log('\nchips: tests/fixtures/chips/labels.tsv is missing');
    return;
  }
  const labels = new Map<string, Label>();
  const pages = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [page, chip, label, claim] = line.split('\t');
    if (!page || !chip || (label !== 'good' && label !== 'bad')) continue;
    pages.add(page);
    labels.set(`${page}\t${chip}`, { good: label === 'good' });
    // A chip is judged in its claim; the same words in another claim of the page may read otherwise.
    if (claim) labels.set(`${page}\t${chip}\t${claim}`, { good: label === 'good' });
  }
  let good = 0;
  let bad = 0;
  const unlabelled: string[] = [];
  const wrong: string[] = [];
  for (const name of pages) {
    const result = claimsOf({ name, html: readFileSync(join(readabilityDir, name, 'source.html'), 'utf8'), url: `https://example.com/${name}` });
    if (!result) continue;
    for (const claim of result.claims.slice(0, TOP)) {
      for (const chip of claim.topics) {
        const label = labels.get(`${name}\t${chip}\t${claim.text}`) ?? labels.get(`${name}\t${chip}`);
        if (!label) unlabelled.push(`  ${name}\t${chip}\t\t${claim.text}`);
        else if (label.good) good++;
        else {
          bad++;
          wrong.push(`  ${name}\t${chip}\t${claim.text}`);
        }
      }
    }
  }
  console.log(`\nchips of the top ${TOP} claims on ${pages.size} labelled pages (${labels.size} labels)`);
  console.log(`  chip precision: ${((100 * good) / Math.max(1, good + bad)).toFixed(1)}% (${good} good, ${bad} bad, ${unlabelled.length} unlabelled)`);
  if (LIST && wrong.length > 0) console.log(['  bad chips given:', ...wrong].join('\n'));
  if (LIST && unlabelled.length > 0) console.log(['  unlabelled chips (page, chip, label, claim):', ...unlabelled].join('\n'));
}

function main(): void {
  if (!corpusDir) {
    console.error(CORPUS_MISSING);
    process.exit(1);
  }
  const readabilityDir = join(corpusDir, 'readability');
  standaloneReport('Readability corpus', readabilityPages(readabilityDir));
  standaloneReport('BBC dev', bbcPages(join(corpusDir, 'bbc-dev')));
  chipReport(readabilityDir);
}

main();
