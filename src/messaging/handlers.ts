import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { FactFieldSchema, VacancyFactsSchema } from '../model/facts';
import { SettingsSchema } from '../model/settings';
import {
  AppliedSchema,
  DayOrInstantSchema,
  IsoDateSchema,
  NOTES_MAX_CHARS,
  SNAPSHOT_MAX_CHARS,
  StatusSchema,
  localDay,
  summarize,
  withApplied,
  withCorrection,
  NOT_STATED,
  withHistoryDate,
  withHistoryEntryRemoved,
  withLastChangeWithdrawn,
  withNotes,
  withStatus,
  type TrackedSummary,
  type TrackedVacancy,
} from '../model/tracked';
import type { VacalensDb } from '../db/database';
import {
  findByUrl,
  getSettings,
  getVacancy,
  putSettings,
  trackVacancy,
  updateVacancy,
} from '../db/vacancies';
import { isDuplicateCandidates } from '../model/duplicates';
import { allSummariesByNextDue, firstSummariesByNextDue } from '../db/summaries';
import { ConflictError } from '../db/errors';
import type { Translate } from '../i18n/messages';
import { indicativeToKeep, withIndicativeLookedUp } from '../log/indicative';
import { answeringInWords } from './answers';
import type { messenger as Messenger } from './protocol';

type Sender = Browser.runtime.MessageSender;

export interface BackgroundDeps {
  db: VacalensDb;
  now: () => Date;
  newId: () => string;
  /** This extension's id and page origin (chrome-extension://<id>/), to check who is asking. */
  extensionId: string;
  extensionOrigin: string;
  /** browser.i18n.getMessage: a failure the user can act on (storage full, …) is told in their language. */
  t: Translate;
  /** Told after every write: open pages refresh, reminders are rescheduled. */
  onChanged?: (changed: TrackedSummary[]) => void;
  /** Told after the settings change: reminders are rescheduled or cleared. */
  onSettingsChanged?: () => void;
}

