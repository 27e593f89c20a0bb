/**
 * `npm run report:extract -- --set trafilatura-eval`: trafilatura's own evaluation pages
 * (../shared/corpus/trafilatura-eval), scored as its MANIFEST.md says: each page's article text, whitespace
 * collapsed, is searched for the snippets that must appear (`with`) and those that must not (`without`).
 *
 * The engine of another git revision (`--base REF`, `main` by default; `--base none` to skip it) runs on
 * the same parsed pages in the same run, so the two columns differ only by the code. Pages are split by
 * their place in the sorted list: rules are tuned on the even ones, the odd ones are the held-out check.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_MISSING, corpusDir, parseHtml, repoRoot } from '../tests/support/dom.ts';

interface Expectation {
  file: string;
  url: string;
  with: string[];
  without: string[];
}

interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** What the report runs: the article text of a page, or '' when the engine finds none. */
type Engine = (doc: Document) => string;

interface EngineModule {
  extractArticle: (doc: Document, opts: { force?: boolean }) => { ok: boolean; article?: { blocks: { text: string }[] } };
  articleText: (blocks: { text: string }[]) => string;
}

/** `re.sub(r"\s+", " ", s).strip()`, as the MANIFEST says. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The page's bytes decoded as a browser would: the charset its `<meta>` declares, else UTF-8.
 * A few pages of the set are windows-1252 or ISO-8859-1.
 */
function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function engineOf(module: EngineModule): Engine {
  return (doc) => {
    try {
      const outcome = module.extractArticle(doc, { force: true });
      return outcome.ok && outcome.article ? module.articleText(outcome.article.blocks) : '';
    } catch {
      return '';
    }
  };
}

/** The extraction engine as committed at `ref`, unpacked under .cache/ so it resolves this checkout's node_modules. */
async function engineAt(ref: string): Promise<Engine> {
  const dir = join(repoRoot, '.cache', `engine-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'lib'], { cwd: repoRoot, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return engineOf((await import(pathToFileURL(join(dir, 'lib/extract/index.ts')).href)) as EngineModule);
}

function score(text: string, expectation: Expectation, into: Counts): void {
  const haystack = collapse(text);
  for (const snippet of expectation.with) {
    if (haystack.includes(collapse(snippet))) into.tp++;
    else into.fn++;
  }
  for (const snippet of expectation.without) {
    if (haystack.includes(collapse(snippet))) into.fp++;
    else into.tn++;
  }
}

function figures(c: Counts): string {
  const ratio = (a: number, b: number): string => (b === 0 ? '  —  ' : (a / b).toFixed(4));
  return [
    ratio(c.tp, c.tp + c.fp),
    ratio(c.tp, c.tp + c.fn),
    ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  ].join('  ');
}

const empty = (): Counts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

export async function reportTrafilaturaEval(args: string[]): Promise<void> {
  if (!corpusDir) {
    console.log(CORPUS_MISSING);
    return;
  }
  const root = join(corpusDir, 'trafilatura-eval');
  const expectations = JSON.parse(readFileSync(join(root, 'expectations.json'), 'utf8')) as Expectation[];
  const base = argValue(args, '--base') ?? 'main';
  const verbose = args.includes('--pages');
  const engines: [string, Engine][] = [
    ['this checkout', engineOf((await import('../lib/extract/index.ts')) as unknown as EngineModule)],
  ];
  if (base !== 'none') engines.unshift([base, await engineAt(base)]);

  // counts[engine][0 = even pages, 1 = odd pages]
  const counts = engines.map(() => [empty(), empty()] as const);
  const started = performance.now();
  expectations.forEach((expectation, index) => {
    const html = decodePage(readFileSync(join(root, 'pages', expectation.file)));
    const doc = parseHtml(html, expectation.url);
    const perPage = engines.map(([, run], e) => {
      const page = empty();
      score(run(doc), expectation, page);
      const half = counts[e]![index % 2]!;
      half.tp += page.tp;
      half.fn += page.fn;
      half.fp += page.fp;
      half.tn += page.tn;
      return page;
    });
    const [first, last] = [perPage[0]!, perPage[perPage.length - 1]!];
    if (verbose && (first.fp !== last.fp || first.tp !== last.tp)) {
      console.log(`${expectation.file.padEnd(60)} tp ${first.tp}→${last.tp}  fp ${first.fp}→${last.fp}`);
    }
  });
  const seconds = (performance.now() - started) / 1000;

  const sum = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn });
  console.log(`trafilatura-eval: ${expectations.length} pages, snippets scored as MANIFEST.md says (${seconds.toFixed(0)} s)\n`);
  console.log(`${'engine'.padEnd(16)}${'pages'.padEnd(12)}   tp    fp    fn    tn  precis  recall  F1      accuracy`);
  for (const [e, [name]] of engines.entries()) {
    const [even, odd] = counts[e]!;
    for (const [label, c] of [['even (tuned)', even], ['odd (held out)', odd], ['all', sum(even, odd)]] as const) {
      const cells = [c.tp, c.fp, c.fn, c.tn].map((n) => String(n).padStart(5)).join(' ');
      console.log(`${name.padEnd(16)}${label.padEnd(15)}${cells}  ${figures(c)}`);
    }
  }
}
