/**
 * The whole UI, shared by the popup and the side panel: header, then claims and FAQ side by side (popup) or
 * under Claims / FAQ / Highlights tabs (side panel), or a status that says why there is nothing to show.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { collapseWhitespace } from '../../lib/anchoring/normalize.ts';
import { analysisToMarkdown } from '../../lib/markdown.ts';
import type { Analysis, Claim, FaqPair, TextQuoteSelector } from '../../lib/types.ts';
import { ClaimList } from '../ClaimList.tsx';
import { PdfNote } from '../PdfNote.tsx';
import { ReadingProgress } from '../ReadingProgress.tsx';
import { FaqList } from '../FaqList.tsx';
import { Header } from '../Header.tsx';
import { HighlightsPlaceholder } from '../HighlightsPlaceholder.tsx';
import { Tabs, tabId, tabPanelId, type TabSpec } from '../Tabs.tsx';
import { AppStatus } from './AppStatus.tsx';
import type { PrecisServices, ReadingStage, Result } from '../../lib/platform/ui/service-types.ts';
import { HighlightsTab } from './HighlightsTab.tsx';
import { useHighlights } from './use-highlights.ts';
import { useTabAnalysis } from './use-tab-analysis.ts';

export type AppLayout = 'popup' | 'panel';

export interface PrecisAppProps {
  services: PrecisServices;
  layout: AppLayout;
  /** The side panel follows the active tab unless it was opened for one tab (`?tab=`). */
  followActiveTab: boolean;
  /** What the Highlights tab shows for the analysed page; by default the highlights list (a placeholder without highlight services). */
  renderHighlights?: (page: HighlightsSlotContext) => ComponentChildren;
}

/** What the Highlights tab knows about the page on show. */
export interface HighlightsSlotContext {
  tabId: number;
  /** The analysed page's address. */
  url: string;
  /** Scroll the page to a quote and flash it (the same path as a claim's "show in page"). */
  reveal: (quote: TextQuoteSelector) => void;
}

export function PrecisApp({ services, layout, followActiveTab, renderHighlights }: PrecisAppProps) {
  const { state, refresh, readFile, allowSite } = useTabAnalysis(services, { followActiveTab });
  const [notice, setNotice] = useState('');
  const shownTab = 'tabId' in state ? state.tabId : null;
  const page = state.kind === 'ready' ? { tabId: state.tabId, url: state.analysis.url } : null;
  const highlights = useHighlights(services.highlights, page);
  /** Claims saved in this session, so "Saved" shows before the list is read again. */
  const [savedNow, setSavedNow] = useState<ReadonlySet<string>>(new Set());
  const savedKey = (claim: Claim) => `${page?.url ?? ''}\n${collapseWhitespace(claim.selector.exact)}`;
  const isSaved = (claim: Claim) => savedNow.has(savedKey(claim)) || highlights.savedTexts.has(collapseWhitespace(claim.selector.exact));

  /** Report the outcome of a small action (copy, save, jump) in the live region, failures in the reader's words. */
  const report = (done: string) => (result: Result<unknown>) => setNotice(result.ok ? done : result.error.message);
  const saveClaim = (claim: Claim) => {
    if (!page) return;
    void services.saveClaim(page.tabId, page.url, claim).then((result) => {
      report('Saved as a highlight.')(result);
      if (!result.ok) return;
      setSavedNow((saved) => new Set(saved).add(savedKey(claim)));
      highlights.refresh();
    });
  };
  const highlightsTab = (tabId: number, url: string) =>
    renderHighlights?.({ tabId, url, reveal }) ??
    (services.highlights ? <HighlightsTab services={services.highlights} model={highlights} currentUrl={url} sync={services.sync} /> : undefined);
  const reveal = (quote: TextQuoteSelector) => {
    if (shownTab !== null) void services.revealQuote(shownTab, quote).then(report(''));
  };

  const actions = (
    <>
      {layout === 'panel' && (
        <button type="button" class="button" onClick={() => refresh()} disabled={shownTab === null}>
          Refresh
        </button>
      )}
      {state.kind === 'ready' && (
        <button
          type="button"
          class="button"
          onClick={() => void services.copyText(analysisToMarkdown(state.analysis)).then(report('Copied as Markdown.'))}
        >
          Copy as Markdown
        </button>
      )}
      {layout === 'popup' && services.openSidePanel && shownTab !== null && (
        <button type="button" class="button button-primary" onClick={() => services.openSidePanel?.(shownTab)}>
          Open in side panel
        </button>
      )}
    </>
  );

  return (
    <div class={`app app-${layout}${state.kind === 'starting' || state.kind === 'loading' ? ' app-waiting' : ''}`}>
      <Header
        title={state.kind === 'ready' ? state.analysis.meta.title || 'Untitled page' : 'Precis'}
        siteName={state.kind === 'ready' ? state.analysis.meta.siteName : null}
        byline={state.kind === 'ready' ? state.analysis.meta.byline : null}
        readingMinutes={state.kind === 'ready' ? state.analysis.readingMinutes : undefined}
        forced={state.kind === 'ready' && state.analysis.forced}
      >
        {actions}
      </Header>
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {state.kind === 'ready' ? (
        <AnalysisView
          analysis={state.analysis}
          reading={state.reading}
          layout={layout}
          highlights={highlightsTab(state.tabId, state.analysis.url)}
          onRevealClaim={(claim) => reveal(claim.selector)}
          onRevealQuestion={(pair) => reveal(questionQuote(pair))}
          onSaveClaim={saveClaim}
          isSaved={isSaved}
        />
      ) : layout === 'panel' && state.kind !== 'starting' && state.kind !== 'loading' && services.highlights ? (
        <NoAnalysisView
          status={<AppStatus state={state} onRetry={() => refresh()} onForce={() => refresh(true)} onFile={layout === 'panel' ? readFile : undefined} onAllowSite={allowSite} />}
          highlights={<HighlightsTab services={services.highlights} model={highlights} currentUrl={null} sync={services.sync} />}
        />
      ) : (
        <main class="app-main">
          <AppStatus state={state} onRetry={() => refresh()} onForce={() => refresh(true)} onFile={layout === 'panel' ? readFile : undefined} onAllowSite={allowSite} />
        </main>
      )}
    </div>
  );
}

