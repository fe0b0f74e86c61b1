import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { putVacancies } from '../../../src/db/vacancies';
import { registerHandlers, type BackgroundDeps } from '../../../src/messaging/handlers';
import type { messenger, ProtocolMap } from '../../../src/messaging/protocol';
import { generateVacancies } from '../db/generate';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<unknown>;

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const PAGE_URL = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
const fromTab: Browser.runtime.MessageSender = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: PAGE_URL };
const fromPopup: Browser.runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}popup.html` };
const fromOtherExtension: Browser.runtime.MessageSender = { id: 'x'.repeat(32), url: 'chrome-extension://x/popup.html' };

let db: VacalensDb;
let handlers: Record<string, Handler>;

beforeEach(() => {
  db = new VacalensDb(`test-${Math.random()}`);
  handlers = {};
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
  };
  registerHandlers(fakeMessenger, deps);
});
afterEach(async () => {
  await db.delete();
});

const call = (type: keyof ProtocolMap, data: unknown, sender: Browser.runtime.MessageSender) =>
  handlers[type]!({ data, sender });

describe('background handlers', () => {
  it('tracks a valid vacancy from a tab and lists it for the popup', async () => {
    const summary = await call('trackVacancy', { url: PAGE_URL, facts: seedFacts(), snapshotText: 'tekst' }, fromTab);
    expect(summary).toMatchObject({ title: 'Communicatiemedewerker lokale besturen', status: 'interested' });
    expect(await call('listTracked', undefined, fromPopup)).toMatchObject({ rows: [summary], total: 1 });
    expect(await call('listTracked', { today: '2026-01-20', limit: 1 }, fromPopup)).toMatchObject({ rows: [summary], total: 1 });
    expect(await call('trackedByUrl', PAGE_URL, fromTab)).toMatchObject({ url: PAGE_URL });
  });

  it.each([
    ['a javascript: address', { url: 'javascript:alert(1)', facts: seedFacts(), snapshotText: '' }],
    ['facts of the wrong shape', { url: PAGE_URL, facts: { title: 3 }, snapshotText: '' }],
    ['a phone that is not E.164', { url: PAGE_URL, facts: { ...seedFacts(), contacts: [{ name: 'x', role: null, phone: '<img>', email: null }] }, snapshotText: '' }],
    ['an oversized snapshot', { url: PAGE_URL, facts: seedFacts(), snapshotText: 'x'.repeat(400_000) }],
    ['no data at all', undefined],
  ])('refuses %s and writes nothing', async (_name, data) => {
    await expect(call('trackVacancy', data, fromTab)).rejects.toThrow();
    expect(await db.vacancies.count()).toBe(0);
  });

  it.each([
    ['another extension', 'trackVacancy', fromOtherExtension],
    ['an extension page asking as a tab', 'trackVacancy', fromPopup],
    ['a tab asking for the whole log', 'listTracked', fromTab],
  ] as const)('refuses %s', async (_name, type, sender) => {
    const data = type === 'trackVacancy' ? { url: PAGE_URL, facts: seedFacts(), snapshotText: '' } : undefined;
    await expect(call(type, data, sender)).rejects.toThrow(/Refused/);
    expect(await db.vacancies.count()).toBe(0);
  });

  it.each([
    ['the whole log: every row, their number', undefined, 3, 3],
    ['a page smaller than the log: its rows, the log counted', { today: '2026-01-20', limit: 2 }, 2, 3],
    ['a page larger than the log: every row, their number', { today: '2026-01-20', limit: 50 }, 3, 3],
  ])('lists %s', async (_name, data, rows, total) => {
    await putVacancies(db, generateVacancies(3, FIXED_NOW, 10));
    const page = (await call('listTracked', data, fromPopup)) as { rows: unknown[]; total: number };
    expect([page.rows.length, page.total]).toEqual([rows, total]);
  });

  it.each([
    ['a page without a day', { limit: 50 }],
    ['a day that is not YYYY-MM-DD', { today: '20/01/2026', limit: 50 }],
    ['no rows', { today: '2026-01-20', limit: 0 }],
    ['a page of a million', { today: '2026-01-20', limit: 1_000_000 }],
    ['a fractional limit', { today: '2026-01-20', limit: 2.5 }],
  ])('refuses a list request for %s', async (_name, data) => {
    await expect(call('listTracked', data, fromPopup)).rejects.toThrow();
  });

  // The popup's CSV is the log page's, built in the page (tests/unit/log/export-file.test.ts).
  it('changes a status for the popup', async () => {
    const { id } = (await call('trackVacancy', { url: PAGE_URL, facts: seedFacts(), snapshotText: '' }, fromTab)) as { id: string };
    expect(await call('setStatus', { id, status: 'applied' }, fromPopup)).toMatchObject({ status: 'applied' });
    await expect(call('setStatus', { id, status: 'bribed' }, fromPopup)).rejects.toThrow();
  });
});
