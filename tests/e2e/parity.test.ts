/**
 * The reader on the live page in Chromium must agree with the engine the CLI runs on linkedom, on the same file:
 * title, section headings, top five claims and FAQ, over corpus pages of different kinds (news, Wikipedia, lazy
 * images, script-heavy pages whose scripts run in the browser only). The Node side is computed in the same run,
 * so the guard holds whatever the claims are today. A difference is a failure unless parity-expectations.json
 * lists it for that page and field with its reason; a listed difference that is gone fails too, so the list
 * stays true.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import type { AnalyzeOutcome } from '../../lib/types.ts';
import { corpusDir, CORPUS_MISSING, parseHtml, repoRoot } from '../support/dom.ts';
import { hasChromium, type ExtensionBrowser } from './support/extension-browser.ts';
import { useSession } from './support/session.ts';
import type { StaticServer } from './support/static-server.ts';

const readabilityPages = corpusDir ? join(corpusDir, 'readability') : null;

/** By kind, so a change that breaks one kind of page shows as that kind. */
const PAGES = [
  // news
  'nytimes-1', 'guardian-1', 'bbc-1', 'cnn', 'wapo-1', 'lemonde-1', 'seattletimes-1', 'yahoo-2',
  // Wikipedia
  'wikipedia', 'wikipedia-2', 'wikipedia-3',
  // lazy images
  'lazy-image-1', 'lazy-image-2', 'lazy-image-3',
  // script-heavy: inline scripts that run in the browser, script-built parts, comments loaded by script
  'medium-1', 'buzzfeed-1', 'theverge', 'msn', 'lifehacker-post-comment-load', 'js-link-replacement',
  // right to left
  'rtl-1',
].map((name) => ({ name, path: `corpus/${name}/source.html`, force: false }));

/**
 * FAQ pages of the fixture set, summarized on request as the user would (most are not articles), among them the
 * FAQ that lives only in `<noscript>`, which the browser keeps as text and linkedom as elements.
 */
const FAQ_PAGES = ['details-noscript-fr', 'faq-page-topics-en', 'q-prefix-bilingual-zh', 'q-prefix-bold-en'].map(
  (name) => ({ name, path: `faq/${name}.html`, force: true }),
);

interface Comparable {
  outcome: string;
  title: string;
  sections: string[];
  claims: string[];
  faq: string[];
}

type Field = keyof Comparable;

function comparable(outcome: AnalyzeOutcome): Comparable {
  if (!outcome.ok) return { outcome: outcome.reason, title: '', sections: [], claims: [], faq: [] };
  const { analysis } = outcome;
  return {
    outcome: 'ok',
    title: analysis.meta.title,
    sections: analysis.sections.map((section) => section.heading),
    claims: analysis.claims.slice(0, 5).map((claim) => claim.text),
    faq: analysis.faq.map((pair) => `${pair.question} — ${pair.answer}`),
  };
}

/** page → field → why the browser and Node differ there. */
const expected = JSON.parse(readFileSync(resolve(repoRoot, 'tests/e2e/parity-expectations.json'), 'utf8')) as Record<
  string,
  Partial<Record<Field, string>>
>;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe.skipIf(!hasChromium || !readabilityPages)(`browser and Node agree on corpus pages ${readabilityPages ? '' : CORPUS_MISSING}`, () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  useSession(
    { corpus: readabilityPages ?? '', faq: resolve(repoRoot, 'lib/faq/fixtures') },
    (opened) => ({ browser, server } = opened),
  );

  /** The reader's analysis of the page in Chromium, asked of the background as the panel asks it. */
  async function inBrowser(url: string, force: boolean): Promise<AnalyzeOutcome> {
    const { page, tabId } = await browser.openTab(url);
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId, 'popup', { window: true });
    const reply = await panel.evaluate(async ([id, force]) => {
      const message = { precis: 1, channel: 'ui-to-background', method: 'analyzeTab', payload: { tabId: id, force, fresh: true } };
      return (await chrome.runtime.sendMessage(message)) as { ok: boolean; value?: { analysis: unknown }; error?: { code: string } };
    }, [tabId, force] as const);
    await browser.closeActionPopup();
    await Promise.all([panel.close(), page.close()]);
    if (reply.ok) return { ok: true, analysis: reply.value!.analysis } as AnalyzeOutcome;
    return { ok: false, reason: reply.error?.code ?? 'failed', message: '' } as AnalyzeOutcome;
  }

  const pages = [...PAGES, ...FAQ_PAGES];

  it(`gives the CLI's title, sections, top claims and FAQ on ${pages.length} pages, or a listed reason`, async () => {
    const started = Date.now();
    const unexplained: string[] = [];
    const stale: string[] = [];
    let analysed = 0;
    let withFaq = 0;
    for (const { name, path, force } of pages) {
      const url = `${server.origin}/${path}`;
      const file = path.startsWith('corpus/') ? join(readabilityPages!, path.slice('corpus/'.length)) : resolve(repoRoot, 'lib/faq/fixtures', path.slice('faq/'.length));
      const node = comparable(analyze(parseHtml(readFileSync(file, 'utf8'), url), { url, force }));
      const live = comparable(await inBrowser(url, force));
      if (live.outcome === 'ok') analysed++;
      if (live.faq.length > 0) withFaq++;
      const listed = expected[name] ?? {};
      for (const field of Object.keys(node) as Field[]) {
        const same = JSON.stringify(node[field]) === JSON.stringify(live[field]);
        if (!same && !listed[field]) {
          unexplained.push(`${name} ${field}:\n    node:    ${JSON.stringify(node[field])}\n    browser: ${JSON.stringify(live[field])}`);
        }
        if (same && listed[field]) stale.push(`${name} ${field} is listed as differing but agrees now`);
      }
    }
    console.log(`parity over ${pages.length} pages: ${((Date.now() - started) / 1000).toFixed(0)} s; ${analysed} analysed, ${withFaq} with an FAQ`);
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
    // The comparison means something only if the browser did read the pages.
    expect(analysed).toBeGreaterThanOrEqual(pages.length - 2);
    expect(withFaq).toBeGreaterThanOrEqual(FAQ_PAGES.length);
  }, 900_000);
});
