/**
 * Claim-ranking evaluation on extractive news summaries (BBC News Summary: article.txt + summary.txt).
 *
 *   npm run eval [-- --dir DIR] [--per-article] [--weights '{"title":1.2}']
 *
 * For each article, k = the number of reference sentences; each method picks its top k sentences, put
 * back in article order, and is scored with ROUGE-1/2 against the reference summary. Methods: Precis
 * (`rankSentences`), Precis end to end (the article as an HTML page through `analyze` with `maxClaims: k`, as the
 * CLI's `--claims k` does), lead-k, a TF-IDF centroid ranker and plain (unbiased) continuous LexRank.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { biasedLexRank, centroidSimilarity } from '../lib/claims/centrality.ts';
import { rankSentences, type RankWeights } from '../lib/claims/rank.ts';
import { rougeN, type RougeScore } from '../lib/claims/rouge.ts';
import { sentenceVectors } from '../lib/claims/vectors.ts';
import { splitSentences } from '../lib/text/sentences.ts';
import { analyze } from '../lib/analyze.ts';
import { corpusDir, CORPUS_MISSING, parseHtml } from '../tests/support/dom.ts';

interface Article {
  id: string;
  title: string;
  paragraphs: string[];
  sentences: string[];
  paragraphOf: number[];
  /** Indices of the sentences the reference summary copies. */
  reference: number[];
  summary: string;
}

type Method = (article: Article, k: number) => number[];

const methods: Record<string, Method> = {
  precis: (a, k) => topK(rankSentences(a.title, a.sentences, { weights }), k),
  'precis-pipeline': (a, k) => pipelinePicks(a, k),
  'lead-k': (a, k) => a.sentences.slice(0, k).map((_, i) => i),
  'tfidf-centroid': (a, k) => topK(centroidSimilarity(sentenceVectors(a.sentences)), k),
  lexrank: (a, k) => topK(biasedLexRank(sentenceVectors(a.sentences), a.sentences.map(() => 1)), k),
};

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const weights: Partial<RankWeights> = JSON.parse(option('--weights') ?? '{}');

main();

function main(): void {
  const dir = option('--dir') ?? (corpusDir ? join(corpusDir, 'bbc-dev') : null);
  if (!dir || !existsSync(dir)) {
    console.error(CORPUS_MISSING);
    process.exit(1);
  }
  const articles = readdirSync(dir)
    .sort()
    .filter((id) => existsSync(join(dir, id, 'summary.txt')))
    .map((id) => loadArticle(join(dir, id), id));

  const names = Object.keys(methods);
  const totals = new Map(names.map((name) => [name, { r1: zero(), r2: zero() }]));
  // Per-article ROUGE-2 F1 of each method, to count where Precis wins rather than only the means.
  const perArticle = new Map<string, number[]>(names.map((name) => [name, []]));
  let unmatched = 0;
  for (const article of articles) {
    const k = article.reference.length;
    if (k === 0) {
      unmatched++;
      continue;
    }
    const line: string[] = [article.id.padEnd(22), `k=${k}`.padEnd(5)];
    for (const name of names) {
      const picked = methods[name]!(article, k).sort((a, b) => a - b);
      const candidate = picked.map((i) => article.sentences[i]).join(' ');
      const r1 = rougeN(candidate, article.summary, 1);
      const r2 = rougeN(candidate, article.summary, 2);
      const total = totals.get(name)!;
      add(total.r1, r1);
      add(total.r2, r2);
      perArticle.get(name)!.push(r2.f1);
      line.push(`${name} ${r2.f1.toFixed(3)}`);
    }
    if (flag('--per-article')) console.log(line.join('  '));
  }

  const scored = articles.length - unmatched;
  console.log(`\n${scored} articles scored from ${dir}` + (unmatched ? ` (${unmatched} without matched reference sentences skipped)` : ''));
  console.log('\nmethod           R1-F1  R1-R   R1-P   | R2-F1  R2-R   R2-P');
  for (const name of names) {
    const { r1, r2 } = totals.get(name)!;
    const cells = [r1.f1, r1.recall, r1.precision, r2.f1, r2.recall, r2.precision].map((x) => (x / scored).toFixed(4));
    console.log(`${name.padEnd(16)} ${cells.slice(0, 3).join(' ')} | ${cells.slice(3).join(' ')}`);
  }

  const ours = perArticle.get('precis')!;
  console.log('\nPrecis against each baseline, per article on ROUGE-2 F1 (wins / ties / losses), mean gain:');
  for (const name of names.filter((n) => n !== 'precis')) {
    const theirs = perArticle.get(name)!;
    const diff = ours.map((x, i) => x - theirs[i]!);
    const wins = diff.filter((d) => d > 1e-9).length;
    const losses = diff.filter((d) => d < -1e-9).length;
    const gain = diff.reduce((a, b) => a + b, 0) / Math.max(1, diff.length);
    console.log(`  vs ${name.padEnd(16)} ${wins} / ${diff.length - wins - losses} / ${losses}   ${gain >= 0 ? '+' : ''}${gain.toFixed(4)}`);
  }
}

