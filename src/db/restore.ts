import type { RestorePlan } from '../model/restore';
import { summarize, type TrackedSummary, type TrackedVacancy } from '../model/tracked';
import type { VacalensDb } from './database';
import { hasProofSettings, putProofSettings } from './proof-settings';
import { deleteVacancies, putSettings, putVacancies } from './vacancies';

/**
 * The stored records a file's records can meet: those with one of its ids or one of its
 * addresses. Keys are read first (no values), then only the records that match, so a restore into
 * a small or empty log does not read every record with its snapshot.
 */
export async function currentFor(db: VacalensDb, incoming: readonly TrackedVacancy[]): Promise<TrackedVacancy[]> {
  const storedIds = await db.vacancies.toCollection().primaryKeys();
  // An empty log meets nothing (a restore on a new computer): no look-up by address either.
  if (storedIds.length === 0) return [];
  const idsByUrl = await db.vacancies.where('url').anyOf(incoming.map((r) => r.url)).primaryKeys();
  const stored = new Set(storedIds);
  const wanted = new Set([...incoming.map((r) => r.id).filter((id) => stored.has(id)), ...idsByUrl]);
  // One read of every record is cheaper than a read per record once most of them are wanted
  // (a backup restored over the log it was made of).
  const found =
    wanted.size * 2 > stored.size
      ? (await db.vacancies.toArray()).filter((record) => wanted.has(record.id))
      : await db.vacancies.bulkGet([...wanted]);
  return found.flatMap((record) => {
    if (!record) return [];
    const { matchKeys: _keys, ...vacancy } = record;
    return [vacancy];
  });
}

export interface AppliedRestore<P extends RestorePlan> {
  plan: P;
  /** The summaries of the records written, for the open views to show. */
  written: TrackedSummary[];
  /** Whether the file's settings were written. */
  settings: boolean;
}

/**
 * Writes a restore in one transaction: when any write fails, none stays. The plan is made inside
 * the transaction, from the records here that the file's records meet (`currentFor`), since the
 * log may have changed since the preview.
 */
export async function applyRestore<P extends RestorePlan>(
  db: VacalensDb,
  incoming: readonly TrackedVacancy[],
  planFor: (current: TrackedVacancy[]) => P,
): Promise<AppliedRestore<P>> {
  return db.transaction('rw', [db.vacancies, db.summaries, db.settings, db.activities], async () => {
    const plan = planFor(await currentFor(db, incoming));
    await deleteVacancies(db, plan.remove);
    const written = plan.put.map(summarize);
    await putVacancies(db, plan.put, written);
    let settings = false;
    if (plan.settings && (plan.settings.replace || !(await db.settings.get('settings')))) {
      await putSettings(db, plan.settings.value);
      settings = true;
    }
    const incomingActivities = plan.activities.value;
    if (incomingActivities.length) {
      const here = new Set(await db.activities.where('id').anyOf(incomingActivities.map((a) => a.id)).primaryKeys());
      await db.activities.bulkPut(plan.activities.replace ? incomingActivities : incomingActivities.filter((a) => !here.has(a.id)));
    }
    if (plan.proof && (plan.proof.replace || !(await hasProofSettings(db)))) await putProofSettings(db, plan.proof.value);
    return { plan, written, settings };
  });
}
