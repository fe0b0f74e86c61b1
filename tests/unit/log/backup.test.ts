import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { scratchDbs } from '../scratch-dbs';
import { VacalensDb } from '../../../src/db/database';
import { getSettings, listAll, listSummaries, putVacancies } from '../../../src/db/vacancies';
import { DEFAULT_SETTINGS } from '../../../src/model/settings';
import { BACKUP_FORMAT_VERSION, backupJson, toBackup } from '../../../src/log/backup';
import { MAX_IMPORT_BYTES, classify, parseBackup } from '../../../src/log/import';
import { applyImport } from '../../../src/messaging/log-handlers';
import { withCorrection, type TrackedVacancy } from '../../../src/model/tracked';
import { FIXED_NOW } from '../helpers';
import { generateLog } from './generate';
import { listActivities } from '../../../src/db/activities';
import { getProofSettings, putProofSettings } from '../../../src/db/proof-settings';
import type { Activity } from '../../../src/model/activity';
import { DEFAULT_PROOF_SETTINGS, type ProofSettings } from '../../../src/model/proof-settings';

const byId = (a: TrackedVacancy, b: TrackedVacancy) => a.id.localeCompare(b.id);
const V0 = readFileSync('tests/unit/log/fixtures/backup-v0.json', 'utf8');

const openDb = scratchDbs();

function parsed(text: string) {
  const result = parseBackup(text, FIXED_NOW);
  if (!result.ok) throw new Error(`expected a valid file: ${result.error.code} ${result.error.details.join('; ')}`);
  return result;
}

describe('backup and restore', () => {
  it('round-trips a generated log of 400 vacancies into an empty profile, field for field', async () => {
    const source = openDb();
    const log = generateLog(400);
    await putVacancies(source, log);
    const text = backupJson(toBackup(await listAll(source), { reminders: false, deadlineReminderDays: 7, reportName: 'An Peeters' }, FIXED_NOW));

    const target = openDb();
    const { outcome } = await applyImport(target, parsed(text).backup, { conflicts: 'keep', except: [] });

    expect(outcome).toEqual({ added: 400, replaced: 0, skipped: 0, settings: true });
    expect((await listAll(target)).sort(byId)).toEqual([...log].sort(byId));
    expect(await listSummaries(target)).toEqual(await listSummaries(source));
    expect(await getSettings(target)).toEqual({ reminders: false, deadlineReminderDays: 7, reportName: 'An Peeters' });
  });

  it('writes the format version, the app and the export time', () => {
    const backup = JSON.parse(backupJson(toBackup(generateLog(2), null, FIXED_NOW)));
    expect(backup).toMatchObject({ formatVersion: BACKUP_FORMAT_VERSION, app: 'vacalens', exportedAt: FIXED_NOW.toISOString() });
    expect(backup.vacancies).toHaveLength(2);
  });

  it('restores the settings of a file made before the name on the proof was a setting, the name empty', async () => {
    const older = JSON.parse(backupJson(toBackup(generateLog(2), { reminders: false, deadlineReminderDays: 5, reportName: 'x' }, FIXED_NOW)));
    delete older.settings.reportName;
    const target = openDb();
    await applyImport(target, parsed(JSON.stringify(older)).backup, { conflicts: 'keep', except: [] });
    expect(await getSettings(target)).toEqual({ reminders: false, deadlineReminderDays: 5, reportName: '' });
  });

  it('upgrades a version 0 file (a bare array of records) and restores it', async () => {
    const result = parsed(V0);
    expect(result.upgradedFrom).toBe(0);
    expect(result.backup.exportedAt).toBe(FIXED_NOW.toISOString());
    const db = openDb();
    await applyImport(db, result.backup, { conflicts: 'keep', except: [] });
    const [first] = (await listAll(db)).sort(byId);
    // The database's own version-1 → 2 upgrade: the application date from the history, how unknown.
    expect(first).toMatchObject({
      status: 'applied',
      applied: { date: '2026-01-22', via: null },
      sourceUrls: [first!.url],
      corrections: {},
      notes: 'Motivatiebrief gestuurd.',
      facts: { deadline: '2026-02-01' },
    });
    expect(first!.history[1]).toEqual({ status: 'applied', at: '2026-01-22T14:00:00.000Z', recordedAt: '2026-01-22T14:00:00.000Z', by: 'user' });
    expect(result.backup.settings).toBeNull();
  });
});

