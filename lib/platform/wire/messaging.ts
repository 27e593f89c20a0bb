/**
 * The protocol on the wire: sending each direction's messages with `browser.*` and turning whatever comes back
 * (an answer, a thrown error, nothing) into a Result. The only messaging code that touches the browser.
 */
import { browser, type Browser } from 'wxt/browser';
import { describeInjectionError, INVALIDATED_MESSAGE, type PageProblem } from '../../page-access.ts';
import type { Dispatch } from './dispatch.ts';
import {
  fail,
  message,
  type BackgroundToReader,
  type BackgroundToHighlighter,
  type BackgroundToUi,
  type PageToBackground,
  type Envelope,
  type Result,
  type UiToBackground,
} from './protocol.ts';
import type { ExtensionIdentity, SenderInfo } from './senders.ts';
import { isRecord } from './shapes.ts';

export function extensionIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

/**
 * Answer runtime messages through a dispatcher. Returning `undefined` for messages on other channels keeps this
 * listener silent so the right receiver answers. Returns a function that stops listening.
 *
 * The answer goes through `sendResponse`, with `true` returned to keep the channel open: Chrome's own API, Firefox's
 * and the polyfill all take that, so a script can listen without the polyfill (the reader does: wxt.config.ts).
 */
export function listen(dispatch: Dispatch): () => void {
  const listener = (payload: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    const reply = dispatch(payload, senderInfo(sender));
    if (reply === undefined) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as ListenerEvent<typeof listener>;
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}

interface ListenerEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The parts of a sender the policies in senders.ts check. */
export function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  return {
    id: sender.id,
    url: sender.url,
    frameId: sender.frameId,
    tab: sender.tab ? { id: sender.tab.id } : undefined,
  };
}

/** Extension page → background. */
export function callBackground<K extends keyof UiToBackground & string>(
  method: K,
  payload: UiToBackground[K]['payload'],
): Promise<Result<UiToBackground[K]['value']>> {
  return request(() => browser.runtime.sendMessage(message.uiToBackground(method, payload)), describeInjectionError);
}

/** Background → the reader (the analysing content script) in a tab's top frame. */
export function callReader<K extends keyof BackgroundToReader & string>(
  tabId: number,
  method: K,
  payload: BackgroundToReader[K]['payload'],
): Promise<Result<BackgroundToReader[K]['value']>> {
  return toTopFrame(tabId, message.backgroundToReader(method, payload));
}

/** Background → the highlighter in a tab's top frame. */
export function callHighlighter<K extends keyof BackgroundToHighlighter & string>(
  tabId: number,
  method: K,
  payload: BackgroundToHighlighter[K]['payload'],
): Promise<Result<BackgroundToHighlighter[K]['value']>> {
  return toTopFrame(tabId, message.backgroundToHighlighter(method, payload));
}

/** Both content scripts live in the tab's top frame only. */
function toTopFrame<T>(tabId: number, envelope: Envelope): Promise<Result<T>> {
  return request(() => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }), describeInjectionError);
}

/** Either content script → background. */
export function notifyBackground<K extends keyof PageToBackground & string>(
  method: K,
  payload: PageToBackground[K]['payload'],
): Promise<Result<PageToBackground[K]['value']>> {
  return request(() => browser.runtime.sendMessage(message.pageToBackground(method, payload)), describeContentError);
}

/** Background → every open extension page. Nobody listening (no popup or panel open) is not an error. */
export async function broadcastToUi<K extends keyof BackgroundToUi & string>(
  method: K,
  payload: BackgroundToUi[K]['payload'],
): Promise<void> {
  await browser.runtime.sendMessage(message.backgroundToUi(method, payload)).catch(() => undefined);
}

/**
 * A reply must be a Result; only the receiver's own answer is trusted, so a missing or odd reply becomes an
 * error, and a thrown error (no receiver, tab gone, page navigated) is put in the reader's words by `describe`.
 */
async function request<T>(send: () => Promise<unknown>, describe: (error: unknown) => PageProblem): Promise<Result<T>> {
  try {
    const reply = await send();
    if (isResult(reply)) return reply as Result<T>;
    return fail('failed', 'Precis got no answer. Reload the page and try again.');
  } catch (error) {
    const problem = describe(error);
    return fail(problem.code, problem.message);
  }
}

/**
 * A content script reaching the background can only fail one way a reader can act on: the extension was
 * updated or reloaded under the page. It keeps to these few words so the page's bundle does not carry the
 * background's catalogue of injection errors (page-access.ts).
 */
function describeContentError(error: unknown): PageProblem {
  const raw = error instanceof Error ? error.message : String(error);
  if (/Extension context invalidated/i.test(raw)) {
    return { code: 'invalidated', message: INVALIDATED_MESSAGE };
  }
  return { code: 'failed', message: 'Precis could not reach its background. Reload the page and try again.' };
}

function isResult(value: unknown): value is Result<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && isRecord(value.error) && typeof value.error.message === 'string';
}
