/**
 * Forged messages (issue 7.3): every message type the background answers, sent malformed,
 * oversized, or by a sender that may not ask, is refused, and the database stays as it was.
 */
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { getSettings, listAll, listSummaries, trackVacancy } from '../../../src/db/vacancies';
import { registerHandlers } from '../../../src/messaging/handlers';
import { registerLogHandlers } from '../../../src/messaging/log-handlers';
import type { messenger } from '../../../src/messaging/protocol';
import type { logMessenger } from '../../../src/messaging/log-protocol';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

type Sender = Browser.runtime.MessageSender;
type Handler = (message: { data: unknown; sender: Sender }) => Promise<unknown>;

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const PAGE_URL = 'https://www.werkenbijdeoverheid.be/vacature/a/A.html';
const ID = 'id-seed';

const SENDERS: Record<string, Sender> = {
  tab: { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: PAGE_URL },
  page: { id: EXT_ID, url: `${ORIGIN}log.html` },
  otherExtension: { id: 'x'.repeat(32), url: 'chrome-extension://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/popup.html' },
  otherExtensionInTab: { id: 'x'.repeat(32), tab: { id: 7 } as Browser.tabs.Tab, frameId: 0, url: PAGE_URL },
  // A web page pretending to be an extension page: right id is impossible for it, wrong origin.
  webPageWithOurId: { id: EXT_ID, url: 'https://evil.example/chrome-extension://abc/' },
  noSender: {},
};

const HUGE = 'x'.repeat(2_100_000);
/** Shapes no handler accepts: wrong types, prototype games, and the oversized. */
const MALFORMED: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string of 2 MB', HUGE],
  ['an array', [1, 2, 3]],
  ['__proto__ pollution', JSON.parse('{"__proto__": {"polluted": true}, "id": "id-seed"}')],
  ['a huge id', { id: HUGE, status: 'applied' }],
  ['an unknown status', { id: ID, status: 'hired; DROP TABLE' }],
  ['a history index far away', { id: ID, index: 1e9, at: '2026-01-01' }],
  ['notes over the bound', { id: ID, notes: 'n'.repeat(20_001) }],
  ['a correction of the wrong shape', { id: ID, field: 'deadline', value: '<img src=x onerror=alert(1)>' }],
  ['a correction of an unknown field', { id: ID, field: '__proto__', value: {} }],
  ['a javascript: address', { url: 'javascript:alert(1)', facts: seedFacts(), snapshotText: '' }],
  ['a data: address', 'data:text/html,<script>alert(1)</script>'],
  ['facts with 21 contacts', { url: PAGE_URL, facts: { ...seedFacts(), contacts: Array(21).fill({ name: 'a', role: null, phone: null, email: null }) }, snapshotText: '' }],
  ['a title of 501 characters', { url: `${PAGE_URL}?t`, facts: { ...seedFacts(), title: 't'.repeat(501) }, snapshotText: '' }],
  ['settings out of range', { reminders: true, deadlineReminderDays: 10_000, reportName: '' }],
  ['a name on the proof of 201 characters', { reminders: true, deadlineReminderDays: 3, reportName: 'n'.repeat(201) }],
  ['an export in an unknown format', { format: 'exe', filter: {}, separator: ';' }],
  ['an import beyond the size bound', { text: HUGE + HUGE + HUGE, conflicts: 'replace' }],
  ['an import that is not a backup', { text: '{"vacancies": [{"id": "id-seed"}]}', conflicts: 'replace' }],
  // With an empty version-0 backup: only the row choices make these wrong.
  ['row choices that are not a list', { text: '[]', conflicts: 'keep', except: 'id-seed' }],
  ['a row choice beyond the id bound', { text: '[]', conflicts: 'keep', except: [HUGE] }],
  ['more row choices than a backup holds records', { text: '[]', conflicts: 'keep', except: Array(10_001).fill(ID) }],
  ['a row choice naming no record of the file', { text: '[]', conflicts: 'replace', except: [ID] }],
  ['row choices of the wrong type', { previewId: 'p', conflicts: 'keep', except: [{ id: ID }] }],
  ['a report over a thousand years', { from: '1000-01-01', to: '2026-01-01', locale: 'nl' }],
];

let db: VacalensDb;
let handlers: Record<string, Handler>;

function fake<T>(): T {
  return {
    onMessage: (type: string, fn: Handler) => {
      handlers[type] = fn;
      return () => {};
    },
  } as unknown as T;
}