describe('job-search activities and proof settings in the backup (format 2)', () => {
  const activity = (id: string, employer: string): Activity => ({
    id,
    date: '2026-02-03',
    type: 'open-application',
    employer,
    position: 'Administratief medewerker',
    address: 'Markt 1, 2000 Antwerpen',
    municipality: 'Antwerpen',
    contact: 'An Peeters',
    phone: '03 123 45 67',
    how: 'email',
    result: 'Geen antwoord',
    minutes: 45,
    notes: '',
    vacancyId: null,
    createdAt: '2026-02-03T10:00:00.000Z',
    updatedAt: '2026-02-03T10:00:00.000Z',
  });
  const proof: ProofSettings = { ...DEFAULT_PROOF_SETTINGS, preset: 'uwv', start: '2026-01-05', clientNumber: '123456789' };

  it('round-trips the activities and the proof settings into an empty profile', async () => {
    const source = openDb();
    await source.activities.bulkPut([activity('a1', 'Gemeente Utrecht'), activity('a2', 'Provincie Utrecht')]);
    const text = backupJson(toBackup([], null, FIXED_NOW, await listActivities(source), proof));
    const target = openDb();
    await applyImport(target, parsed(text).backup, { conflicts: 'keep', except: [] });
    expect((await listActivities(target)).map((a) => a.employer).sort()).toEqual(['Gemeente Utrecht', 'Provincie Utrecht']);
    expect(await getProofSettings(target)).toEqual(proof);
  });

  it("keeps an activity and the proof settings here unless the file's side is chosen", async () => {
    const file = backupJson(toBackup([], null, FIXED_NOW, [activity('a1', 'Uit het bestand')], proof));
    const target = openDb();
    await target.activities.put(activity('a1', 'Hier'));
    await putProofSettings(target, { ...proof, clientNumber: '999' });
    await applyImport(target, parsed(file).backup, { conflicts: 'keep', except: [] });
    expect((await listActivities(target)).map((a) => a.employer)).toEqual(['Hier']);
    expect((await getProofSettings(target)).clientNumber).toBe('999');
    await applyImport(target, parsed(file).backup, { conflicts: 'replace', except: [] });
    expect((await listActivities(target)).map((a) => a.employer)).toEqual(['Uit het bestand']);
    expect((await getProofSettings(target)).clientNumber).toBe('123456789');
  });

  it('restores a format 1 file unchanged: no activities, the proof settings left as they are', async () => {
    const v1 = JSON.parse(backupJson(toBackup(generateLog(3), null, FIXED_NOW)));
    v1.formatVersion = 1;
    delete v1.activities;
    delete v1.proof;
    const target = openDb();
    const { outcome } = await applyImport(target, parsed(JSON.stringify(v1)).backup, { conflicts: 'keep', except: [] });
    expect(outcome.added).toBe(3);
    expect(await listActivities(target)).toEqual([]);
    expect(await getProofSettings(target)).toEqual(DEFAULT_PROOF_SETTINGS);
  });

  it('refuses an activity with a field of the wrong kind, naming it', () => {
    const bad = JSON.parse(backupJson(toBackup([], null, FIXED_NOW, [activity('a1', 'X')], null)));
    bad.activities[0].minutes = 'lang';
    const result = parseBackup(JSON.stringify(bad), FIXED_NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details.join('\n')).toMatch(/^activities\[0\]\.minutes: /m);
  });
});

