import Dexie, { type EntityTable } from 'dexie';
import type { TrackedVacancy } from '../model/tracked';

/**
 * The user's application log. Versions only grow: a new version adds a `this.version(n)` block
 * with its upgrade, and the upgrade gets a test on data written by the version before.
 */
export class VacalensDb extends Dexie {
  vacancies!: EntityTable<TrackedVacancy, 'id'>;

  constructor(name = 'vacalens') {
    super(name);
    this.version(1).stores({
      // Indexed fields are the ones views sort or look up by; the rest of the record is not indexed.
      vacancies: 'id, url, status, trackedAt, facts.deadline',
    });
  }
}
