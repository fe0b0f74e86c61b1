/**
 * The database's own failures. What a person is told about them, in their language, is in
 * src/i18n/errors.ts (userFacingError), which knows them by name.
 */

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
