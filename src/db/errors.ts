import type { MessageKey, Translate } from '../ui/i18n';

/** An edit made on a version of the record that another tab or page has changed since. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** A database upgrade failed; IndexedDB rolled it back, so the data is still the previous version's. */
export class UpgradeFailedError extends Error {
  override name = 'UpgradeFailedError';
}

/** Runs an upgrade so that its failure is recognisable once Dexie has wrapped it (as DatabaseClosedError). */
export function failsAsUpgrade<A extends unknown[]>(upgrade: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await upgrade(...args);
    } catch (error) {
      throw new UpgradeFailedError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  };
}

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
