import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { ActivityInputSchema } from '../model/activity';
import { ProofSettingsSchema } from '../model/proof-settings';
import { IsoDateSchema } from '../model/tracked';
import type { VacalensDb } from '../db/database';
import { addActivity, deleteActivity, listActivities, updateActivity } from '../db/activities';
import { ConflictError } from '../db/errors';
import { answeringInWords } from './answers';
import { getProofSettings, putProofSettings } from '../db/proof-settings';
import { getSettings, listAll } from '../db/vacancies';
import { logEntries } from '../log/counting';
import { buildProof, proofWords } from '../log/proof';
import { effectiveStart, meterState } from '../log/proof-meter';
import { PRESETS } from '../log/presets';
import { REPORT_MAX_YEARS, periodTooLong } from '../log/report-period';
import type { Translate } from '../i18n/messages';
import type { proofMessenger as ProofMessenger } from './proof-protocol';

export interface ProofDeps {
  db: VacalensDb;
  now: () => Date;
  newId: () => string;
  extensionId: string;
  /** chrome-extension://<id>/: only the extension's own pages may read or write the activities. */
  extensionOrigin: string;
  t: Translate;
  /** Called after an activity or the proof settings changed: the meter's reminder is planned again. */
  onProofChanged?: () => void;
}

const Id = z.string().min(1).max(64);
const PeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .strict()
  .refine((p) => p.from <= p.to && !periodTooLong(p), `expected a period of at most ${REPORT_MAX_YEARS} years`);
const BuildSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, locale: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/) })
  .strict()
  .refine((p) => p.from <= p.to && !periodTooLong(p), `expected a period of at most ${REPORT_MAX_YEARS} years`);
const UpdateSchema = z.object({ id: Id, changes: ActivityInputSchema.strict(), seenUpdatedAt: z.iso.datetime({ offset: true }) }).strict();
const DeleteSchema = z.object({ id: Id }).strict();

function fromOurPage(sender: Browser.runtime.MessageSender, deps: ProofDeps): void {
  if (sender.id !== deps.extensionId || !sender.url?.startsWith(deps.extensionOrigin)) {
    throw new Error("Refused: this message is only accepted from the extension's own pages");
  }
}

/**
 * Registers the answers about activities, the proof settings, the meter and the proof. Each
 * checks its sender (the extension's own pages only: a web page, or a content script beside one,
 * may neither read nor write them) and its data before acting.
 */
export function registerProofHandlers(messenger: typeof ProofMessenger, deps: ProofDeps): void {
  const onMessage = answeringInWords(messenger, deps.t, {
    before: (message) => fromOurPage(message.sender as Browser.runtime.MessageSender, deps),
    // The shared "changed elsewhere" sentence speaks of a vacancy; this one of an activity.
    inWords: (error) => (error instanceof ConflictError ? new Error(deps.t('activityChangedElsewhere')) : null),
  });
  const changed = <T>(value: T): T => {
    deps.onProofChanged?.();
    return value;
  };

  onMessage('getProofSettings', () => getProofSettings(deps.db));

  onMessage('setProofSettings', async ({ data }) => changed(await putProofSettings(deps.db, ProofSettingsSchema.strict().parse(data))));

  onMessage('listJobSearch', async ({ data }) => {
    const { from, to } = PeriodSchema.parse(data);
    const [vacancies, all] = await Promise.all([listAll(deps.db), listActivities(deps.db)]);
    const entries = logEntries(vacancies, all).filter((e) => e.day >= from && e.day <= to);
    return { entries, activities: all.filter((a) => a.date >= from && a.date <= to) };
  });

  onMessage('addActivity', async ({ data }) =>
    changed(await addActivity(deps.db, ActivityInputSchema.strict().parse(data), deps.now(), deps.newId)),
  );

  onMessage('updateActivity', async ({ data }) => {
    const { id, changes, seenUpdatedAt } = UpdateSchema.parse(data);
    return changed(await updateActivity(deps.db, id, changes, deps.now(), seenUpdatedAt));
  });

  onMessage('deleteActivity', async ({ data }) => {
    const { id } = DeleteSchema.parse(data);
    await deleteActivity(deps.db, id);
    changed(undefined);
  });

  onMessage('proofMeter', async () => {
    const [settings, vacancies, activities] = await Promise.all([getProofSettings(deps.db), listAll(deps.db), listActivities(deps.db)]);
    return meterState(settings, vacancies, activities, deps.now());
  });

  onMessage('proofBuild', async ({ data }) => {
    const { from, to, locale } = BuildSchema.parse(data);
    const [proofSettings, settings, vacancies, activities] = await Promise.all([
      getProofSettings(deps.db),
      getSettings(deps.db),
      listAll(deps.db),
      listActivities(deps.db),
    ]);
    const preset = PRESETS[proofSettings.preset ?? 'general'];
    return buildProof({
      vacancies,
      activities,
      preset,
      target: proofSettings.target,
      // Periods of N weeks without a start date count from the proof's first day.
      start: effectiveStart(proofSettings) ?? from,
      period: { from, to },
      person: { name: settings.reportName, clientNumber: proofSettings.clientNumber, address: proofSettings.address },
      words: proofWords(preset, locale),
      now: deps.now(),
    });
  });
}
