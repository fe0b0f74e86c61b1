import { formatPhone } from '../i18n/phone';
import { emptyActivityInput, type Activity, type ActivityHow, type ActivityInput, type ActivityType } from '../model/activity';
import type { Status } from '../model/status';
import type { TrackedVacancy } from '../model/tracked';
import type { PassedStep } from '../model/vacancy-job-search';
import { applicationStep, dayOf, effectiveFacts } from '../model/views';
import { countsType, type Preset } from './presets';

/**
 * The log's job-search activities as one list: the ones the person added by hand, and the ones
 * their tracked vacancies already say happened, so nothing is typed twice. A vacancy's application
 * is its history's application step (with its how); an interview or a test is a dated status
 * change to 'interview' or 'test'. The person's own entry wins: a hand-made application, interview
 * or test tied to a vacancy replaces what that vacancy's history says of that kind, so the same
 * vacancy's application is never counted twice.
 *
 * Selection steps the page announces are planned dates, not attendance: they count once the person
 * confirms one (activityFromSelectionStep prefills that entry).
 */

export interface LogEntry {
  /** Stable and unique: `activity:<id>`, or `vacancy:<id>:<type>:<day>` for a derived entry. */
  key: string;
  source: 'activity' | 'vacancy';
  day: string;
  type: ActivityType;
  vacancyId: string | null;
  employer: string | null;
  position: string | null;
  address: string | null;
  municipality: string | null;
  contact: string | null;
  phone: string | null;
  how: ActivityHow | null;
  /** The person's words, or the vacancy's status (put into words by the proof, in its language). */
  result: { text: string } | { status: Status } | null;
  minutes: number | null;
  /** The vacancy's address and the day its text was kept, for a row about a tracked vacancy. */
  evidence: { url: string; capturedDay: string } | null;
}

/** Types a vacancy's history can say happened, and which the person's own entries replace. */
const DERIVED_TYPES: ReadonlySet<ActivityType> = new Set(['application', 'interview', 'test']);

function vacancyFields(v: TrackedVacancy): Omit<LogEntry, 'key' | 'source' | 'day' | 'type' | 'how' | 'result' | 'minutes'> {
  const facts = effectiveFacts(v);
  const named = facts.contacts.find((c) => c.name || c.role);
  const withPhone = facts.contacts.find((c) => c.phone);
  const withEmail = facts.contacts.find((c) => c.email);
  return {
    vacancyId: v.id,
    employer: facts.organisation,
    position: facts.title,
    // New York asks for a mail, e-mail or web address: the contact's e-mail, else where the vacancy is.
    address: withEmail?.email ?? v.url,
    municipality: facts.location,
    contact: named ? [named.name, named.role].filter(Boolean).join(', ') : null,
    phone: withPhone?.phone ? formatPhone(withPhone.phone) : null,
    evidence: { url: v.snapshot.url || v.url, capturedDay: dayOf(v.snapshot.capturedAt) },
  };
}

