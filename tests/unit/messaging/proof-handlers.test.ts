import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { getSettings, putVacancies } from '../../../src/db/vacancies';
import { registerProofHandlers } from '../../../src/messaging/proof-handlers';
import type { ProofProtocolMap, proofMessenger } from '../../../src/messaging/proof-protocol';
import { DEFAULT_PROOF_SETTINGS } from '../../../src/model/proof-settings';
import { emptyActivityInput } from '../../../src/model/activity';
import { translatorFor } from '../helpers';
import { februaryLog } from '../log/activity-log';

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<any>;
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const fromPage: Browser.runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}log.html` };
const fromTab: Browser.runtime.MessageSender = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, url: 'https://www.werkenbijdeoverheid.be/' };
const fromOtherExtension: Browser.runtime.MessageSender = { id: 'other', url: 'chrome-extension://other/x.html' };
// Wednesday 25 February 2026, 10:00 in Brussels.
const NOW = new Date('2026-02-25T09:00:00Z');

let db: VacalensDb;
let handlers: Record<string, Handler>;
let changes = 0;
let ids = 0;
beforeEach(async () => {
  changes = 0;
  db = new VacalensDb(`test-${Math.random()}`);
  handlers = {};
  const fake = { onMessage: (type: string, fn: Handler) => ((handlers[type] = fn), () => {}) } as unknown as typeof proofMessenger;
  registerProofHandlers(fake, {
    db,
    now: () => NOW,
    newId: () => `a-${++ids}`,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    t: translatorFor('nl'),
    onProofChanged: () => changes++,
  });
});
afterEach(() => db.delete());
const call = (type: keyof ProofProtocolMap, data?: unknown, sender = fromPage) => handlers[type]!({ data, sender });

describe('proof handlers', () => {
  it('keep the proof settings under a key of their own, beside the reminder settings', async () => {
    expect(await call('getProofSettings')).toEqual(DEFAULT_PROOF_SETTINGS);
    const mine = { ...DEFAULT_PROOF_SETTINGS, preset: 'uwv', start: '2026-02-02', clientNumber: 'K 123', address: 'Dorpsstraat 1, Utrecht' };
    expect(await call('setProofSettings', mine)).toEqual(mine);
    expect(await call('getProofSettings')).toEqual(mine);
    expect(await getSettings(db)).toMatchObject({ reminders: true, reportName: '' });
    expect(changes).toBe(1);
  });

  it.each([
    ['an unknown service', { ...DEFAULT_PROOF_SETTINGS, preset: 'ocmw' }],
    ['a date that is no day', { ...DEFAULT_PROOF_SETTINGS, start: '2/2/2026' }],
    ['a field the settings do not have', { ...DEFAULT_PROOF_SETTINGS, script: '<img onerror>' }],
    ['too many warning days', { ...DEFAULT_PROOF_SETTINGS, remindDaysBefore: 60 }],
  ])('refuse settings with %s and keep what was stored', async (_, bad) => {
    await expect(call('setProofSettings', bad)).rejects.toThrow();
    expect(await call('getProofSettings')).toEqual(DEFAULT_PROOF_SETTINGS);
    expect(changes).toBe(0);
  });

  it.each([
    ['a tab, even of this extension', fromTab],
    ['another extension', fromOtherExtension],
  ])('refuse every message from %s', async (_, sender) => {
    const input = { ...emptyActivityInput('2026-02-10', 'job-fair'), employer: 'Jobbeurs Gent' };
    for (const [type, data] of [
      ['getProofSettings', undefined],
      ['setProofSettings', DEFAULT_PROOF_SETTINGS],
      ['addActivity', input],
      ['listJobSearch', { from: '2026-02-01', to: '2026-02-28' }],
      ['proofMeter', undefined],
      ['proofBuild', { from: '2026-02-01', to: '2026-02-28', locale: 'nl' }],
    ] as const) {
      await expect(call(type, data, sender), type).rejects.toThrow(/Refused/);
    }
    expect(await db.activities.count()).toBe(0);
  });

  it('add, change and delete an activity; an edit made on an older version is refused in words', async () => {
    const added = await call('addActivity', { ...emptyActivityInput('2026-02-10', 'job-fair'), employer: '  Jobbeurs Gent ', position: '' });
    expect(added).toMatchObject({ id: 'a-1', employer: 'Jobbeurs Gent', position: null });
    const { id, createdAt, updatedAt, ...input } = added;
    const changed = await call('updateActivity', { id, changes: { ...input, result: 'Twee contacten' }, seenUpdatedAt: updatedAt });
    expect(changed.result).toBe('Twee contacten');
    // The same edit on the version first seen: someone changed it since.
    await expect(call('updateActivity', { id, changes: input, seenUpdatedAt: '2026-01-01T00:00:00.000Z' })).rejects.toThrow(
      'Deze activiteit werd intussen elders gewijzigd',
    );
    await call('deleteActivity', { id });
    expect(await db.activities.count()).toBe(0);
    expect(changes).toBe(3);
  });

  it('refuse an activity with a field it does not have, or an unknown type', async () => {
    await expect(call('addActivity', { ...emptyActivityInput('2026-02-10'), html: '<b>' })).rejects.toThrow();
    await expect(call('addActivity', { ...emptyActivityInput('2026-02-10'), type: 'lottery' })).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);
  });

  it('list the period’s entries, hand-made and from tracked vacancies, and the meter and the proof under the chosen service', async () => {
    const { vacancies, activities } = februaryLog();
    await putVacancies(db, vacancies);
    await db.activities.bulkAdd(activities);
    const { entries, activities: mine } = await call('listJobSearch', { from: '2026-02-01', to: '2026-02-28' });
    expect(entries.some((e: { source: string }) => e.source === 'vacancy')).toBe(true);
    expect(mine.every((a: { date: string }) => a.date >= '2026-02-01' && a.date <= '2026-02-28')).toBe(true);

    expect(await call('proofMeter')).toEqual({ kind: 'none' });
    await call('setProofSettings', { ...DEFAULT_PROOF_SETTINGS, preset: 'uwv' });
    expect(await call('proofMeter')).toEqual({ kind: 'needs-start', preset: 'uwv' });
    await call('setProofSettings', { ...DEFAULT_PROOF_SETTINGS, preset: 'uwv', start: '2026-02-02' });
    const meter = await call('proofMeter');
    expect(meter).toMatchObject({ kind: 'meter', preset: 'uwv', meter: { period: { from: '2026-02-02', to: '2026-03-01' }, target: 4 } });
    expect(meter.meter.value).toBe(meter.entries.length);

    const proof = await call('proofBuild', { from: '2026-02-01', to: '2026-02-28', locale: 'fr-BE' });
    expect(proof).toMatchObject({ preset: 'uwv', language: 'nl' });
    expect(proof.columns[2].heading).toBe('Naam werkgever');
  });
});
