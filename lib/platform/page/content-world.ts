/**
 * Precis's content scripts share one isolated world in a page, and a script may be injected into a page that
 * already runs a copy of it (the popup and the panel ask together; a second click). Each script marks the world
 * while a copy of it listens, so a second copy stays idle instead of answering every message twice.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type ContentScriptState = 'listening' | 'already-listening';

type Scope = typeof globalThis & Record<symbol, boolean | undefined>;

/** Run `start` unless a copy of the script called `name` already listens; `start` returns how to stop it. */
export function startOnce(name: string, ctx: ContentScriptContext, start: () => () => void): ContentScriptState {
  const mark = Symbol.for(`precis.${name}.listening`);
  const scope = globalThis as Scope;
  if (scope[mark]) return 'already-listening';
  scope[mark] = true;
  const stop = start();
  // Invalidated when the extension reloads or a newer copy starts: stop answering and let that copy take over.
  ctx.onInvalidated(() => {
    stop();
    scope[mark] = false;
  });
  return 'listening';
}
