import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VacalensDb } from '../../../src/db/database';
import { listAll, putVacancies } from '../../../src/db/vacancies';
import { backupJson, toBackup } from '../../../src/log/backup';
import { registerLogHandlers } from '../../../src/messaging/log-handlers';
import type { LogProtocolMap, logMessenger } from '../../../src/messaging/log-protocol';
import { FIXED_NOW, translatorFor } from '../helpers';
import { generateLog } from '../log/generate';

type Handler = (message: { data: unknown; sender: Browser.runtime.MessageSender }) => Promise<any>;
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const fromPage: Browser.runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}report.html` };
const fromTab: Browser.runtime.MessageSender = { id: EXT_ID, tab: { id: 7 } as Browser.tabs.Tab, url: 'https://www.werkenbijdeoverheid.be/' };

let db: VacalensDb;
let handlers: Record<string, Handler>;
let changed = 0;
beforeEach(async () => {
  changed = 0;
  db = new VacalensDb(`test-${Math.random()}`);
  handlers = {};
  const fake = { onMessage: (type: string, fn: Handler) => ((handlers[type] = fn), () => {}) } as unknown as typeof logMessenger;
  registerLogHandlers(fake, { db, now: () => FIXED_NOW, extensionId: EXT_ID, extensionOrigin: ORIGIN, t: translatorFor('nl'), onChanged: () => changed++ });
  await putVacancies(db, generateLog(5));
});
afterEach(() => db.delete());
const call = (type: keyof LogProtocolMap, data: unknown, sender = fromPage) => handlers[type]!({ data, sender });
/** The log as stored, with a note added to gen-1 in the file: one conflict. */
const CONFLICTING = backupJson(toBackup(generateLog(5).map((r, i) => (i === 1 ? { ...r, notes: 'Uit het bestand' } : r)), null, FIXED_NOW));

describe('log handlers', () => {
  it('previews and applies a restore, and tells the views', async () => {
    const text = backupJson(toBackup(generateLog(8), null, FIXED_NOW));
    const preview = await call('logImportPreview', { text });
    expect(preview.rows.map((r: { kind: string }) => r.kind)).toEqual([...Array(5).fill('duplicate'), 'new', 'new', 'new']);
    expect(await call('logImportApply', { text, conflicts: 'keep' })).toMatchObject({ ok: true, added: 3, skipped: 5 });
    expect(changed).toBe(1);
  });

  it('restores the previewed file by its id, once, without the file sent again', async () => {
    const text = backupJson(toBackup(generateLog(8), null, FIXED_NOW));
    const { previewId } = await call('logImportPreview', { text });
    expect(await call('logImportApplyPreviewed', { previewId, conflicts: 'keep' })).toEqual({
      ok: true, added: 3, replaced: 0, skipped: 5, settings: false,
    });
    expect(await db.vacancies.count()).toBe(8);
    expect(changed).toBe(1);
    // The held file is let go after its restore.
    expect(await call('logImportApplyPreviewed', { previewId, conflicts: 'keep' })).toEqual({ ok: false, expired: true });
  });

  it('previews what differs in each conflict, and restores the rows chosen the other way', async () => {
    const log = generateLog(8);
    const file = log.map((r, i) => (i === 1 || i === 2 ? { ...r, notes: `Notitie ${i} uit het bestand` } : r));
    const { previewId, rows } = await call('logImportPreview', { text: backupJson(toBackup(file, null, FIXED_NOW)) });
    expect(rows.filter((r: { kind: string }) => r.kind === 'conflicting')).toEqual([
      expect.objectContaining({ id: 'gen-1', existingId: 'gen-1', differences: [{ field: 'notes' }] }),
      expect.objectContaining({ id: 'gen-2', existingId: 'gen-2', differences: [{ field: 'notes' }] }),
    ]);
    expect(rows.find((r: { kind: string }) => r.kind !== 'conflicting')).not.toHaveProperty('differences');
    expect(await call('logImportApplyPreviewed', { previewId, conflicts: 'keep', except: ['gen-2'] })).toEqual({
      ok: true, added: 3, replaced: 1, skipped: 4, settings: false,
    });
    expect((await db.vacancies.get('gen-1'))?.notes).toBe(log[1]!.notes);
    expect((await db.vacancies.get('gen-2'))?.notes).toBe('Notitie 2 uit het bestand');
  });

  it('refuses row choices that name no record of the file, writes nothing, and keeps the previewed file', async () => {
    const { previewId } = await call('logImportPreview', { text: CONFLICTING });
    const before = await listAll(db);
    for (const [type, data] of [
      ['logImportApplyPreviewed', { previewId, conflicts: 'keep', except: ['gen-1', 'not-in-the-file'] }],
      ['logImportApply', { text: CONFLICTING, conflicts: 'keep', except: ['gen-1', 'not-in-the-file'] }],
    ] as const) {
      await expect(call(type, data), type).rejects.toThrow(/Refused: 1 chosen record/);
    }
    expect(await listAll(db)).toEqual(before);
    expect(changed).toBe(0);
    expect(await call('logImportApplyPreviewed', { previewId, conflicts: 'keep', except: ['gen-1'] })).toMatchObject({ ok: true, replaced: 1, skipped: 4 });
    expect((await db.vacancies.get('gen-1'))?.notes).toBe('Uit het bestand');
  });

  it.each([
    ['an id it never gave', async () => 'not-a-preview'],
    ['the id of a preview another preview replaced', async () => {
      const { previewId } = await call('logImportPreview', { text: backupJson(toBackup(generateLog(6), null, FIXED_NOW)) });
      await call('logImportPreview', { text: backupJson(toBackup(generateLog(7), null, FIXED_NOW)) });
      return previewId as string;
    }],
  ])('answers "expired" to %s and writes nothing', async (_name, idOf) => {
    const previewId = await idOf();
    expect(await call('logImportApplyPreviewed', { previewId, conflicts: 'replace' })).toEqual({ ok: false, expired: true });
    expect(await db.vacancies.count()).toBe(5);
    expect(changed).toBe(0);
  });

  it.each([
    ['a tab restoring a previewed file', 'logImportApplyPreviewed', { previewId: 'x', conflicts: 'keep' }, fromTab],
    ['a tab asking for a proof of search', 'logReport', { from: '2026-01-01', to: '2026-01-31', locale: 'nl' }, fromTab],
    ['a tab restoring a file', 'logImportApply', { text: '[]', conflicts: 'replace' }, fromTab],
    ['another extension', 'logReport', { from: '2026-01-01', to: '2026-01-31', locale: 'nl' }, { id: 'x'.repeat(32), url: 'chrome-extension://x/report.html' }],
    ['a report with a bad date', 'logReport', { from: '1/1/2026', to: '2026-01-31', locale: 'nl' }, fromPage],
    ['an unknown conflict choice', 'logImportApply', { text: '[]', conflicts: 'merge' }, fromPage],
    ['row choices that are not a list', 'logImportApplyPreviewed', { previewId: 'x', conflicts: 'keep', except: 'gen-1' }, fromPage],
    ['a row choice of 65 characters', 'logImportApplyPreviewed', { previewId: 'x', conflicts: 'keep', except: ['x'.repeat(65)] }, fromPage],
    ['an empty row choice', 'logImportApply', { text: '[]', conflicts: 'keep', except: [''] }, fromPage],
    ['more row choices than a file has records', 'logImportApplyPreviewed', { previewId: 'x', conflicts: 'keep', except: Array(10_001).fill('gen-1') }, fromPage],
    ['a period of a thousand years', 'logReport', { from: '1026-01-01', to: '2026-01-31', locale: 'nl' }, fromPage],
  ] as const)('refuses %s and changes nothing', async (_name, type, data, sender) => {
    const before = await listAll(db);
    await expect(call(type, data, sender)).rejects.toThrow();
    expect(await listAll(db)).toEqual(before);
  });
});
