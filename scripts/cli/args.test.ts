import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('reads flags and files in order', () => {
    expect(parseArgs(['--json', '--claims', '5', 'a.html', 'b.html'])).toEqual({
      ok: true,
      args: { json: true, maxClaims: 5, strict: false, files: ['a.html', 'b.html'] },
    });
  });

  it('accepts --claims=N and a leading --', () => {
    const parsed = parseArgs(['--', '--claims=3', 'x.html']);
    expect(parsed.ok && parsed.args.maxClaims).toBe(3);
  });

  it.each([
    [['--claims', 'many', 'a.html'], '--claims takes a whole number, got many'],
    [['--claims'], '--claims takes a whole number, got nothing'],
    [['--verbose', 'a.html'], 'unknown option --verbose'],
    [['--json'], 'no file given'],
  ])('rejects %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