describe('hostile and broken files', () => {
  const valid = () => JSON.parse(backupJson(toBackup(generateLog(3, 7), DEFAULT_SETTINGS, FIXED_NOW)));
  const withChange = (change: (file: any) => void) => {
    const file = valid();
    change(file);
    return JSON.stringify(file);
  };

  it.each([
    ['truncated JSON', () => backupJson(toBackup(generateLog(3), null, FIXED_NOW)).slice(0, 500), 'notJson', /JSON/],
    ['an empty file', () => '', 'notJson', /JSON/],
    ["the log's own CSV export", () => '\uFEFFGevolgd op;Gesolliciteerd op;Hoe;Organisatie\r\n2026-03-01;2026-03-10;;Vlaamse overheid\r\n', 'csv', /JSON/],
    ['a CSV with commas', () => 'title,organisation\nJurist,Stad Gent\n', 'csv', /JSON/],
    ['JSON that is not a backup', () => '{"hello":"world"}', 'notBackup', null],
    ['another application\'s file', () => withChange((f) => (f.app = 'huntr')), 'notBackup', null],
    ['a number', () => '42', 'notBackup', null],
    ['a newer format version', () => withChange((f) => (f.formatVersion = 3)), 'newerVersion', /formatVersion: 3/],
    ['a version that is a string', () => withChange((f) => (f.formatVersion = '1')), 'unknownVersion', /formatVersion: "1"/],
    ['a deadline that is not a date', () => withChange((f) => (f.vacancies[1].facts.deadline = '1 februari')), 'invalid', /^vacancies\[1\]\.facts\.deadline: expected an ISO date$/],
    ['a number where text belongs', () => withChange((f) => (f.vacancies[2].notes = 12)), 'invalid', /^vacancies\[2\]\.notes: .*expected string/],
    ['an unknown status', () => withChange((f) => (f.vacancies[0].status = 'ghosted')), 'invalid', /^vacancies\[0\]\.status: /],
    ['a record without history', () => withChange((f) => (f.vacancies[0].history = [])), 'invalid', /^vacancies\[0\]\.history: /],
    ['a javascript: address', () => withChange((f) => (f.vacancies[0].url = 'javascript:alert(1)')), 'invalid', /^vacancies\[0\]\.url: expected an http\(s\) address$/],
    ['HTML in a phone number', () => withChange((f) => (f.vacancies[0].facts.contacts = [{ name: null, role: null, phone: '<img src=x onerror=alert(1)>', email: null }])), 'invalid', /^vacancies\[0\]\.facts\.contacts\[0\]\.phone: expected an E\.164 phone number$/],
    ['vacancies that are not a list', () => withChange((f) => (f.vacancies = {})), 'invalid', /^vacancies: /],
    ['duplicate ids', () => withChange((f) => (f.vacancies[2].id = f.vacancies[0].id)), 'duplicates', /^vacancies\[2\]\.id: "gen-0" also at vacancies\[0\]$/],
    ['one address twice', () => withChange((f) => (f.vacancies[1].url = f.vacancies[0].url)), 'duplicates', /^vacancies\[1\]\.url: .* also at vacancies\[0\]$/],
  ])('%s: refused with a clear message, the database unchanged', async (_name, make, code, detail) => {
    const db = openDb();
    const before = generateLog(5, 3);
    await putVacancies(db, before);
    const result = parseBackup(make(), FIXED_NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (detail) expect(result.error.details.some((d) => detail.test(d)), result.error.details.join('\n')).toBe(true);
    expect((await listAll(db)).sort(byId)).toEqual(before.sort(byId));
  });

  it.each([
    ['one byte over the limit', '[' + ' '.repeat(MAX_IMPORT_BYTES - 1) + ']', MAX_IMPORT_BYTES + 1],
    ['a hostile 50 MB file', '[' + ' '.repeat(50_000_000 - 2) + ']', 50_000_000],
    // A third of the limit in characters, each three bytes in UTF-8: over the limit in bytes only.
    ['a file over the limit only in UTF-8 bytes', '["' + '€'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3)) + '"]', Math.ceil(MAX_IMPORT_BYTES / 3) * 3 + 4],
  ])('refuses %s before parsing it, and says how big it is', (_name, text, bytes) => {
    const result = parseBackup(text, FIXED_NOW);
    expect(result).toEqual({ ok: false, error: { code: 'tooLarge', details: [`${bytes} bytes; at most ${MAX_IMPORT_BYTES}`] } });
  });

  it('reads a file just under the limit (a log of 10,000 with full snapshots is about 27 MB)', () => {
    expect(MAX_IMPORT_BYTES).toBeGreaterThanOrEqual(30_000_000);
    const result = parseBackup('[' + ' '.repeat(MAX_IMPORT_BYTES - 2) + ']', FIXED_NOW);
    expect(result).toMatchObject({ ok: true, upgradedFrom: 0 });
  });

  it('lists at most 20 problems and says how many more there are', () => {
    const text = withChange((f) => f.vacancies.forEach((v: any) => ((v.status = 1), (v.notes = 2), (v.trackedAt = 3), (v.updatedAt = 4), (v.url = 5), (v.history = 6), (v.snapshot = 7), (v.facts = 8))));
    const result = parseBackup(text, FIXED_NOW);
    expect(result.ok ? [] : result.error.details).toHaveLength(21);
    expect(result.ok ? '' : result.error.details[20]).toBe('… 4 more');
  });

  it('keeps HTML and formulas in free text as plain data', () => {
    const text = withChange((f) => {
      f.vacancies[0].facts.title = '<script>alert(1)</script>';
      f.vacancies[0].notes = '=HYPERLINK("http://evil.example")';
    });
    const { backup } = parsed(text);
    expect(backup.vacancies[0]).toMatchObject({ notes: '=HYPERLINK("http://evil.example")', facts: { title: '<script>alert(1)</script>' } });
  });
});

