/**
 * The lint rules that keep page text inert (eslint.config.js) really fire: each snippet below turns untrusted
 * text into markup or code, and the project's own ESLint configuration must refuse it in every layer.
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
