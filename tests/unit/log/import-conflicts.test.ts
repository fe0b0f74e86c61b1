/**
 * Restoring over a log with conflicts: what the preview says differs, and the restore honouring a
 * choice per conflicting record (the global choice, with the rows chosen the other way).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { getSettings, putSettings, putVacancies } from '../../../src/db/vacancies';
import { toBackup } from '../../../src/log/backup';
import { differences, idsNotInFile, previewRows } from '../../../src/log/import';
import type { Difference, ImportChoice } from '../../../src/model/restore';
import { applyImport } from '../../../src/messaging/log-handlers';
import { withApplied, withCorrection, withNotes, withStatus, type TrackedVacancy } from '../../../src/model/tracked';
import { describeDifferences } from '../../../src/ui/import-differences';
import { FIXED_NOW, translatorFor } from '../helpers';
import { generateLog } from './generate';

// Noon UTC: the same calendar day in every time zone the tests may run in.
const OCT_3 = new Date('2025-10-03T12:00:00Z');
const OCT_12 = new Date('2025-10-12T12:00:00Z');

/** One vacancy as both computers had it before they went apart: interested, one step, no notes. */
function base(): TrackedVacancy {
  const [v] = generateLog(1, 7);
  const at = '2025-09-20T12:00:00.000Z';
  return { ...v!, status: 'interested', history: [{ status: 'interested', at, recordedAt: at, by: 'user' }], applied: null, notes: '', corrections: {}, trackedAt: at, updatedAt: at };
}

describe('what differs between the record here and the file’s', () => {
  const b = base();
  it.each<[string, TrackedVacancy, TrackedVacancy, Difference[]]>([
    [
      'applied here, a note in the file',
      withStatus(b, 'applied', OCT_12),
      withNotes(b, 'Gebeld met de selectieverantwoordelijke', OCT_3),
      [
        { field: 'status', here: 'applied', file: 'interested' },
        { field: 'history', here: 2, file: 1 },
        { field: 'applied' },
        { field: 'notes' },
        { field: 'updated', here: OCT_12.toISOString(), file: OCT_3.toISOString() },
      ],
    ],
    [
      'a correction in the file only',
      b,
      withCorrection(b, 'title', 'Beleidsmedewerker', OCT_3),
      [{ field: 'corrections' }, { field: 'updated', here: b.updatedAt, file: OCT_3.toISOString() }],
    ],
    [
      'a history date corrected on one side: same number of steps',
      withStatus(b, 'applied', OCT_3),
      { ...withStatus(b, 'applied', OCT_3), history: [b.history[0]!, { ...withStatus(b, 'applied', OCT_3).history[1]!, at: '2025-10-01' }] },
      [{ field: 'history', here: 2, file: 2 }],
    ],
    ['tracked separately on two computers', b, { ...b, id: 'other-computer' }, [{ field: 'record' }]],
    ['the page read again', b, { ...b, snapshot: { ...b.snapshot, text: `${b.snapshot.text} (gewijzigd)` } }, [{ field: 'facts' }]],
    ['seen at one more portal', b, { ...b, sourceUrls: [...b.sourceUrls, 'https://www.vdab.be/vindeenjob/vacatures/1'] }, [{ field: 'addresses' }]],
    ['only when it was first tracked', b, { ...b, trackedAt: '2025-09-19T12:00:00.000Z' }, [{ field: 'other' }]],
  ])('%s', (_name, here, file, expected) => {
    expect(differences(here, file)).toEqual(expected);
  });

  it('says nothing differs only for the same record: the preview never calls it a conflict', () => {
    expect(previewRows([b], [b])).toEqual([expect.objectContaining({ kind: 'duplicate' })]);
    expect(previewRows([b], [b])[0]).not.toHaveProperty('differences');
  });

  it('gives the preview’s conflicting rows what differs, against the record they would replace', () => {
    const moved = { ...withNotes(b, 'x', OCT_3), id: 'elsewhere' };
    const fresh = { ...b, id: 'fresh', url: 'https://example.org/fresh', sourceUrls: ['https://example.org/fresh'] };
    const rows = previewRows([moved, fresh], [b]);
    expect(rows.map((r) => [r.id, r.kind, r.existingId, r.differences?.map((d) => d.field)])).toEqual([
      ['elsewhere', 'conflicting', b.id, ['record', 'notes', 'updated']],
      ['fresh', 'new', undefined, undefined],
    ]);
  });
});

