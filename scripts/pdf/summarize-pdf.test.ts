import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MESSAGE } from '../../lib/pdf/errors.ts';
import { fixturesDir, repoRoot } from '../../tests/support/dom.ts';

function summarize(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/summarize.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run summarize with PDF files', () => {
  it('prints a JSON line per PDF with the page of each claim, beside web pages, and an error line for a locked PDF', () => {
    const paper = join(fixturesDir, 'pdf/paper.pdf');
    const locked = join(fixturesDir, 'pdf/password.pdf');
    const page = join(fixturesDir, 'deepseek-article.html');
    const run = summarize('--json', paper, locked, page);
    const [pdf, error, html] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(run.code).toBe(1);
    expect(pdf.title).toBe('Reading Order in Two-Column Documents');
    expect(pdf.claims.length).toBeGreaterThan(0);
    for (const claim of pdf.claims) expect(claim).toEqual({ text: expect.any(String), source: expect.any(String), section: expect.any(String), topics: expect.any(Array), page: expect.any(Number) });
    for (const section of pdf.sections) for (const claim of section.claims) expect(claim.page).toBeGreaterThanOrEqual(1);
    expect(pdf.pdf).toMatchObject({ pageCount: 3, pagesRead: 3 });
    expect(error).toEqual({ file: locked, error: PASSWORD_MESSAGE });
    expect(html.claims.every((claim: object) => !('page' in claim))).toBe(true);
  });

  it('shows the page of each claim in the readable report', () => {
    const run = summarize(join(fixturesDir, 'pdf/paper.pdf'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PDF: 3 of 3 pages read');
    expect(run.stdout).toMatch(/^- .+ \(p\. [12]\)/m);
  });
});
