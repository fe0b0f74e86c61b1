import { afterEach } from 'vitest';
import { VacalensDb } from '../../src/db/database';

/** Fresh databases for one test file, each deleted after every test: returns the function that opens one. */
export function scratchDbs(): () => VacalensDb {
  let dbs: VacalensDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.map((db) => db.delete()));
    dbs = [];
  });
  return () => {
    const db = new VacalensDb(`test-${Math.random()}`);
    dbs.push(db);
    return db;
  };
}
