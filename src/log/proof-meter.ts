import type { Activity } from '../model/activity';
import type { ProofSettings } from '../model/proof-settings';
import type { TrackedVacancy } from '../model/tracked';
import { localDay } from '../model/views';
import { countedEntries, logEntries, type LogEntry } from './counting';
import { meter, periodContaining, type Meter, type Period, type Rhythm } from './periods';
import { PRESETS, requiredFields, rhythmOf, type PresetId } from './presets';
import type { ProofField } from '../i18n/activity-words';

/**
 * Where the person stands today under their chosen service: the current period, the meter and
 * the entries it counted. Pure: (settings, log, now). Shared by the popup's meter, the log page's
 * list of counted entries and the reminder a few days before a period ends short.
 */
export type MeterState =
  | { kind: 'none' }
  /** Periods of N weeks count from the person's start date: without one there is nothing to count yet. */
  | { kind: 'needs-start'; preset: PresetId }
  /** The start date is still to come: nothing is asked yet. */
  | { kind: 'not-started'; preset: PresetId; start: string }
  | { kind: 'meter'; preset: PresetId; rhythm: Rhythm; meter: Meter; entries: LogEntry[] };

/**
 * The start the periods count from: the person's, or for rules that do not need one (calendar
 * months, Monday-to-Sunday weeks) a day long past, so every period is a whole one.
 */
export function effectiveStart(settings: ProofSettings): string | null {
  if (settings.start) return settings.start;
  if (!settings.preset) return null;
  const { period } = PRESETS[settings.preset].rhythm;
  return period.unit === 'weeks' && period.anchor === 'start' ? null : '2000-01-03';
}

/** The period holding today under the person's settings; null when none can be said. */
export function currentPeriod(settings: ProofSettings, now: Date): Period | null {
  const start = effectiveStart(settings);
  if (!settings.preset || !start) return null;
  return periodContaining(PRESETS[settings.preset].rhythm.period, start, localDay(now));
}

export function meterState(
  settings: ProofSettings,
  vacancies: readonly TrackedVacancy[],
  activities: readonly Activity[],
  now: Date,
): MeterState {
  if (!settings.preset) return { kind: 'none' };
  const preset = PRESETS[settings.preset];
  const start = effectiveStart(settings);
  if (!start) return { kind: 'needs-start', preset: preset.id };
  const rhythm = rhythmOf(preset, settings.target);
  const counted = countedEntries(logEntries(vacancies, activities), preset);
  const today = meter(rhythm, start, counted.map((e) => ({ day: e.day, minutes: e.minutes })), now, settings.remindDaysBefore);
  if (!today) return { kind: 'not-started', preset: preset.id, start };
  const entries = counted.filter((e) => e.day >= today.period.from && e.day <= today.period.to);
  return { kind: 'meter', preset: preset.id, rhythm, meter: today, entries };
}

/**
 * The fields the preset needs that an entry lacks, as the proof marks them (proof.ts): for the
 * log page's list, before anything is printed.
 */
export function entryGaps(entry: LogEntry, presetId: PresetId): ProofField[] {
  const value: Record<ProofField, unknown> = {
    date: entry.day,
    type: entry.type,
    employer: entry.employer,
    position: entry.position,
    address: entry.address,
    municipality: entry.municipality,
    contact: entry.contact,
    phone: entry.phone,
    how: entry.how,
    result: entry.result,
    minutes: entry.minutes,
  };
  return requiredFields(PRESETS[presetId], entry.type).filter((field) => {
    const v = value[field];
    return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  });
}
