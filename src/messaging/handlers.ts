import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { VacancyFactsSchema } from '../model/facts';
import { SNAPSHOT_MAX_CHARS, StatusSchema, summarize } from '../model/tracked';
import type { VacalensDb } from '../db/database';
import { findByUrl, listAll, listSummaries, setStatus, trackVacancy } from '../db/vacancies';
import { toCsv } from '../log/csv';
import type { messenger as Messenger } from './protocol';

type Sender = Browser.runtime.MessageSender;

export interface BackgroundDeps {
  db: VacalensDb;
  now: () => Date;
  newId: () => string;
  /** This extension's id and page origin (chrome-extension://<id>/), to check who is asking. */
  extensionId: string;
  extensionOrigin: string;
  injectSidebar: (tabId: number, frameId: number) => Promise<void>;
}

const HttpUrl = z
  .string()
  .max(4096)
  .regex(/^https?:\/\//i, 'expected an http(s) address');

const TrackInputSchema = z.object({
  url: HttpUrl,
  facts: VacancyFactsSchema,
  snapshotText: z.string().max(SNAPSHOT_MAX_CHARS),
});
const SetStatusSchema = z.object({ id: z.string().min(1).max(64), status: StatusSchema });
const ExportCsvSchema = z.object({ separator: z.enum([',', ';']) });

/** A message from this extension's content script or sidebar, running in a tab. */
function fromOurContentScript(sender: Sender, deps: BackgroundDeps): { tabId: number; frameId: number } {
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

/** Registers the background's answers. Each validates its sender and its data before acting. */
export function registerHandlers({ onMessage }: typeof Messenger, deps: BackgroundDeps): void {
  onMessage('showSidebar', async ({ sender }) => {
    const { tabId, frameId } = fromOurContentScript(sender, deps);
    await deps.injectSidebar(tabId, frameId);
  });

  onMessage('trackVacancy', async ({ data, sender }) => {
    fromOurContentScript(sender, deps);
    const input = TrackInputSchema.parse(data);
    return summarize(await trackVacancy(deps.db, input, deps.now(), deps.newId));
  });

  onMessage('trackedByUrl', async ({ data, sender }) => {
    fromEither(sender, deps);
    const record = await findByUrl(deps.db, HttpUrl.parse(data));
    return record ? summarize(record) : null;
  });

  onMessage('listTracked', async ({ sender }) => {
    fromOurPage(sender, deps);
    return listSummaries(deps.db);
  });

  onMessage('setStatus', async ({ data, sender }) => {
    fromEither(sender, deps);
    const { id, status } = SetStatusSchema.parse(data);
    return summarize(await setStatus(deps.db, id, status, deps.now()));
  });

  onMessage('exportCsv', async ({ data, sender }) => {
    fromOurPage(sender, deps);
    const { separator } = ExportCsvSchema.parse(data);
    return toCsv(await listAll(deps.db), separator);
  });
}