const HttpUrl = z
  .string()
  .max(4096)
  .regex(/^https?:\/\//i, 'expected an http(s) address');

const Id = z.string().min(1).max(64);
const TrackInputSchema = z.object({
  url: HttpUrl,
  facts: VacancyFactsSchema,
  snapshotText: z.string().max(SNAPSHOT_MAX_CHARS),
  canonicalUrl: HttpUrl.optional(),
  onDuplicate: z.enum(['add-source', 'track-separately']).optional(),
  matchId: Id.optional(),
});
const SetStatusSchema = z.object({ id: Id, status: StatusSchema, at: DayOrInstantSchema.optional() });
const SetHistoryDateSchema = z.object({ id: Id, index: z.number().int().min(0).max(10_000), at: DayOrInstantSchema });
// expectedUpdatedAt: the version of the record the page edited; when it changed since, the edit is refused.
const ExpectedUpdatedAt = z.iso.datetime({ offset: true }).optional();
const SetNotesSchema = z.object({ id: Id, notes: z.string().max(NOTES_MAX_CHARS), expectedUpdatedAt: ExpectedUpdatedAt });
const SetAppliedSchema = z.object({ id: Id, applied: AppliedSchema });
const UndoStatusSchema = z.object({ id: Id, expectedUpdatedAt: z.iso.datetime({ offset: true }) });
const RemoveHistoryEntrySchema = z.object({ id: Id, index: z.number().int().min(0).max(10_000), recordedAt: z.iso.datetime({ offset: true }) });
// The value is checked against the field's own schema when the correction is applied (withCorrection).
const SetCorrectionSchema = z.object({
  id: Id,
  field: FactFieldSchema,
  value: z.unknown(),
  notStated: z.literal(true).optional(),
  expectedUpdatedAt: ExpectedUpdatedAt,
});
const ListTrackedSchema = z.object({ today: IsoDateSchema, limit: z.number().int().min(1).max(10_000).optional() }).optional();

/** A message from this extension's content script or sidebar, running in a tab. */
export function fromOurContentScript(sender: Sender, deps: Pick<BackgroundDeps, 'extensionId'>): { tabId: number; frameId: number } {
  if (sender.id !== deps.extensionId || sender.tab?.id === undefined) {
    throw new Error('Refused: this message is only accepted from the extension in a tab');
  }
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

/** A message from one of this extension's own pages (popup, log page). */
function fromOurPage(sender: Sender, deps: BackgroundDeps): void {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) {
    throw new Error("Refused: this message is only accepted from the extension's own pages");
  }
}

function fromEither(sender: Sender, deps: BackgroundDeps): void {
  if (sender.url?.startsWith(deps.extensionOrigin)) fromOurPage(sender, deps);
  else fromOurContentScript(sender, deps);
}

/**
 * The addresses a tab's sender is at, as the browser says: the one its document was loaded at
 * and, for the tab's top frame, the tab's current one. After a single-page move (pushState)
 * Chromium keeps `sender.url` at the load address while `tab.url` follows the page.
 */
export function senderAddresses(sender: Sender): string[] {
  const addresses = sender.url ? [sender.url] : [];
  if (sender.frameId === 0 && sender.tab?.url) addresses.push(sender.tab.url);
  return addresses;
}

/** Refuses an edit made on a version of the record that was changed since (in another tab). */
function unchangedSince<T extends TrackedVacancy>(record: T, expectedUpdatedAt: string | undefined): T {
  if (expectedUpdatedAt !== undefined && record.updatedAt !== expectedUpdatedAt) {
    throw new ConflictError(`Vacancy ${record.id} changed at ${record.updatedAt}, after ${expectedUpdatedAt}`);
  }
  return record;
}

/**
 * Registers the background's answers. Each validates its sender and its data before acting. A
 * failure the user can act on (storage full, a failed database upgrade, an edit conflict)
 * reaches the page as a sentence in the user's language.
 */
export function registerHandlers(messenger: typeof Messenger, deps: BackgroundDeps): void {
  const onMessage = answeringInWords(messenger, deps.t);

  const changed = (summary: TrackedSummary): TrackedSummary => {
    deps.onChanged?.([summary]);
    return summary;
  };

  onMessage('trackVacancy', async ({ data, sender }) => {
    fromOurContentScript(sender, deps);
    const { onDuplicate, matchId, ...input } = TrackInputSchema.parse(data);
    if (onDuplicate === 'add-source' && matchId === undefined) throw new Error('add-source needs the matchId');
    const choice =
      onDuplicate === 'add-source' ? { onDuplicate, matchId: matchId! } : onDuplicate ? { onDuplicate } : undefined;
    const now = deps.now();
    // Looked up here, from the facts, when the vacancy is saved: the edition picked today is the one the log cites later.
    const indicative = indicativeToKeep(input.facts, now);
    const result = await trackVacancy(deps.db, indicative ? { ...input, indicative } : input, now, deps.newId, choice);
    return isDuplicateCandidates(result) ? result : changed(result);
  });

  onMessage('trackedByUrl', async ({ data, sender }) => {
    fromEither(sender, deps);
    const record = await findByUrl(deps.db, HttpUrl.parse(data));
    return record ? summarize(record) : null;
  });

  onMessage('listTracked', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const input = ListTrackedSchema.parse(data);
    const today = input?.today ?? localDay(deps.now());
    if (input?.limit === undefined) {
      const rows = await allSummariesByNextDue(deps.db, today);
      return { rows, total: rows.length };
    }
    // Counting reads every summary: only when the page is full, and after its rows.
    const rows = await firstSummariesByNextDue(deps.db, today, input.limit);
    return { rows, total: rows.length < input.limit ? rows.length : await deps.db.summaries.count() };
  });

  onMessage('getVacancy', async ({ data, sender }) => {
    fromEither(sender, deps);
    const record = (await getVacancy(deps.db, Id.parse(data))) ?? null;
    // The sidebar reads back the record of the page it is on (the user's corrections win over
    // extraction), and no other: a tab never sees the rest of the log.
    const fromTab = !sender.url?.startsWith(deps.extensionOrigin);
    if (record && fromTab && !senderAddresses(sender).some((address) => record.sourceUrls.includes(address))) {
      throw new Error('Refused: a tab may only read the vacancy tracked at its own address');
    }
    return record;
  });

  onMessage('setStatus', async ({ data, sender }) => {
    fromEither(sender, deps);
    const { id, status, at } = SetStatusSchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withStatus(r, status, now, at)));
  });

  onMessage('undoStatus', async ({ data, sender }) => {
    fromEither(sender, deps);
    const { id, expectedUpdatedAt } = UndoStatusSchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withLastChangeWithdrawn(unchangedSince(r, expectedUpdatedAt), now)));
  });

  onMessage('removeHistoryEntry', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { id, index, recordedAt } = RemoveHistoryEntrySchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withHistoryEntryRemoved(r, index, now, recordedAt)));
  });

  onMessage('setHistoryDate', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { id, index, at } = SetHistoryDateSchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withHistoryDate(r, index, at, now)));
  });

  onMessage('setNotes', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { id, notes, expectedUpdatedAt } = SetNotesSchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withNotes(unchangedSince(r, expectedUpdatedAt), notes, now)));
  });

  onMessage('setApplied', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { id, applied } = SetAppliedSchema.parse(data);
    const now = deps.now();
    return changed(await updateVacancy(deps.db, id, (r) => withApplied(r, applied, now)));
  });

  onMessage('setCorrection', async ({ data, sender }) => {
    fromEither(sender, deps);
    const { id, field, value, notStated, expectedUpdatedAt } = SetCorrectionSchema.parse(data);
    const now = deps.now();
    const correction = notStated ? NOT_STATED : value;
    return changed(
      await updateVacancy(deps.db, id, (r) => {
        const corrected = withCorrection(unchangedSince(r, expectedUpdatedAt), field, correction, now);
        // A corrected scale or publication date is looked up again; the other fields leave the look-up alone.
        return field === 'salary' || field === 'published' ? withIndicativeLookedUp(corrected, now) : corrected;
      }),
    );
  });

  onMessage('getSettings', async ({ sender }) => {
    fromOurPage(sender, deps);
    return getSettings(deps.db);
  });

  onMessage('setSettings', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const settings = await putSettings(deps.db, SettingsSchema.parse(data));
    deps.onSettingsChanged?.();
    return settings;
  });
}