/** One tab's panel; every panel stays in the document (hidden when not selected). */
function TabPanel({ id, hidden, children }: { id: string; hidden: boolean; children: ComponentChildren }) {
  return (
    <section role="tabpanel" id={tabPanelId('precis', id)} aria-labelledby={tabId('precis', id)} hidden={hidden} tabIndex={0} class="tab-panel">
      {children}
    </section>
  );
}

type NoAnalysisTab = 'page' | 'highlights';

/**
 * The side panel on a page with nothing to analyse (chrome://, a page that is not an article, an error): why, under
 * "This page", and the saved highlights with the Sync settings under "Highlights", which need no analysed page.
 */
function NoAnalysisView({ status, highlights }: { status: ComponentChildren; highlights: ComponentChildren }) {
  const [selected, setSelected] = useState<NoAnalysisTab>('page');
  const tabs: TabSpec<NoAnalysisTab>[] = [
    { id: 'page', label: 'This page' },
    { id: 'highlights', label: 'Highlights' },
  ];
  return (
    <main class="app-main">
      <Tabs tabs={tabs} selected={selected} onSelect={setSelected} label="Views" idPrefix="precis" />
      <TabPanel id="page" hidden={selected !== 'page'}>
        {status}
      </TabPanel>
      <TabPanel id="highlights" hidden={selected !== 'highlights'}>
        {highlights}
      </TabPanel>
    </main>
  );
}

/** FAQ pairs carry no selector; the question's own text finds it on the page. */
function questionQuote(pair: FaqPair): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact: pair.question, prefix: '', suffix: '' };
}

interface AnalysisViewProps {
  analysis: Analysis;
  /** The rest of a long PDF is still being read: these claims come from its first pages. */
  reading?: ReadingStage;
  layout: AppLayout;
  highlights?: ComponentChildren;
  onRevealClaim: (claim: Claim) => void;
  onRevealQuestion: (pair: FaqPair) => void;
  onSaveClaim: (claim: Claim) => void;
  isSaved: (claim: Claim) => boolean;
}

type PanelTab = 'claims' | 'faq' | 'highlights';

function AnalysisView({ analysis, reading, layout, highlights, onRevealClaim, onRevealQuestion, onSaveClaim, isSaved }: AnalysisViewProps) {
  const [selected, setSelected] = useState<PanelTab>('claims');
  const claims = (
    <>
      {reading ? (
        <ReadingProgress stage={reading} lead={`First claims, from pages 1–${analysis.pdf?.pagesRead ?? 1}; more come once the rest is read.`} />
      ) : (
        analysis.pdf && <PdfNote facts={analysis.pdf} />
      )}
      <ClaimList sections={analysis.sections} onReveal={onRevealClaim} onSave={onSaveClaim} isSaved={isSaved} />
    </>
  );
  const faq = <FaqList faq={analysis.faq} onReveal={onRevealQuestion} />;

  if (layout === 'popup') {
    return (
      <main class="app-main columns">
        <section class="column column-claims" aria-labelledby="claims-heading">
          <h2 id="claims-heading" class="column-heading">
            Key claims
          </h2>
          {claims}
        </section>
        <aside class="column column-faq" aria-labelledby="faq-heading">
          <h2 id="faq-heading" class="column-heading">
            FAQ
          </h2>
          {faq}
        </aside>
      </main>
    );
  }

  const tabs: TabSpec<PanelTab>[] = [
    { id: 'claims', label: 'Claims', count: analysis.claims.length },
    { id: 'faq', label: 'FAQ', count: analysis.faq.length },
    { id: 'highlights', label: 'Highlights' },
  ];
  // Every panel stays in the document (hidden when not selected) so its text is searchable and testable.
  const panel = (id: PanelTab, content: ComponentChildren) => (
    <TabPanel id={id} hidden={selected !== id}>
      {content}
    </TabPanel>
  );
  return (
    <main class="app-main">
      <Tabs tabs={tabs} selected={selected} onSelect={setSelected} label="Article views" idPrefix="precis" />
      {panel('claims', claims)}
      {panel('faq', faq)}
      {panel('highlights', highlights ?? <HighlightsPlaceholder />)}
    </main>
  );
}
