/**
 * Storage failures, the same way for every storage item: each store throws a StoreError of its own name whose
 * `kind` the UI can explain. A full storage is something the user can fix (export, then delete), so it is worded
 * differently from the other failures.
 */
import { fail, ok, type Result } from '../wire/protocol.ts';

export type StoreErrorKind = 'quota' | 'invalid' | 'not-found' | 'storage';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox throws a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  return e?.name === 'QuotaExceededError' || (typeof e?.message === 'string' && /quota/i.test(e.message));
}

/** What a store says when the browser's storage refuses: `full` when it is full, else `failed` and the browser's words. */
export interface StorageWords {
  full: string;
  failed: string;
}

/** The browser's refusal `error` as the store's own error type, in that store's words. */
export function storageFailure<E extends StoreError>(
  Store: new (kind: StoreErrorKind, message: string, options?: { cause?: unknown }) => E,
  error: unknown,
  words: StorageWords,
): E {
  if (error instanceof Store) return error;
  if (isQuotaError(error)) return new Store('quota', words.full, { cause: error });
  return new Store('storage', `${words.failed}: ${String((error as Error | null)?.message ?? error)}`, { cause: error });
}

/** A store's error as a protocol error in the user's words; anything else is thrown on. */
export function storeFailure(error: unknown): Result<never> {
  if (!(error instanceof StoreError)) throw error;
  return fail(error.kind === 'invalid' ? 'failed' : error.kind, error.message);
}

/** Run a store call, turning its typed errors into protocol errors. */
export async function fromStore<T>(action: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await action());
  } catch (error) {
    return storeFailure(error);
  }
}
