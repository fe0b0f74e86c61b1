import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { putVacancies } from '../../../src/db/vacancies';
import { putProofSettings } from '../../../src/db/proof-settings';
import { registerSidebarActivityHandlers } from '../../../src/messaging/sidebar-activity-handlers';
import type { SidebarActivityProtocolMap, sidebarActivityMessenger } from '../../../src/messaging/sidebar-activity-protocol';
import { DEFAULT_PROOF_SETTINGS } from '../../../src/model/proof-settings';
import type { ActivityInput } from '../../../src/model/activity';
import { translatorFor } from '../helpers';
import { vacancy } from '../log/activity-log';

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<any>;
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
// The sample vacancy (tests/fixtures/pages/wbdo-provincie-antwerpen-…): steps on 3, 5 and 11 February.
const V = vacancy('prov-antw', [['interested', '2026-01-20T09:30:00.000Z'], ['applied', '2026-01-28']], { via: 'portal' });
const OTHER = vacancy('gent-jurist', [['interested', '2026-02-02T10:00:00.000Z']]);
const tabAt = (url: string): Browser.runtime.MessageSender => ({ id: EXT_ID, tab: { id: 7, url } as Browser.tabs.Tab, frameId: 0, url });
const fromSidebar = tabAt(V.url);
// Saturday 7 February 2026, 10:00 in Brussels: the tests are over, the interview is ahead.
const NOW = new Date('2026-02-07T09:00:00Z');

let db: VacalensDb;
let handlers: Record<string, Handler>;
let changes = 0;
let ids = 0;
beforeEach(async () => {
  changes = 0;
  ids = 0;
  db = new VacalensDb(`test-${Math.random()}`);
  await putVacancies(db, [V, OTHER]);
  handlers = {};
  const fake = { onMessage: (type: string, fn: Handler) => ((handlers[type] = fn), () => {}) } as unknown as typeof sidebarActivityMessenger;
  registerSidebarActivityHandlers(fake, {
    db,
    now: () => NOW,
    newId: () => `a-${++ids}`,
    extensionId: EXT_ID,
    t: translatorFor('nl'),
    onProofChanged: () => changes++,
  });
});
afterEach(() => db.delete());
const call = (type: keyof SidebarActivityProtocolMap, data?: unknown, sender = fromSidebar) => handlers[type]!({ data, sender });

describe('the sidebar records activities for the vacancy of its page', () => {
  it('offers a prefilled activity and the selection steps whose day has come', async () => {
    await putProofSettings(db, { ...DEFAULT_PROOF_SETTINGS, preset: 'vdab' });
    const state = await call('vacancyJobSearch', { vacancyId: V.id });
    expect(state.preset).toBe('vdab');
    expect(state.draft).toMatchObject({
      date: '2026-02-07',
      // Applied already (the history says so): another kind of activity, not a second application.
      type: 'other',
      employer: 'Provincie Antwerpen',
      position: 'Communicatiemedewerker lokale besturen',
      municipality: 'Koningin Elisabethlei 22, 2018 Antwerpen',
      contact: 'Philip De Koninck, waarnemend diensthoofd lokale besturen',
      vacancyId: V.id,
    });
    expect(state.steps).toEqual([
      { index: 0, date: '2026-02-03', label: 'Eventuele redeneertest', type: 'test', attended: false },
      { index: 1, date: '2026-02-05', label: 'Eventuele redeneertest', type: 'test', attended: false },
    ]);
  });

  it('"I went" records the step once, as the log counts it; said again, the first stands', async () => {
    const first = await call('attendedStep', { vacancyId: V.id, eventIndex: 0 });
    expect(first).toMatchObject({ id: 'a-1', date: '2026-02-03', type: 'test', employer: 'Provincie Antwerpen', notes: 'Eventuele redeneertest', vacancyId: V.id });
    expect(await call('attendedStep', { vacancyId: V.id, eventIndex: 0 })).toEqual(first);
    expect(await db.activities.count()).toBe(1);
    const state = await call('vacancyJobSearch', { vacancyId: V.id });
    expect(state.steps.map((s: { attended: boolean }) => s.attended)).toEqual([true, false]);
    expect(changes).toBe(2);
  });

  it('refuses "I went" for a step still ahead, or one the vacancy does not have', async () => {
    await expect(call('attendedStep', { vacancyId: V.id, eventIndex: 2 })).rejects.toThrow(/not taken place/);
    await expect(call('attendedStep', { vacancyId: V.id, eventIndex: 9 })).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);
  });

  it('adds the activity the person typed, tied to the vacancy', async () => {
    const state = await call('vacancyJobSearch', { vacancyId: V.id });
    const input: ActivityInput = { ...state.draft, type: 'network-contact', result: 'Gebeld met de HR-dienst', how: 'phone' };
    expect(await call('addVacancyActivity', input)).toMatchObject({ id: 'a-1', type: 'network-contact', result: 'Gebeld met de HR-dienst', vacancyId: V.id });
    expect(changes).toBe(1);
  });

  it.each([
    ['an activity without its vacancy', (input: ActivityInput) => ({ ...input, vacancyId: null })],
    ['an activity for another vacancy than the page', (input: ActivityInput) => ({ ...input, vacancyId: OTHER.id })],
    ['a field an activity does not have', (input: ActivityInput) => ({ ...input, html: '<img onerror>' })],
  ])('refuses %s', async (_, change) => {
    const { draft } = await call('vacancyJobSearch', { vacancyId: V.id });
    await expect(call('addVacancyActivity', change(draft))).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);
  });

  it.each([
    ['a tab at another address', tabAt('https://www.werkenbijdeoverheid.be/vacature/andere/V.html')],
    ['a page of the extension', { id: EXT_ID, url: `${ORIGIN}log.html` }],
    ['another extension', { id: 'other', tab: { id: 7 } as Browser.tabs.Tab, url: V.url }],
    ['a sender without a tab', { id: EXT_ID, url: V.url }],
  ] as const)('refuses every message from %s', async (_, sender) => {
    const draft = { ...(await call('vacancyJobSearch', { vacancyId: V.id })).draft };
    for (const [type, data] of [
      ['vacancyJobSearch', { vacancyId: V.id }],
      ['addVacancyActivity', draft],
      ['attendedStep', { vacancyId: V.id, eventIndex: 0 }],
    ] as const) {
      await expect(call(type, data, sender as Browser.runtime.MessageSender), type).rejects.toThrow(/Refused/);
    }
    expect(await db.activities.count()).toBe(0);
  });
});
