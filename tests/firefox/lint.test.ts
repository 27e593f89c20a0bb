/**
 * `web-ext lint` on the production Firefox build: no errors, no notices, and no warning from our code. The only
 * warnings allowed are the known `UNSAFE_VAR_ASSIGNMENT`s inside bundled libraries, each listed below with the
 * code it points at. Both run on documents page text cannot reach as markup: Readability's run on the inert
 * clone of the page, and Preact's only behind `dangerouslySetInnerHTML`, which lint bans from our components.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/dom.ts';
import { buildFirefox } from './firefox-build.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Every warning web-ext may report, by the bundled library it comes from and the code it points at. */
const KNOWN_WARNINGS: ReadonlyArray<{ source: string; code: string; file: RegExp; near: RegExp }> = [
  { source: 'Preact: dangerouslySetInnerHTML in its diff', code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/[\w-]+\.js$/, near: /dangerouslySetInnerHTML/ },
  { source: 'Readability: resets the page clone between attempts', code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content-scripts\/precis\.js$/, near: /_attempts|_charThreshold/ },
  { source: 'Readability: unwraps <noscript> images in the page clone', code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content-scripts\/precis\.js$/, near: /noscript/ },
];

/**
 * pdf.js (its lazily loaded chunk and its worker) carries code paths with `eval` and `innerHTML` that Precis never
 * takes: it is called with `isEvalSupported: false` and only reads text (lib/platform/ui/pdf-reader.ts). Its
 * warnings are checked apart: only these two kinds, only in its own files.
 */
const PDFJS_FILE = /^(?:chunks\/pdf-[\w-]+\.js|pdf\.worker\.min\.mjs)$/;
const PDFJS_CODES = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

/** The 300 characters before the point a warning names: enough to recognise the library. */
function codeBefore(dir: string, warning: LintMessage): string {
  const lines = readFileSync(join(dir, warning.file ?? ''), 'utf8').split('\n');
  const line = lines[(warning.line ?? 1) - 1] ?? '';
  const column = warning.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 20);
}

describe('web-ext lint on the Firefox build', () => {
  let dir: string;
  let report: LintReport;

  beforeAll(() => {
    dir = buildFirefox();
    const webExt = resolve(repoRoot, 'node_modules/.bin/web-ext');
    // web-ext exits non-zero when it finds errors; the report on stdout is what the assertions read.
    let output: string;
    try {
      output = execFileSync(webExt, ['lint', '-s', dir, '-o', 'json', '--no-config-discovery'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? '';
    }
    report = JSON.parse(output) as LintReport;
    const warnings = report.warnings.map((w) => `${w.code} ${w.file}:${w.line}:${w.column}`).join('; ');
    console.info(`web-ext lint: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${warnings})`);
  });

  it('reports no errors and no notices', () => {
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.notices.map((n) => `${n.code}: ${n.message}`)).toEqual([]);
  });

  it('warns only about the known spots in bundled libraries, each exactly once', () => {
    const attributed = report.warnings.filter((warning) => !PDFJS_FILE.test(warning.file ?? '')).map((warning) => {
      const near = codeBefore(dir, warning);
      const known = KNOWN_WARNINGS.find((k) => k.code === warning.code && k.file.test(warning.file ?? '') && k.near.test(near));
      return known?.source ?? `unexpected: ${warning.code} ${warning.message} at ${warning.file}:${warning.line}:${warning.column} …${near.slice(-120)}`;
    });
    expect(attributed.sort()).toEqual(KNOWN_WARNINGS.map((k) => k.source).sort());
  });

  it("warns about pdf.js's own files only for the eval and innerHTML paths Precis does not use", () => {
    const pdfjs = report.warnings.filter((warning) => PDFJS_FILE.test(warning.file ?? ''));
    expect(pdfjs.filter((warning) => !PDFJS_CODES.has(warning.code)).map((w) => `${w.code} ${w.file}`)).toEqual([]);
  });
});
