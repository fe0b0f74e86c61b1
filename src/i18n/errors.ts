import type { MessageKey, Translate } from './messages';

/**
 * The failures a person can act on, by the error's name: IndexedDB's, and the database's own
 * (src/db/errors.ts, known here by name so that the labels need not import the database).
 */
const KEYS: Record<string, MessageKey> = {
  // IndexedDB's name for a write refused for lack of space; Dexie keeps it on its own error.
  QuotaExceededError: 'errorStorageFull',
  UpgradeFailedError: 'errorDatabaseUpgrade',
  ConflictError: 'errorChangedElsewhere',
};

/**
 * The failure the user can act on, told in their language; other errors pass unchanged. Dexie
 * wraps the error that made a transaction abort or the database fail to open (`inner`), so the
 * chain of causes is searched.
 */
export function userFacingError(error: unknown, t: Translate): unknown {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e instanceof Error && !seen.has(e); e = (e as { inner?: unknown }).inner ?? e.cause) {
    seen.add(e);
    const key = KEYS[e.name];
    if (key) return new Error(t(key));
  }
  return error;
}
