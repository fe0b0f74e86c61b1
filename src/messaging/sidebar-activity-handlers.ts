import type { Browser } from 'wxt/browser';
import { z } from '../model/zod';
import { ActivityInputSchema, type Activity } from '../model/activity';
import type { TrackedVacancy } from '../model/tracked';
import { localDay } from '../model/views';
import type { VacalensDb } from '../db/database';
import { activitiesOfVacancy, addActivity } from '../db/activities';
import { getProofSettings } from '../db/proof-settings';
import { getVacancy } from '../db/vacancies';
import { answeringInWords } from './answers';
import type { Translate } from '../i18n/messages';
import { activityForVacancy, activityFromSelectionStep, passedSteps } from '../log/counting';
import { fromOurContentScript, senderAddresses } from './handlers';
import type { sidebarActivityMessenger as SidebarActivityMessenger } from './sidebar-activity-protocol';

export interface SidebarActivityDeps {
  db: VacalensDb;
  now: () => Date;
  newId: () => string;
  extensionId: string;
  t: Translate;
  /** Called after an activity was added: the meter's reminder is planned again. */
  onProofChanged?: () => void;
}

const Id = z.string().min(1).max(64);
const VacancySchema = z.object({ vacancyId: Id }).strict();
const AddSchema = ActivityInputSchema.strict().refine((input) => input.vacancyId !== null, 'expected the vacancy of the page');
const StepSchema = z.object({ vacancyId: Id, eventIndex: z.number().int().min(0).max(49) }).strict();

/**
 * The vacancy `id`, when the sender is this extension's sidebar in a tab at one of that vacancy's
 * addresses: the rule the sidebar's reads follow (getVacancy in handlers.ts). A tab never reads
 * or writes another vacancy's activities, and a web page, which cannot send an extension message
 * at all, writes nothing; its scripted clicks in the sidebar are refused there (isUserAction).
 */
async function vacancyOfTab(sender: Browser.runtime.MessageSender, id: string, deps: SidebarActivityDeps): Promise<TrackedVacancy> {
  fromOurContentScript(sender, deps);
  const record = await getVacancy(deps.db, id);
  if (!record || !senderAddresses(sender).some((address) => record.sourceUrls.includes(address))) {
    throw new Error('Refused: a tab may only record activities for the vacancy tracked at its own address');
  }
  return record;
}

/** Registers the sidebar's job-search answers; each checks its sender and its data before acting. */
export function registerSidebarActivityHandlers(messenger: typeof SidebarActivityMessenger, deps: SidebarActivityDeps): void {
  const onMessage = answeringInWords(messenger, deps.t);
  const added = (activity: Activity): Activity => {
    deps.onProofChanged?.();
    return activity;
  };

  onMessage('vacancyJobSearch', async ({ data, sender }) => {
    const v = await vacancyOfTab(sender, VacancySchema.parse(data).vacancyId, deps);
    const today = localDay(deps.now());
    const [settings, activities] = await Promise.all([getProofSettings(deps.db), activitiesOfVacancy(deps.db, v.id)]);
    return { preset: settings.preset ?? 'general', draft: activityForVacancy(v, today), steps: passedSteps(v, activities, today) };
  });

  onMessage('addVacancyActivity', async ({ data, sender }) => {
    const input = AddSchema.parse(data);
    await vacancyOfTab(sender, input.vacancyId!, deps);
    return added(await addActivity(deps.db, input, deps.now(), deps.newId));
  });

  onMessage('attendedStep', async ({ data, sender }) => {
    const { vacancyId, eventIndex } = StepSchema.parse(data);
    const v = await vacancyOfTab(sender, vacancyId, deps);
    const today = localDay(deps.now());
    // Only a step whose day has come: the person cannot have gone to one that is still ahead.
    const step = passedSteps(v, [], today).find((s) => s.index === eventIndex);
    if (!step) throw new Error(`Selection step ${eventIndex} of ${vacancyId} has not taken place yet`);
    const input = activityFromSelectionStep(v, eventIndex);
    const stored = await deps.db.transaction('rw', deps.db.activities, async () => {
      const same = (await activitiesOfVacancy(deps.db, v.id)).find((a) => a.date === input.date && a.type === input.type);
      return same ?? addActivity(deps.db, input, deps.now(), deps.newId);
    });
    return added(stored);
  });
}
