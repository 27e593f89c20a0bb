/**
 * A PDF's bytes from the background to an extension page in pieces. Chrome caps one runtime message at 64 MB and
 * sends it as JSON, so a whole PDF as base64 in one message fails above ~48 MB; the background instead sends it
 * down a port in chunks as the fetch delivers them, and the page puts them together again, checking that none was
 * lost or sent twice. Pure: pdf-port.ts does the sending.
 */
import type { ProtocolError } from './protocol.ts';

/** Bytes per chunk: small enough for any message limit, big enough that a 100 MB PDF is only ~100 messages. */
export const CHUNK_BYTES = 1024 * 1024;

/** A PDF bigger than this is refused before it is read: parsing it would freeze the panel. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'This PDF is larger than 100 MB, more than Precis reads.';

export type ByteStreamMessage =
  /** The fetch answered: the PDF's address and its size when the server said it (compressed, maybe: only a hint). */
  | { kind: 'start'; url: string; size: number | null }
  | { kind: 'chunk'; index: number; data: string }
  /** Every chunk was sent: how many, and how many bytes in all. */
  | { kind: 'end'; chunks: number; size: number }
  | { kind: 'error'; error: ProtocolError };

/** `String.fromCharCode(...bytes)` on a whole buffer overflows the stack: it goes in slices. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) text += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(text);
}

export function fromBase64(data: string): Uint8Array {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export interface Chunker {
  /** Bytes as the fetch delivers them; each full chunk is sent at once. */
  push(bytes: Uint8Array): void;
  /** Sends what is left and the `end` message. */
  finish(): void;
  /** Bytes pushed so far. */
  readonly size: number;
}

export function createChunker(send: (message: ByteStreamMessage) => void, chunkBytes = CHUNK_BYTES): Chunker {
  const pending = new Uint8Array(chunkBytes);
  let filled = 0;
  let index = 0;
  let size = 0;
  const flush = () => {
    if (filled === 0) return;
    send({ kind: 'chunk', index: index++, data: toBase64(pending.subarray(0, filled)) });
    filled = 0;
  };
  return {
    push(bytes) {
      size += bytes.length;
      for (let at = 0; at < bytes.length; ) {
        const take = Math.min(chunkBytes - filled, bytes.length - at);
        pending.set(bytes.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === chunkBytes) flush();
      }
    },
    finish() {
      flush();
      send({ kind: 'end', chunks: index, size });
    },
    get size() {
      return size;
    },
  };
}

export type AssemblyState =
  | { kind: 'receiving'; url: string | null; received: number; size: number | null }
  | { kind: 'done'; url: string; bytes: Uint8Array }
  | { kind: 'failed'; error: ProtocolError };

export interface Assembler {
  /** Takes the next message from the port; says where the transfer stands. */
  accept(message: unknown): AssemblyState;
}

const BROKEN: ProtocolError = { code: 'failed', message: 'The PDF arrived incomplete. Click Precis again to read it.' };

/** Puts the chunks of one transfer together; anything out of order, missing or oversized fails it. */
export function createAssembler(maxBytes = MAX_PDF_BYTES): Assembler {
  let url: string | null = null;
  let declared: number | null = null;
  const parts: Uint8Array[] = [];
  let received = 0;
  let state: AssemblyState = { kind: 'receiving', url: null, received: 0, size: null };
  const fail = (error: ProtocolError): AssemblyState => (state = { kind: 'failed', error });

  return {
    accept(raw) {
      if (state.kind !== 'receiving') return state;
      const message = raw as Partial<ByteStreamMessage> | null;
      switch (message?.kind) {
        case 'start':
          if (url !== null || typeof message.url !== 'string') return fail(BROKEN);
          url = message.url;
          declared = typeof message.size === 'number' && message.size >= 0 ? message.size : null;
          break;
        case 'chunk': {
          if (url === null || message.index !== parts.length || typeof message.data !== 'string') return fail(BROKEN);
          const bytes = fromBase64(message.data);
          received += bytes.length;
          if (received > maxBytes) return fail({ code: 'too-large', message: TOO_LARGE_MESSAGE });
          parts.push(bytes);
          break;
        }
        case 'end':
          if (url === null || message.chunks !== parts.length || message.size !== received) return fail(BROKEN);
          return (state = { kind: 'done', url, bytes: joinParts(parts, received) });
        case 'error':
          return fail(message.error ?? BROKEN);
        default:
          return fail(BROKEN);
      }
      return (state = { kind: 'receiving', url, received, size: declared });
    },
  };
}

function joinParts(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  parts.length = 0;
  return whole;
}
