/**
 * Telling a full browser storage from its other failures, the same way for every storage item: a full storage
 * is something the reader can fix (export, then delete), so the UI words it differently.
 */

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox throws a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  return e?.name === 'QuotaExceededError' || (typeof e?.message === 'string' && /quota/i.test(e.message));
}

/** The browser's own words for a failure, for the end of a message. */
export function describeStorageFailure(error: unknown): string {
  return String((error as Error | null)?.message ?? error);
}
