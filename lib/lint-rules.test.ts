/**
 * The lint rules that keep page text inert and imports pointing one way (eslint.config.js) really fire: each
 * snippet below turns untrusted text into markup or code, or imports across a process boundary, and the project's
 * own ESLint configuration must refuse it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../tests/support/dom.ts';

const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesFiredOn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const DECLARE = 'declare const el: HTMLElement; declare const text: string;\n';

const MARKUP_SINKS: ReadonlyArray<readonly [label: string, code: string, rule: string]> = [
  ['innerHTML', `${DECLARE}el.innerHTML = text;`, 'no-restricted-syntax'],
  ['innerHTML +=', `${DECLARE}el.innerHTML += text;`, 'no-restricted-syntax'],
  ['outerHTML', `${DECLARE}el.outerHTML = text;`, 'no-restricted-syntax'],
  ['insertAdjacentHTML', `${DECLARE}el.insertAdjacentHTML('beforeend', text);`, 'no-restricted-syntax'],
  ['document.write', `${DECLARE}document.write(text);`, 'no-restricted-syntax'],
  ['eval', `${DECLARE}eval(text);`, 'no-eval'],
  ['new Function', `${DECLARE}export const run = new Function(text);`, 'no-new-func'],
  ['setTimeout with a string', `${DECLARE}setTimeout('show(' + text + ')', 10);`, 'no-implied-eval'],
];

const LAYERS = ['components/Example.tsx', 'lib/platform/example.ts', 'entrypoints/sidepanel/example.tsx', 'lib/faq/example.ts'];

describe('the untrusted-markup lint rules', () => {
  it.each(LAYERS.flatMap((file) => MARKUP_SINKS.map(([label, code, rule]) => [label, file, code, rule] as const)))(
    'refuses %s in %s',
    async (_label, file, code, rule) => {
      expect(await rulesFiredOn(code, file)).toContain(rule);
    },
  );

  it('refuses dangerouslySetInnerHTML in a component', async () => {
    const code = 'export const Answer = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;\n';
    expect(await rulesFiredOn(code, 'components/Answer.tsx')).toContain('no-restricted-syntax');
  });

  it('gives the reason in its message', async () => {
    const [result] = await eslint.lintText(`${DECLARE}el.innerHTML = text;`, { filePath: 'components/Example.tsx' });
    expect(result?.messages[0]?.message).toMatch(/Page text is untrusted: render it as text/);
  });

  it('lets text rendering through', async () => {
    const code =
      `${DECLARE}el.textContent = text;\nel.append(document.createTextNode(text));\n` +
      'export const Answer = ({ text: value }: { text: string }) => <p>{value}</p>;\n';
    expect(await rulesFiredOn(code, 'components/Answer.tsx')).toEqual([]);
  });
});

/** Import directions in lib/platform/ (eslint.config.js): [importing file, import, whether lint lets it through]. */
const DIRECTIONS: ReadonlyArray<readonly [file: string, from: string, allowed: boolean]> = [
  ['lib/platform/ui/example.ts', '../background/tab-highlights.ts', false],
  ['lib/platform/ui/example.ts', '../page/highlighter.ts', false],
  ['lib/platform/ui/example.ts', '../storage/highlights-store.ts', true],
  ['lib/platform/ui/example.ts', '../wire/messaging.ts', true],
  ['lib/platform/page/example.ts', '../storage/settings-store.ts', false],
  ['lib/platform/page/example.ts', '../background/toolbar-click.ts', false],
  ['lib/platform/page/example.ts', '../ui/services.ts', false],
  ['lib/platform/page/example.ts', '../wire/protocol.ts', true],
  ['lib/platform/page/example.ts', '../../anchoring/index.ts', true],
  ['lib/platform/background/example.ts', '../page/reader.ts', false],
  ['lib/platform/background/example.ts', '../ui/services.ts', false],
  ['lib/platform/background/example.ts', '../storage/highlights-store.ts', true],
  ['lib/platform/storage/example.ts', '../background/tab-analysis.ts', false],
  ['lib/platform/storage/example.ts', '../wire/protocol.ts', true],
  ['lib/platform/wire/example.ts', '../storage/settings-store.ts', false],
  ['lib/platform/wire/example.ts', '../../platform/ui/services.ts', false],
  ['components/Example.tsx', '../lib/platform/background/tab-highlights.ts', false],
  ['components/Example.tsx', '../lib/platform/ui/service-types.ts', true],
];

describe('the import directions of lib/platform/', () => {
  it.each(DIRECTIONS)('%s importing %s: allowed = %s', async (file, from, allowed) => {
    const fired = await rulesFiredOn(`import { thing } from '${from}';\nexport const used = thing;\n`, file);
    if (allowed) expect(fired).not.toContain('no-restricted-imports');
    else expect(fired).toContain('no-restricted-imports');
  });

  it('says why', async () => {
    const [result] = await eslint.lintText("import { x } from '../background/tab-highlights.ts';\nexport const y = x;\n", {
      filePath: 'lib/platform/ui/example.ts',
    });
    expect(result?.messages[0]?.message).toMatch(/ui\/ runs in the popup and side panel/);
  });
});
