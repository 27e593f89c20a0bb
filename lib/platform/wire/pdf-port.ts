/**
 * The PDF's bytes travel from the background to the extension page down a runtime port, in chunks
 * (byte-chunks.ts): one message would hit Chrome's 64 MB cap for a large PDF. The page opens the port and names
 * the tab in its first message; the background answers with `start`, the chunks and `end`, or one `error`.
 * Closing the port (the popup closed) stops the fetch.
 */
import { browser, type Browser } from 'wxt/browser';
import { createAssembler, type ByteStreamMessage } from './byte-chunks.ts';
import { extensionIdentity, senderInfo } from './messaging.ts';
import { fail, ok, type Result } from './protocol.ts';
import { fromExtensionPage } from './senders.ts';
import { isRecord, isTabId } from './shapes.ts';

export const PDF_PORT = 'precis-pdf-bytes';

/** Sends one tab's PDF down the port; resolves when everything (or an error) was sent. */
export type PdfSender = (tabId: number, send: (message: ByteStreamMessage) => void, signal: AbortSignal) => Promise<void>;

/** Background: answer every page that asks for a PDF's bytes; a port from anyone but our own pages is closed. */
export function servePdfBytes(sendPdf: PdfSender): void {
  const self = extensionIdentity();
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== PDF_PORT) return;
    if (!port.sender || !fromExtensionPage(senderInfo(port.sender), self)) {
      port.disconnect();
      return;
    }
    const stop = new AbortController();
    port.onDisconnect.addListener(() => stop.abort());
    const onRequest = (request: unknown) => {
      port.onMessage.removeListener(onRequest);
      const send = (message: ByteStreamMessage) => {
        if (!stop.signal.aborted) port.postMessage(message);
      };
      if (!isRecord(request) || !isTabId(request.tabId)) {
        send({ kind: 'error', error: { code: 'bad-request', message: 'A PDF is asked for by its tab.' } });
        return;
      }
      void sendPdf(request.tabId, send, stop.signal).catch(() =>
        send({ kind: 'error', error: { code: 'failed', message: 'Precis could not fetch this PDF. Try again.' } }),
      );
    };
    port.onMessage.addListener(onRequest);
  });
}

export interface PdfBytes {
  url: string;
  bytes: Uint8Array;
}

/** Extension page: the tab's PDF, put together from its chunks; `onReceived` hears how far the transfer is. */
export function receivePdfBytes(tabId: number, onReceived?: (received: number, size: number | null) => void): Promise<Result<PdfBytes>> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: PDF_PORT });
    const assembler = createAssembler();
    let settled = false;
    const settle = (result: Result<PdfBytes>) => {
      if (settled) return;
      settled = true;
      port.disconnect();
      resolve(result);
    };
    port.onMessage.addListener((message: unknown) => {
      const state = assembler.accept(message);
      if (state.kind === 'done') settle(ok({ url: state.url, bytes: state.bytes }));
      else if (state.kind === 'failed') settle(fail(state.error.code, state.error.message));
      else if (state.url !== null) onReceived?.(state.received, state.size);
    });
    // The background went away mid-transfer (the extension reloaded): say so rather than wait for ever.
    port.onDisconnect.addListener(() => settle(fail('failed', 'Precis stopped while it fetched this PDF. Click Precis again to read it.')));
    port.postMessage({ tabId });
  });
}