describe('preview and apply', () => {
  let db: VacalensDb;
  let current: TrackedVacancy[];
  beforeEach(async () => {
    db = openDb();
    current = generateLog(3);
    await putVacancies(db, current);
  });

  const incoming = (): TrackedVacancy[] => {
    const [same, changed, moved] = generateLog(3);
    const [fresh] = generateLog(1, 99).map((r) => ({ ...r, id: 'fresh', url: 'https://example.org/fresh', sourceUrls: ['https://example.org/fresh'] }));
    return [same!, { ...changed!, notes: 'Gebeld op 3 februari' }, { ...moved!, id: 'other-id' }, fresh!];
  };

  it('classifies each record as new, duplicate or conflicting (same id, or same address)', () => {
    expect(classify(incoming(), current).map((r) => [r.id, r.kind, r.existingId])).toEqual([
      ['gen-0', 'duplicate', undefined],
      ['gen-1', 'conflicting', 'gen-1'],
      ['other-id', 'conflicting', 'gen-2'],
      ['fresh', 'new', undefined],
    ]);
  });

  it('names each record in the preview as the log shows it: with the title and organisation the user corrected', () => {
    const [record] = incoming();
    const corrected = withCorrection(withCorrection(record!, 'title', 'Jurist (gecorrigeerd)', FIXED_NOW), 'organisation', 'Provincie Antwerpen', FIXED_NOW);
    expect(classify([corrected, record!], current).map((r) => [r.title, r.organisation])).toEqual([
      ['Jurist (gecorrigeerd)', 'Provincie Antwerpen'],
      [record!.facts.title, record!.facts.organisation],
    ]);
  });

  it('keeps the records already here when asked to', async () => {
    const { outcome } = await applyImport(db, toBackup(incoming(), null, FIXED_NOW), { conflicts: 'keep', except: [] });
    expect(outcome).toEqual({ added: 1, replaced: 0, skipped: 3, settings: false });
    expect((await db.vacancies.get('gen-1'))?.notes).toBe(current[1]!.notes);
    expect(await db.vacancies.count()).toBe(4);
  });

  it("takes the file's records when asked to, one record per address", async () => {
    const { outcome, written } = await applyImport(db, toBackup(incoming(), null, FIXED_NOW), { conflicts: 'replace', except: [] });
    expect(outcome).toEqual({ added: 1, replaced: 2, skipped: 1, settings: false });
    expect(written.map((r) => r.id)).toEqual(['gen-1', 'other-id', 'fresh']);
    expect((await db.vacancies.get('gen-1'))?.notes).toBe('Gebeld op 3 februari');
    expect(await db.vacancies.get('gen-2')).toBeUndefined();
    expect(await db.vacancies.get('other-id')).toBeDefined();
    expect(await db.vacancies.count()).toBe(4);
  });

  it('is all or nothing: a write failing half-way leaves the database as it was', async () => {
    let writes = 0;
    db.vacancies.hook('creating', () => {
      if (++writes === 50) throw new Error('disk full');
    });
    const file = toBackup(generateLog(100, 5).map((r) => ({ ...r, id: `b-${r.id}`, url: `${r.url}?b`, sourceUrls: [`${r.url}?b`] })), null, FIXED_NOW);
    await expect(applyImport(db, file, { conflicts: 'replace', except: [] })).rejects.toThrow('disk full');
    expect((await listAll(db)).sort(byId)).toEqual(current.sort(byId));
  });
});