/** What a tracked vacancy's history says the person did: its application, and its interviews and tests. */
export function vacancyEntries(v: TrackedVacancy): LogEntry[] {
  const entries: LogEntry[] = [];
  const fields = vacancyFields(v);
  const step = applicationStep(v.history);
  if (step) {
    entries.push({
      ...fields,
      key: `vacancy:${v.id}:application:${step.day}`,
      source: 'vacancy',
      day: step.day,
      type: 'application',
      how: v.applied?.via ?? null,
      result: { status: v.status },
      minutes: null,
    });
  }
  const seen = new Set<string>();
  for (const h of v.history) {
    if (h.by !== 'user' || (h.status !== 'interview' && h.status !== 'test')) continue;
    const day = dayOf(h.at);
    const key = `vacancy:${v.id}:${h.status}:${day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ ...fields, key, source: 'vacancy', day, type: h.status, how: null, result: { status: v.status }, minutes: null });
  }
  return entries;
}

export function activityEntry(a: Activity, vacancy?: TrackedVacancy): LogEntry {
  return {
    key: `activity:${a.id}`,
    source: 'activity',
    day: a.date,
    type: a.type,
    vacancyId: a.vacancyId,
    employer: a.employer,
    position: a.position,
    address: a.address,
    municipality: a.municipality,
    contact: a.contact,
    phone: a.phone,
    how: a.how,
    result: a.result === null ? null : { text: a.result },
    minutes: a.minutes,
    evidence: vacancy ? vacancyFields(vacancy).evidence : null,
  };
}

/**
 * Every entry of the log, oldest first: hand-made activities, and what tracked vacancies say
 * unless the person's own entry of that kind for that vacancy replaces it.
 */
export function logEntries(vacancies: readonly TrackedVacancy[], activities: readonly Activity[]): LogEntry[] {
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const replaced = new Set<string>();
  for (const a of activities) if (a.vacancyId && DERIVED_TYPES.has(a.type)) replaced.add(`${a.vacancyId}:${a.type}`);
  const entries = activities.map((a) => activityEntry(a, a.vacancyId ? byId.get(a.vacancyId) : undefined));
  for (const v of vacancies) {
    for (const e of vacancyEntries(v)) if (!replaced.has(`${v.id}:${e.type}`)) entries.push(e);
  }
  return entries.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The entries the preset counts towards its rhythm. */
export function countedEntries(entries: readonly LogEntry[], preset: Preset): LogEntry[] {
  return entries.filter((e) => countsType(preset, e.type));
}

// A selection step's kind from its label, in the four languages the extractor reads.
const INTERVIEW_WORDS = /gesprek|interview|entretien|entrevue|gespr[äa]ch|jury|hearing/i;
const TEST_WORDS = /test|exam|examen|pr[üu]fung|[ée]preuve|assessment|proef|selectie ?proef|case/i;

/** The activity a selection step's label names: an interview, a test or exam, or another step. */
export function selectionStepType(label: string): ActivityType {
  return INTERVIEW_WORDS.test(label) ? 'interview' : TEST_WORDS.test(label) ? 'test' : 'other';
}

/**
 * A new activity about a tracked vacancy on `date`, prefilled with what the vacancy says (employer,
 * position, place, contact, address, phone) and tied to it. An application while the person has not
 * applied yet; once they have, the history holds the application, so something else.
 */
export function activityForVacancy(v: TrackedVacancy, date: string): ActivityInput {
  const { evidence: _evidence, ...fields } = vacancyFields(v);
  return { ...emptyActivityInput(date, applicationStep(v.history) ? 'other' : 'application'), ...fields };
}

/**
 * A new activity prefilled from one of a tracked vacancy's selection steps (the page's dated
 * steps), for the person to confirm they attended: nothing typed again but the result.
 */
export function activityFromSelectionStep(v: TrackedVacancy, eventIndex: number): ActivityInput {
  const event = effectiveFacts(v).events[eventIndex];
  if (!event) throw new Error(`No selection step ${eventIndex}`);
  return { ...activityForVacancy(v, event.date), type: selectionStepType(event.label), notes: event.label };
}

/**
 * The vacancy's dated selection steps whose day has come (today included: an interview this
 * morning is over by the time the person looks), each marked attended when the log already has
 * the person's activity of that kind on that day for this vacancy.
 */
export function passedSteps(v: TrackedVacancy, activities: readonly Activity[], today: string): PassedStep[] {
  const recorded = new Set(activities.filter((a) => a.vacancyId === v.id).map((a) => `${a.date}:${a.type}`));
  return effectiveFacts(v)
    .events.map((event, index) => ({ index, date: event.date, label: event.label, type: selectionStepType(event.label) }))
    .filter((step) => step.date <= today)
    .map((step) => ({ ...step, attended: recorded.has(`${step.date}:${step.type}`) }));
}