beforeEach(async () => {
  db = new VacalensDb(`test-${Math.random()}`);
  handlers = {};
  const common = { db, now: () => FIXED_NOW, extensionId: EXT_ID, extensionOrigin: ORIGIN };
  registerHandlers(fake<typeof messenger>(), { ...common, newId: () => 'id-new', t: translatorFor('nl') });
  registerLogHandlers(fake<typeof logMessenger>(), { ...common, t: translatorFor('nl') });
  await trackVacancy(db, { url: PAGE_URL, facts: seedFacts(), snapshotText: 'tekst' }, FIXED_NOW, () => ID);
});
afterEach(async () => {
  await db.delete();
});

async function state() {
  return { all: await listAll(db), summaries: await listSummaries(db), settings: await getSettings(db) };
}

/** A handler's answer to a forged message: refused (thrown) or an { ok: false } answer. */
async function refused(type: string, data: unknown, sender: Sender): Promise<boolean> {
  try {
    const answer = (await handlers[type]!({ data, sender })) as { ok?: boolean } | null;
    return answer !== null && typeof answer === 'object' && answer.ok === false;
  } catch {
    return true;
  }
}

const WRITES = ['trackVacancy', 'setStatus', 'undoStatus', 'removeHistoryEntry', 'setHistoryDate', 'setNotes', 'setApplied', 'setCorrection', 'setSettings', 'logImportApply', 'logImportApplyPreviewed'];

describe('forged messages', () => {
  it('covers every message type the background answers', () => {
    expect(Object.keys(handlers).sort()).toEqual(
      [...WRITES, 'trackedByUrl', 'listTracked', 'getVacancy', 'getSettings', 'logImportPreview', 'logReport'].sort(),
    );
  });

  it.each(WRITES)('%s: every malformed or oversized message is refused and the database is unchanged', async (type) => {
    const before = await state();
    for (const [name, data] of MALFORMED) {
      for (const sender of [SENDERS.tab!, SENDERS.page!]) {
        const ok = await refused(type, data, sender);
        // A status or notes message may name the seed vacancy validly; the malformed table never does.
        expect(ok, `${type} ← ${name}`).toBe(true);
      }
    }
    expect(await state()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  const VALID: Record<string, unknown> = {
    trackVacancy: { url: `${PAGE_URL}?other`, facts: { ...seedFacts(), title: 'Andere' }, snapshotText: '', onDuplicate: 'track-separately' },
    setStatus: { id: ID, status: 'hired' },
    undoStatus: { id: ID, expectedUpdatedAt: '2026-01-20T09:30:00.000Z' },
    removeHistoryEntry: { id: ID, index: 0, recordedAt: '2026-01-20T09:30:00.000Z' },
    setHistoryDate: { id: ID, index: 0, at: '2020-01-01' },
    setNotes: { id: ID, notes: 'forged' },
    setApplied: { id: ID, applied: { date: '2026-01-01', via: 'email' } },
    setCorrection: { id: ID, field: 'title', value: 'forged' },
    setSettings: { reminders: false, deadlineReminderDays: 1, reportName: '' },
    logImportApply: { text: '[]', conflicts: 'replace' },
    logImportApplyPreviewed: { previewId: 'a-preview-that-was-never-made', conflicts: 'replace' },
    listTracked: undefined,
    getVacancy: ID,
    logReport: { from: '2026-01-01', to: '2026-12-31', locale: 'nl' },
  };
  const FORBIDDEN = Object.keys(VALID).flatMap((type) =>
    ['otherExtension', 'otherExtensionInTab', 'webPageWithOurId', 'noSender'].map((who) => [type, who] as const),
  );

  it.each(FORBIDDEN)('%s, valid but sent by %s, is refused and changes nothing', async (type, who) => {
    const before = await state();
    await expect(handlers[type]!({ data: VALID[type], sender: SENDERS[who]! })).rejects.toThrow(/Refused/);
    expect(await state()).toEqual(before);
  });

  it('getVacancy answers a tab only for the vacancy tracked at its own address', async () => {
    const elsewhere = { ...SENDERS.tab!, url: 'https://www.werkenbijdeoverheid.be/vacature/ander/Andere.html' };
    await expect(handlers['getVacancy']!({ data: ID, sender: elsewhere })).rejects.toThrow(/Refused/);
  });

  it.each(['listTracked', 'logReport', 'setNotes', 'removeHistoryEntry', 'setSettings', 'logImportApply', 'logImportApplyPreviewed'])(
    '%s is refused to a tab: a page-side script cannot read or rewrite the whole log',
    async (type) => {
      const before = await state();
      await expect(handlers[type]!({ data: VALID[type], sender: SENDERS.tab! })).rejects.toThrow(/Refused/);
      expect(await state()).toEqual(before);
    },
  );
});
