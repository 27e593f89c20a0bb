import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir, fixturesDir, repoRoot } from '../tests/support/dom.ts';

const reference = join(fixturesDir, 'deepseek-article.html');
const otherLayout = join(repoRoot, 'lib/extract/fixtures/deepseek-entry-content.html');

function summarize(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/summarize.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run summarize (the CLI contract in DESIGN.md)', () => {
  it('prints one JSON object per file, in input order, and an error line for a file it cannot read', () => {
    const run = summarize('--json', '--claims', '5', reference, 'no/such/page.html', otherLayout);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(run.code).toBe(1);

    const [first, missing, third] = lines;
    expect(missing).toEqual({ file: 'no/such/page.html', error: expect.stringContaining('cannot read file') });
    for (const record of [first, third]) {
      expect(record.title).toBe('DeepSeek’s Model Rivals OpenAI');
      expect(record.text).toContain('\n\n');
      expect(record.claims).toHaveLength(5);
      expect(Object.keys(record.claims[0]).sort()).toEqual(['section', 'source', 'text', 'topics']);
      // The source is the page's own text; the shown text is that text, cleaned.
      for (const claim of record.claims) expect(record.text).toContain(claim.source);
      expect(record.sections.length).toBeGreaterThan(1);
      expect(record.sections[0]).toEqual({ heading: expect.any(String), claims: expect.any(Array) });
      expect(record.faq).toHaveLength(4);
      expect(Object.keys(record.faq[0]).sort()).toEqual(['answer', 'question', 'source']);
    }
  });

  it('prints a readable report without --json and exits 0 when every file worked', () => {
    const run = summarize(reference);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# DeepSeek’s Model Rivals OpenAI');
    expect(run.stdout).toContain('## Key claims');
    expect(run.stdout).toContain('Q: What is the future outlook for DeepSeek?');
  });

  it('explains its usage on bad arguments', () => {
    const run = summarize('--claims', 'x', reference);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run -s summarize');
  });
});

describe.skipIf(!corpusDir)('npm run summarize on the whole Readability corpus in one process', () => {
  it('answers every one of the 130 pages on its own line, none failing', () => {
    const dir = join(corpusDir ?? '', 'readability');
    const files = readdirSync(dir).sort().map((page) => join(dir, page, 'source.html'));
    const run = summarize('--json', ...files);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual(files);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
    expect(run.code).toBe(0);
  }, 240_000);
});
if (!corpusDir) console.warn(`summarize corpus test ${CORPUS_MISSING}`);
