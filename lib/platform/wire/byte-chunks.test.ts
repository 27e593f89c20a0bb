import { describe, expect, it } from 'vitest';
import { createAssembler, createChunker, fromBase64, toBase64, type AssemblyState, type ByteStreamMessage } from './byte-chunks.ts';

/** Bytes that differ at every position, so a chunk out of place changes the result. */
function sample(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

/** What the background sends for `bytes` delivered by the fetch in `pieces` of these sizes. */
function transfer(bytes: Uint8Array, pieces: number[], chunkBytes: number): ByteStreamMessage[] {
  const sent: ByteStreamMessage[] = [{ kind: 'start', url: 'http://example.test/a.pdf', size: bytes.length }];
  const chunker = createChunker((message) => sent.push(message), chunkBytes);
  let at = 0;
  for (const piece of pieces) {
    chunker.push(bytes.subarray(at, at + piece));
    at += piece;
  }
  chunker.push(bytes.subarray(at));
  chunker.finish();
  return sent;
}

function receive(messages: unknown[]): AssemblyState {
  const assembler = createAssembler();
  let state: AssemblyState | undefined;
  for (const message of messages) state = assembler.accept(message);
  return state!;
}

describe('PDF bytes in chunks', () => {
  it('base64 round-trips every byte value, also past the slice size', () => {
    const bytes = sample(0x8000 * 2 + 7);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('cuts fetch pieces of any size into full chunks and puts them together again', () => {
    const bytes = sample(10_000);
    const messages = transfer(bytes, [1, 999, 4096, 3000], 1024);
    const chunks = messages.filter((m) => m.kind === 'chunk');
    expect(chunks).toHaveLength(10);
    expect(chunks.slice(0, -1).every((m) => fromBase64(m.data).length === 1024)).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: 'end', chunks: 10, size: 10_000 });
    const state = receive(messages);
    expect(state.kind).toBe('done');
    if (state.kind === 'done') {
      expect(state.url).toBe('http://example.test/a.pdf');
      expect(state.bytes).toEqual(bytes);
    }
  });

  it('says how much has arrived while chunks come in', () => {
    const messages = transfer(sample(3000), [], 1000);
    const assembler = createAssembler();
    const states = messages.map((m) => assembler.accept(m));
    expect(states.slice(0, 4).map((s) => (s.kind === 'receiving' ? [s.received, s.size] : s.kind))).toEqual([
      [0, 3000],
      [1000, 3000],
      [2000, 3000],
      [3000, 3000],
    ]);
  });

  it('an empty body is an empty PDF, not a hang', () => {
    const state = receive(transfer(new Uint8Array(0), [], 1024));
    expect(state.kind === 'done' && state.bytes.length).toBe(0);
  });

  it('fails a transfer with a chunk lost, repeated or out of order', () => {
    const messages = transfer(sample(5000), [], 1000);
    const lost = messages.filter((m) => !(m.kind === 'chunk' && m.index === 2));
    const repeated = [...messages.slice(0, 3), messages[2], ...messages.slice(3)];
    const swapped = [messages[0], messages[2], messages[1], ...messages.slice(3)];
    for (const broken of [lost, repeated, swapped]) {
      const state = receive(broken);
      expect(state.kind).toBe('failed');
      if (state.kind === 'failed') expect(state.error.message).toMatch(/arrived incomplete/);
    }
  });

  it('fails when the end does not match what arrived, and on a message that is not part of the transfer', () => {
    const messages = transfer(sample(2500), [], 1000);
    const end = messages.at(-1)!;
    expect(receive([...messages.slice(0, -1), { ...end, size: 2400 }]).kind).toBe('failed');
    expect(receive([messages[1]]).kind).toBe('failed');
    expect(receive([messages[0], { kind: 'surprise' }]).kind).toBe('failed');
  });

  it('passes on the background’s own error, and refuses more bytes than the limit', () => {
    const error = { code: 'no-access' as const, message: 'Click the Precis toolbar button on the PDF tab.' };
    expect(receive([{ kind: 'error', error }])).toEqual({ kind: 'failed', error });
    const assembler = createAssembler(1500);
    const states = transfer(sample(3000), [], 1000).map((m) => assembler.accept(m));
    expect(states.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'too-large' } });
  });
});
