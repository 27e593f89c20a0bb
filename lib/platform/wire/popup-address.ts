/**
 * The popup page's address, which the background writes and the popup reads: `?tab=` pins it to a tab, `toolbar`
 * says a toolbar click opened it.
 */
export const POPUP_PAGE = 'popup.html';

/**
 * The popup a click opens is told its tab (`?tab=`, as a pinned page is), so its first request need not ask the
 * browser which tab is active; `toolbar` says it is still the size-capped popup, not a page of its own.
 */
export function toolbarPopupPath(tabId: number): string {
  return `${POPUP_PAGE}?tab=${tabId}&toolbar`;
}

/** Whether a popup page's address (its `location.search`) is that of a popup a toolbar click opened. */
export function openedByToolbar(search: string): boolean {
  return new URLSearchParams(search).has('toolbar');
}
