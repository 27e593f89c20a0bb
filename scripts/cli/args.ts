/** Command-line arguments of `npm run summarize`, parsed without a library so errors read plainly. */
export interface SummarizeArgs {
  json: boolean;
  maxClaims: number | undefined;
  /** Analyse only pages that look like articles, instead of summarizing every page given. */
  strict: boolean;
  files: string[];
}

export const USAGE = 'usage: npm run -s summarize -- [--json] [--claims N] [--strict] FILE.html|FILE.pdf [FILE ...]';

export function parseArgs(argv: string[]): { ok: true; args: SummarizeArgs } | { ok: false; error: string } {
  const args: SummarizeArgs = { json: false, maxClaims: undefined, strict: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--strict') args.strict = true;
    else if (arg === '--claims' || arg.startsWith('--claims=')) {
      const value = arg.includes('=') ? arg.slice('--claims='.length) : argv[++i];
      const count = Number(value);
      if (!value || !Number.isInteger(count) || count < 0) {
        return { ok: false, error: `--claims takes a whole number, got ${value ?? 'nothing'}` };
      }
      args.maxClaims = count;
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
    else args.files.push(arg);
  }
  if (args.files.length === 0) return { ok: false, error: 'no file given' };
  return { ok: true, args };
}