describe('the differences in the user’s words', () => {
  const updated = (here: string, file: string): Difference => ({ field: 'updated', here, file });
  it.each<[string, 'nl' | 'en' | 'fr' | 'de', Difference[], string[]]>([
    [
      'applied here, a note in the file',
      'nl',
      [{ field: 'status', here: 'applied', file: 'interested' }, { field: 'history', here: 3, file: 2 }, { field: 'notes' }, updated(OCT_12.toISOString(), OCT_3.toISOString())],
      [
        'status: gesolliciteerd hier, geïnteresseerd in het bestand',
        'stappen in de geschiedenis: 3 hier, 2 in het bestand',
        'notities verschillen',
        'laatst gewijzigd: 12 oktober 2025 hier, 3 oktober 2025 in het bestand',
      ],
    ],
    ['separate records, corrections', 'en', [{ field: 'record' }, { field: 'corrections' }], ['tracked separately here and in the file', 'corrections differ']],
    ['a history date corrected, the page read again', 'de', [{ field: 'history', here: 2, file: 2 }, { field: 'facts' }], ['Verlauf weicht ab', 'aus der Stelle gelesene Angaben oder Text weichen ab']],
    ['applying, addresses', 'fr', [{ field: 'applied' }, { field: 'addresses' }], ['la date ou le mode de candidature diffère', 'les adresses diffèrent']],
    // One day: the time of day tells them apart.
    ['one day apart in hours', 'nl', [updated(new Date(2025, 9, 12, 9, 5).toISOString(), new Date(2025, 9, 12, 16, 40).toISOString())], ['laatst gewijzigd: 12 oktober 2025, 09:05 hier, 12 oktober 2025, 16:40 in het bestand']],
    // Seconds apart read the same: never "12 oktober hier, 12 oktober in het bestand", never empty.
    ['seconds apart', 'nl', [updated(new Date(2025, 9, 12, 9, 5, 1).toISOString(), new Date(2025, 9, 12, 9, 5, 40).toISOString())], ['andere details verschillen']],
    ['nothing the user sees', 'en', [{ field: 'other' }], ['other details differ']],
  ])('%s (%s)', (_name, lang, diffs, expected) => {
    expect(describeDifferences(diffs, translatorFor(lang), lang)).toEqual(expected);
  });
});

