/**
 * Who may send what. Runtime messages reach every extension page and the background, and a compromised page can
 * make its content script send anything, so each receiver names the senders it accepts.
 */

/** The parts of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** This extension: its id and its pages' origin, e.g. `chrome-extension://<id>/`. */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

export type SenderPolicy = (sender: SenderInfo, self: ExtensionIdentity) => boolean;

function isOurUrl(url: string | undefined, self: ExtensionIdentity): boolean {
  return typeof url === 'string' && url.startsWith(self.origin);
}

/**
 * Our own pages: the popup, the side panel, the background. The URL decides, not the absence of `sender.tab`:
 * the panel opened as an ordinary tab (`?tab=` links, a popped-out window) has a tab but is still ours, while a
 * content script in a web page has our id but the page's URL.
 */
export const fromExtensionPage: SenderPolicy = (sender, self) => sender.id === self.id && isOurUrl(sender.url, self);

/**
 * Our content script in a tab's top frame: the only sender that may speak about that tab, and only about
 * itself (handlers take the tab from `sender.tab.id`, never from the payload).
 */
export const fromTopFrameOfTab: SenderPolicy = (sender, self) =>
  sender.id === self.id &&
  // Browsers always name a content script's page; a tab sender without an address is not one.
  typeof sender.url === 'string' &&
  typeof sender.tab?.id === 'number' &&
  sender.tab.id >= 0 &&
  sender.frameId === 0 &&
  !isOurUrl(sender.url, self);

/**
 * What a content script hears through `tabs.sendMessage`: only our background or pages. Some browsers leave the
 * URL out for the background; a sender without a URL is accepted only if it is not in a tab.
 */
export const fromExtensionContext: SenderPolicy = (sender, self) =>
  sender.id === self.id && (isOurUrl(sender.url, self) || (sender.url === undefined && sender.tab === undefined));
