/**
 * The reader's content-script context: the one part of WXT's `ContentScriptContext` the reader uses, built in its
 * place for the reader's bundle only (wxt.config.ts). The reader needs to hear a single thing, that a newer copy
 * of it started in the page (or the extension went away), and none of WXT's timers, location watcher and event
 * helpers, which cost the script the first analysis waits for about 0.6 kB (gzip). It sends and hears WXT's own
 * "script started" signal, so a copy built either way stops the other.
 */
import { browser } from 'wxt/browser';

export interface ContextOptions {
  noScriptStartedPostMessage?: boolean;
}

export class ContentScriptContext {
  readonly #id = Math.random().toString(36).slice(2);
  readonly #controller = new AbortController();

  constructor(name: string, options?: ContextOptions) {
    // WXT's event name, `${extension id}:${entrypoint}:wxt:content-script-started`; the entrypoint is `name`.
    const type = `${browser?.runtime?.id}:${name}:wxt:content-script-started`;
    const detail = { contentScriptName: name, messageId: this.#id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type, ...detail }, '*');
    const newer = (event: Event) => {
      const sent = event instanceof CustomEvent ? (event.detail as Partial<typeof detail> | null) : null;
      if (sent?.contentScriptName === name && sent.messageId !== this.#id) this.abort();
    };
    document.addEventListener(type, newer, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  abort(): void {
    this.#controller.abort('Content script context invalidated');
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