describe('restore with a choice per conflict', () => {
  let db: VacalensDb;
  const b = base();
  // Here: two vacancies applied to on this computer, one not in the file at all.
  const here = [withStatus(b, 'applied', OCT_12), withStatus({ ...b, id: 'second', url: 'https://example.org/2', sourceUrls: ['https://example.org/2'] }, 'applied', OCT_12)];
  const same = { ...b, id: 'same', url: 'https://example.org/same', sourceUrls: ['https://example.org/same'] };
  // The file: both with a note from the other computer, one identical record and one new.
  const file = [
    withNotes(b, 'Notitie van de laptop', OCT_3),
    withNotes(here[1]!, 'Tweede notitie', OCT_3),
    same,
    { ...b, id: 'fresh', url: 'https://example.org/fresh', sourceUrls: ['https://example.org/fresh'] },
  ];
  const backup = toBackup(file, null, FIXED_NOW);

  beforeEach(async () => {
    db = new VacalensDb(`test-${Math.random()}`);
    await putVacancies(db, [...here, same]);
  });
  afterEach(() => db.delete());

  /** Per conflicting id, whose record the log holds after the restore. */
  const winners = async () =>
    Object.fromEntries(await Promise.all([b.id, 'second'].map(async (id) => [id, (await db.vacancies.get(id))?.notes ? 'file' : 'here'])));

  it.each<[string, ImportChoice, Record<string, string>, { added: number; replaced: number; skipped: number }]>([
    ['keep all', { conflicts: 'keep', except: [] }, { [b.id]: 'here', second: 'here' }, { added: 1, replaced: 0, skipped: 3 }],
    ['take all', { conflicts: 'replace', except: [] }, { [b.id]: 'file', second: 'file' }, { added: 1, replaced: 2, skipped: 1 }],
    ['keep all but one', { conflicts: 'keep', except: ['second'] }, { [b.id]: 'here', second: 'file' }, { added: 1, replaced: 1, skipped: 2 }],
    ['take all but one', { conflicts: 'replace', except: ['second'] }, { [b.id]: 'file', second: 'here' }, { added: 1, replaced: 1, skipped: 2 }],
    ['keep all, both flipped', { conflicts: 'keep', except: [b.id, 'second'] }, { [b.id]: 'file', second: 'file' }, { added: 1, replaced: 2, skipped: 1 }],
    // Negative: ids of records that are no conflict change nothing (a duplicate, a new record).
    ['keep all, a duplicate and a new record named', { conflicts: 'keep', except: ['same', 'fresh'] }, { [b.id]: 'here', second: 'here' }, { added: 1, replaced: 0, skipped: 3 }],
    ['take all, a duplicate and a new record named', { conflicts: 'replace', except: ['same', 'fresh'] }, { [b.id]: 'file', second: 'file' }, { added: 1, replaced: 2, skipped: 1 }],
  ])('%s', async (_name, choice, expected, counts) => {
    const { outcome } = await applyImport(db, backup, choice);
    expect(outcome).toEqual({ ...counts, settings: false });
    expect(await winners()).toEqual(expected);
    expect(await db.vacancies.count()).toBe(4);
  });

  it('keeps a record the log holds under another id when its row is flipped to keep, and replaces it when flipped to take', async () => {
    const separate = [{ ...withNotes(b, 'Op de laptop apart gevolgd', OCT_3), id: 'laptop-id' }];
    const kept = await applyImport(db, toBackup(separate, null, FIXED_NOW), { conflicts: 'replace', except: ['laptop-id'] });
    expect(kept.outcome).toMatchObject({ added: 0, replaced: 0, skipped: 1 });
    expect(await db.vacancies.get(b.id)).toBeDefined();
    expect(await db.vacancies.get('laptop-id')).toBeUndefined();

    const taken = await applyImport(db, toBackup(separate, null, FIXED_NOW), { conflicts: 'keep', except: ['laptop-id'] });
    expect(taken.outcome).toMatchObject({ added: 0, replaced: 1, skipped: 0 });
    // One address, one record: the one here gives way.
    expect(await db.vacancies.get(b.id)).toBeUndefined();
    expect((await db.vacancies.get('laptop-id'))?.notes).toBe('Op de laptop apart gevolgd');
  });

  it('never lets one row of the file overwrite or remove a record here that another row keeps', async () => {
    // The file holds the record here twice: once under its id at another address, once at its
    // address under another id. Keeping the one and taking the other would lose what was kept.
    const underId = { ...withNotes(b, 'Zelfde id', OCT_3), url: 'https://example.org/moved', sourceUrls: ['https://example.org/moved'] };
    const atAddress = { ...withNotes(b, 'Zelfde adres', OCT_3), id: 'laptop-id' };
    const crossed = toBackup([underId, atAddress], null, FIXED_NOW);
    for (const except of [['laptop-id'], [b.id]]) {
      const { outcome } = await applyImport(db, crossed, { conflicts: 'keep', except });
      expect(outcome).toMatchObject({ added: 0, replaced: 0, skipped: 2 });
      expect((await db.vacancies.get(b.id))?.notes).toBe('');
      expect(await db.vacancies.get('laptop-id')).toBeUndefined();
    }
    // Both taken: the record here gives way to the two of the file.
    const { outcome } = await applyImport(db, crossed, { conflicts: 'replace', except: [] });
    expect(outcome).toMatchObject({ added: 0, replaced: 2, skipped: 0 });
    expect((await db.vacancies.get(b.id))?.notes).toBe('Zelfde id');
    expect((await db.vacancies.get('laptop-id'))?.notes).toBe('Zelfde adres');
  });

  it('ignores a flipped row whose conflict is gone when the restore runs (the record here was deleted since the preview)', async () => {
    await db.vacancies.delete('second');
    const { outcome } = await applyImport(db, backup, { conflicts: 'keep', except: ['second'] });
    expect(outcome).toMatchObject({ added: 2, replaced: 0, skipped: 2 });
    expect((await db.vacancies.get('second'))?.notes).toBe('Tweede notitie');
  });

  const SETTINGS = { reminders: false, deadlineReminderDays: 9, reportName: 'Uit het bestand' };
  const MINE = { reminders: true, deadlineReminderDays: 2, reportName: 'Mijn naam' };
  // The file's settings follow the global choice, never a row's: a flipped row decides its record only.
  it.each<[string, ImportChoice, boolean, typeof SETTINGS]>([
    ['keep all', { conflicts: 'keep', except: [] }, false, MINE],
    ['keep all, every conflict flipped to the file', { conflicts: 'keep', except: [b.id, 'second'] }, false, MINE],
    ['take all', { conflicts: 'replace', except: [] }, true, SETTINGS],
    ['take all, every conflict flipped to keep', { conflicts: 'replace', except: [b.id, 'second'] }, true, SETTINGS],
  ])('settings, stored here: %s', async (_name, choice, taken, expected) => {
    await putSettings(db, MINE);
    const { outcome } = await applyImport(db, toBackup(file, SETTINGS, FIXED_NOW), choice);
    expect(outcome.settings).toBe(taken);
    expect(await getSettings(db)).toEqual(expected);
  });

  it('takes the file’s settings when none are stored here, whatever the choice', async () => {
    const { outcome } = await applyImport(db, toBackup(file, SETTINGS, FIXED_NOW), { conflicts: 'keep', except: [] });
    expect(outcome.settings).toBe(true);
    expect(await getSettings(db)).toEqual(SETTINGS);
  });

  it.each<[string, string[], string[]]>([
    ['none', [], []],
    ['all in the file', [b.id, 'second', 'same'], []],
    ['one not in the file', [b.id, 'nowhere'], ['nowhere']],
  ])('ids chosen that name no record of the file: %s', (_name, except, expected) => {
    expect(idsNotInFile(backup, except)).toEqual(expected);
  });

  it('names the id of the record here when a page sends it for a record the file holds under another id', () => {
    const separate = toBackup([{ ...b, id: 'laptop-id' }], null, FIXED_NOW);
    expect(idsNotInFile(separate, [b.id])).toEqual([b.id]);
    expect(idsNotInFile(separate, ['laptop-id'])).toEqual([]);
  });
});
