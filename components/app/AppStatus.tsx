import { ReadingProgress } from '../ReadingProgress.tsx';
import { StatusMessage } from '../StatusMessage.tsx';
import type { ViewState } from './use-tab-analysis.ts';

export interface AppStatusProps {
  state: Exclude<ViewState, { kind: 'ready' }>;
  onRetry: () => void;
  onForce: () => void;
  /**
   * Reads a PDF file the user chose (a local PDF, which no extension may fetch). The side panel only: the toolbar
   * popup closes when the browser's file dialog takes the focus.
   */
  onFile?: (file: File) => void;
  /** Asks for access to the site of the tab's PDF (Firefox), then reads it. */
  onAllowSite?: () => void;
}

/** Problems the reader can fix by asking again (after a click on the toolbar button, or once the page settled). */
const RETRYABLE = new Set(['no-access', 'navigated', 'error-page', 'failed', 'empty', 'invalidated']);

/** A short headline per kind of problem; the message below it says what exactly happened. */
const TITLES: Record<string, string> = {
  restricted: "Precis can't read this page",
  store: "Precis can't read this page",
  pdf: "Precis can't read this page",
  'data-url': "Precis can't read this page",
  'file-access': 'Local files need permission',
  'local-pdf': 'Choose the PDF file',
  'needs-site': 'Allow access to the PDF\'s site',
  'no-access': 'Summarize this tab',
  navigated: 'The page changed',
  'tab-gone': 'The tab is gone',
  'error-page': 'Nothing to read',
  empty: 'Nothing to read',
  'too-large': 'This page is too large',
  invalidated: 'Precis was updated',
};

/** Every state that is not an analysis, in words: loading, no tab, not an article, or why the page can't be read. */
export function AppStatus({ state, onRetry, onForce, onFile, onAllowSite }: AppStatusProps) {
  switch (state.kind) {
    case 'starting':
    case 'loading':
      if (state.kind === 'loading' && state.progress) {
        return (
          <>
            <StatusMessage tone="loading" message="Reading the PDF…" />
            <ReadingProgress stage={state.progress} />
          </>
        );
      }
      return (
        <>
          <StatusMessage tone="loading" message="Reading the page…" />
          <div class="skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </>
      );
    case 'no-tab':
      return <StatusMessage tone="info" message="There is no tab to summarize in this window." />;
    case 'problem': {
      const { code, message } = state.error;
      if (code === 'not-an-article') {
        return (
          <StatusMessage tone="info" title="This page doesn't look like an article." message={message}>
            <button type="button" class="button button-primary" onClick={onForce}>
              Summarize anyway
            </button>
          </StatusMessage>
        );
      }
      if (code === 'needs-site' && onAllowSite) {
        return (
          <StatusMessage tone="info" title={TITLES[code]} message={message}>
            <button type="button" class="button button-primary" data-testid="allow-site" onClick={onAllowSite}>
              Allow and read the PDF
            </button>
          </StatusMessage>
        );
      }
      if (code === 'local-pdf' && !onFile) {
        return <StatusMessage tone="info" title={TITLES[code]} message={`${message} Open Precis in the side panel to choose it: this popup closes while a file is chosen.`} />;
      }
      if (code === 'local-pdf') {
        return (
          <StatusMessage tone="info" title={TITLES[code]} message={message}>
            <label class="button button-primary file-choice">
              Choose PDF file…
              <input
                type="file"
                accept="application/pdf,.pdf"
                data-testid="pdf-file"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  if (file) onFile?.(file);
                }}
              />
            </label>
          </StatusMessage>
        );
      }
      return (
        <StatusMessage tone="problem" title={TITLES[code] ?? 'Something went wrong'} message={message}>
          {RETRYABLE.has(code) && (
            <button type="button" class="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </StatusMessage>
      );
    }
  }
}
