import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { registerHandlers, type BackgroundDeps } from '../../../src/messaging/handlers';
import type { messenger, ProtocolMap } from '../../../src/messaging/protocol';
import type { TrackedSummary, TrackedVacancy } from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<unknown>;

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const PAGE_URL = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
const MIRROR_URL = 'https://www.vdab.be/vacatures/123';
const fromTab: Browser.runtime.MessageSender = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: PAGE_URL };
const fromLog: Browser.runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}log.html` };

let db: VacalensDb;
let handlers: Record<string, Handler>;
let announced: TrackedSummary[][];
let settingsChanged: number;

beforeEach(() => {
  db = new VacalensDb(`test-${Math.random()}`);
  handlers = {};
  announced = [];
  settingsChanged = 0;
  const fakeMessenger = {
    onMessage: (type: keyof ProtocolMap, fn: Handler) => {
      handlers[type] = fn;
      return () => {};
    },
  } as unknown as typeof messenger;
  let n = 0;
  const deps: BackgroundDeps = {
    db,
    now: () => FIXED_NOW,
    newId: () => `id-${++n}`,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    t: translatorFor('en'),
    onChanged: (c) => announced.push(c),
    onSettingsChanged: () => settingsChanged++,
  };
  registerHandlers(fakeMessenger, deps);
});
afterEach(async () => {
  await db.delete();
});

const call = (type: keyof ProtocolMap, data: unknown, sender: Browser.runtime.MessageSender) => handlers[type]!({ data, sender });
const track = async () =>
  (await call('trackVacancy', { url: PAGE_URL, facts: { ...seedFacts(), url: PAGE_URL }, snapshotText: 'tekst' }, fromTab)) as TrackedSummary;

describe('tracking messages', () => {
  it('a possible duplicate comes back as candidates; the chosen answer is then applied', async () => {
    const first = await track();
    const mirror = { url: MIRROR_URL, facts: { ...seedFacts(), url: MIRROR_URL }, snapshotText: '' };
    expect(await call('trackVacancy', mirror, fromTab)).toEqual({
      status: 'duplicate-candidates',
      matches: [{ vacancy: first, reasons: ['title-organisation'] }],
    });
    const merged = (await call('trackVacancy', { ...mirror, onDuplicate: 'add-source', matchId: first.id }, fromTab)) as TrackedSummary;
    expect(merged.id).toBe(first.id);
    expect((await call('trackedByUrl', MIRROR_URL, fromTab)) as TrackedSummary).toMatchObject({ id: first.id });
    await expect(call('trackVacancy', { ...mirror, onDuplicate: 'add-source' }, fromTab)).rejects.toThrow(/matchId/);
    expect(announced.map((c) => c.map((s) => s.id))).toEqual([[first.id], [first.id]]);
  });

  it('setStatus with a corrected date, setHistoryDate, setNotes, setApplied, setCorrection, getVacancy', async () => {
    const { id } = await track();
    expect(await call('setStatus', { id, status: 'applied', at: '2026-01-18' }, fromTab)).toMatchObject({ status: 'applied', applied: { date: '2026-01-18' } });
    await call('setHistoryDate', { id, index: 0, at: '2026-01-15' }, fromLog);
    await call('setNotes', { id, notes: 'Gebeld met Birgit' }, fromLog);
    await call('setApplied', { id, applied: { date: '2026-01-18', via: 'email' } }, fromLog);
    expect(await call('setCorrection', { id, field: 'deadline', value: '2026-02-15' }, fromTab)).toMatchObject({ deadline: '2026-02-15' });
    const record = await call('getVacancy', id, fromLog);
    expect(record).toMatchObject({
      history: [
        { status: 'interested', at: '2026-01-15', recordedAt: FIXED_NOW.toISOString() },
        { status: 'applied', at: '2026-01-18', recordedAt: FIXED_NOW.toISOString() },
      ],
      notes: 'Gebeld met Birgit',
      applied: { date: '2026-01-18', via: 'email' },
      corrections: { deadline: '2026-02-15' },
      facts: { deadline: '2026-02-01' },
    });
    expect(record).not.toHaveProperty('matchKeys');
    expect(await call('getVacancy', 'nope', fromLog)).toBeNull();
    expect(announced).toHaveLength(6);
  });

  it.each([
    ['setStatus', { id: 'x', status: 'applied', at: '18/01/2026' }],
    ['setHistoryDate', { id: 'x', index: -1, at: '2026-01-15' }],
    ['setNotes', { id: 'x', notes: 'x'.repeat(20_001) }],
    ['setApplied', { id: 'x', applied: { date: '2026-01-18', via: 'pigeon' } }],
    ['setCorrection', { id: 'x', field: 'deadline', value: 'soon' }],
    ['setCorrection', { id: 'x', field: 'snapshot', value: 'x' }],
    ['setSettings', { reminders: true, deadlineReminderDays: 0, reportName: '' }],
  ] as const)('%s refuses %j and writes nothing', async (type, data) => {
    const { id } = await track();
    const before = await db.vacancies.get(id);
    await expect(call(type, 'id' in data ? { ...data, id } : data, fromLog)).rejects.toThrow();
    expect(await db.vacancies.get(id)).toEqual(before);
  });

  it.each([
    ['setNotes', { id: 'x', notes: '' }],
    ['setApplied', { id: 'x', applied: null }],
    ['setHistoryDate', { id: 'x', index: 0, at: '2026-01-15' }],
    ['getSettings', undefined],
    ['setSettings', { reminders: false, deadlineReminderDays: 3, reportName: '' }],
  ] as const)('a tab may not %s', async (type, data) => {
    await expect(call(type, data, fromTab)).rejects.toThrow(/Refused/);
  });

  it('setCorrection with notStated leaves a wrong salary out, whatever value comes with it; null takes it back', async () => {
    const { id } = await track();
    await call('setCorrection', { id, field: 'salary', value: { min: 'ignored' }, notStated: true }, fromTab);
    expect(((await call('getVacancy', id, fromTab)) as TrackedVacancy).corrections).toEqual({ salary: null });
    await call('setCorrection', { id, field: 'salary', value: null }, fromTab);
    expect(((await call('getVacancy', id, fromTab)) as TrackedVacancy).corrections).toEqual({});
    await expect(call('setCorrection', { id, field: 'salary', value: null, notStated: 'yes' }, fromTab)).rejects.toThrow();
  });

  it('lets a tab read the vacancy tracked at its own address, and no other', async () => {
    const { id } = await track();
    const record = await call('getVacancy', id, fromTab);
    expect(record).toMatchObject({ id });
    await expect(call('getVacancy', id, { ...fromTab, url: 'https://www.werkenbijdeoverheid.be/other.html' })).rejects.toThrow(
      /Refused/,
    );
  });

  it('lets a tab read it after a single-page move to its address, known by the browser for the top frame only', async () => {
    const { id } = await track();
    // Chromium keeps sender.url at the address the document was loaded at; tab.url follows pushState.
    const loadedAt = 'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/antwerpen';
    const movedHere = { ...fromTab, url: loadedAt, tab: { id: 7, url: PAGE_URL } as Browser.tabs.Tab };
    expect(await call('getVacancy', id, movedHere)).toMatchObject({ id });
    // A frame inside the tab is known by its own address only, not the tab's.
    await expect(call('getVacancy', id, { ...movedHere, frameId: 3 })).rejects.toThrow(/Refused/);
    await expect(call('getVacancy', id, { ...movedHere, tab: { id: 7, url: loadedAt } as Browser.tabs.Tab })).rejects.toThrow(/Refused/);
  });

  it('settings round-trip and re-plan the reminders', async () => {
    expect(await call('getSettings', undefined, fromLog)).toEqual({ reminders: true, deadlineReminderDays: 3, reportName: '' });
    await call('setSettings', { reminders: false, deadlineReminderDays: 5, reportName: '' }, fromLog);
    expect(await call('getSettings', undefined, fromLog)).toEqual({ reminders: false, deadlineReminderDays: 5, reportName: '' });
    expect(settingsChanged).toBe(1);
  });
});
