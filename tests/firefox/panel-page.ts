/**
 * The panel page in firefox-esr over WebDriver BiDi: finding the browsing context the extension opened, evaluating
 * in it, and reading what it shows (claims, FAQ questions, status) once it has settled.
 */
import type { BidiBrowser } from './bidi.ts';

export interface ContextInfo {
  context: string;
  url: string;
  children?: ContextInfo[] | null;
}

export interface PanelText {
  claims: string[];
  questions: string[];
  status: string;
}

/** Every browsing context, nested ones included. */
export async function allContexts(firefox: BidiBrowser): Promise<ContextInfo[]> {
  const flatten = (contexts: ContextInfo[]): ContextInfo[] => contexts.flatMap((context) => [context, ...flatten(context.children ?? [])]);
  return flatten((await firefox.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', {})).contexts);
}

/** Evaluates `expression` (awaiting a promise it gives) in the context; its value as a string. */
export async function evaluateIn(firefox: BidiBrowser, context: string, expression: string): Promise<string> {
  const reply = await firefox.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }>('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (reply.type !== 'success') throw new Error(`evaluate failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
  return String(reply.result?.value);
}

/** The browsing context whose address passes `match`, once the extension has opened it (up to a minute). */
export async function waitForContext(firefox: BidiBrowser, match: (url: string) => boolean): Promise<ContextInfo> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const found = (await allContexts(firefox)).find((context) => match(context.url));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The extension never opened its panel page.');
}

/**
 * What the panel page shows once it has settled: claims (and, with `withFaq`, FAQ questions), or a status that is
 * not a loading one; after a minute, whatever it shows.
 */
export async function readPanel(firefox: BidiBrowser, context: string, { withFaq = false } = {}): Promise<PanelText> {
  const script = `new Promise((resolve) => {
    const started = Date.now();
    const read = () => ({
      claims: [...document.querySelectorAll('[data-testid="claim"]')].map((el) => el.textContent.trim()),
      questions: [...document.querySelectorAll('[data-testid="faq-question"]')].map((el) => el.textContent.trim()),
      status: document.querySelector('[data-testid="status"]')?.textContent ?? '',
    });
    const poll = () => {
      const now = read();
      const shown = now.claims.length > 0 && (${withFaq} ? now.questions.length > 0 : true);
      const refused = now.status !== '' && !/^Reading the/.test(now.status);
      if (shown || refused || Date.now() - started > 60000) resolve(JSON.stringify(now));
      else setTimeout(poll, 200);
    };
    poll();
  })`;
  return JSON.parse(await evaluateIn(firefox, context, script)) as PanelText;
}
