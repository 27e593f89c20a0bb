/**
 * `npm run -s summarize -- [--json] [--claims N] FILE.html|FILE.pdf ...`
 * Runs the engine on saved pages in one process; the output contract is in DESIGN.md ("Testing contract").
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/analyze.ts';
import { parseHtml } from '../tests/support/dom.ts';
import { parseArgs, USAGE } from './cli/args.ts';
import { analyzePdfBytes, isPdf } from './pdf/analyze-file.ts';
import { toJsonRecord, toTextReport } from './cli/report.ts';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  let failures = 0;
  for (const file of args.files) {
    const line = await summarizeFile(file, args);
    if ('error' in line) {
      failures++;
      if (args.json) process.stdout.write(JSON.stringify(line) + '\n');
      else process.stderr.write(`${file}: ${line.error}\n`);
    } else {
      process.stdout.write(args.json ? JSON.stringify(line.record) + '\n' : line.report + '\n');
    }
  }
  return failures > 0 ? 1 : 0;
}

async function summarizeFile(
  file: string,
  args: { maxClaims: number | undefined; strict: boolean },
): Promise<{ file: string; error: string } | { record: object; report: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const url = pathToFileURL(resolve(file)).href;
  const outcome = isPdf(file, bytes)
    ? await analyzePdfBytes(new Uint8Array(bytes), { url, maxClaims: args.maxClaims })
    : analyze(parseHtml(bytes.toString('utf8'), url), { url, force: !args.strict, maxClaims: args.maxClaims });
  if (!outcome.ok) return { file, error: outcome.message };
  return { record: toJsonRecord(file, outcome.analysis), report: toTextReport(file, outcome.analysis) };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`summarize: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
