/**
 * The reader is injected into every page the user asks about, so what it imports is what that page waits for.
 * The claims stage needs only text and runs in the background: this walks the reader's imports (the static
 * `import … from` lines, which are all the bundler follows) and checks that none reaches it.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../..');

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gmu)].map((match) => match[1]!);
  const sideEffects = [...source.matchAll(/^\s*import\s+'(\.[^']+)'/gmu)].map((match) => match[1]!);
  return [...specifiers, ...sideEffects].map((specifier) => resolve(dirname(file), specifier));
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).filter((next) => next.endsWith('.ts')));
  }
  return seen;
}

describe('the reader content script', () => {
  const modules = [...reachable(resolve(LIB, 'platform/page/reader.ts'))].map((file) => relative(LIB, file));

  it('reads pages with the extraction, sections and FAQ stages', () => {
    expect(modules).toEqual(expect.arrayContaining(['read-page.ts', 'extract/index.ts', 'faq/index.ts', 'sections.ts']));
  });

  it('carries no part of the claims stage', () => {
    expect(modules.filter((file) => file.startsWith('claims/') || file === 'analyze-article.ts' || file === 'analyze.ts')).toEqual([]);
  });
});