function loadArticle(dir: string, id: string): Article {
  const [titleLine = '', ...rest] = readFileSync(join(dir, 'article.txt'), 'utf8').split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const sentences: string[] = [];
  const paragraphOf: number[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const sentence of splitSentences(paragraph.replace(/\s*\n\s*/g, ' '))) {
      sentences.push(sentence);
      paragraphOf.push(p);
    }
  });
  const summary = readFileSync(join(dir, 'summary.txt'), 'utf8').trim();
  return { id, title: titleLine.trim(), paragraphs, sentences, paragraphOf, reference: matchReference(sentences, summary), summary };
}

/**
 * The summary is article sentences glued together without spaces, so it cannot be split on its own:
 * a reference sentence is an article sentence found verbatim in it (each summary span used once).
 */
function matchReference(sentences: string[], summary: string): number[] {
  const used: boolean[] = new Array<boolean>(summary.length).fill(false);
  const found: number[] = [];
  // Longest first, so a short sentence does not claim text inside a longer one.
  const order = sentences.map((_, i) => i).sort((a, b) => sentences[b]!.length - sentences[a]!.length || a - b);
  for (const i of order) {
    const sentence = sentences[i]!;
    let at = summary.indexOf(sentence);
    while (at >= 0 && used.slice(at, at + sentence.length).some(Boolean)) at = summary.indexOf(sentence, at + 1);
    if (at < 0) continue;
    for (let c = at; c < at + sentence.length; c++) used[c] = true;
    found.push(i);
  }
  return found.sort((a, b) => a - b);
}

/** The article as a page through the whole engine; its claims mapped back to the article's sentences. */
function pipelinePicks(article: Article, k: number): number[] {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html lang="en"><head><title>${escape(article.title)}</title></head><body><article>
    <h1>${escape(article.title)}</h1>${article.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`;
  const outcome = analyze(parseHtml(html), { url: 'https://example.com/news', force: true, maxClaims: k });
  if (!outcome.ok) return [];
  // A claim's source is its sentence on the page, or two when the first names the second's subject.
  const picks = outcome.analysis.claims.flatMap((claim) => splitSentences(claim.source).map((s) => article.sentences.indexOf(s)));
  return [...new Set(picks.filter((index) => index >= 0))];
}

/** Indices of the k highest scores, ties to the earlier sentence. */
function topK(scores: number[], k: number): number[] {
  return scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .map((x) => x.i);
}

function zero(): RougeScore {
  return { recall: 0, precision: 0, f1: 0 };
}

function add(into: RougeScore, score: RougeScore): void {
  into.recall += score.recall;
  into.precision += score.precision;
  into.f1 += score.f1;
}
