import { ACTIVITY_WORDS, activityWordsFor, type ActivityWords, type ProofField, type ProofLanguage } from '../i18n/activity-words';
import type { Activity } from '../model/activity';
import type { TrackedVacancy } from '../model/tracked';
import { localDay } from '../model/views';
import { countedEntries, logEntries, type LogEntry } from './counting';
import type { CsvSeparator } from '../model/log-files';
import { csvTable, type CsvValue } from './csv';
import { measure, periodsBetween, type Period } from './periods';
import { requiredFields, rhythmOf, type Preset, type PresetId } from './presets';

/**
 * The proof of job search for one service: pure (vacancies, activities, preset, period, person,
 * words, now) -> the rows to print, in the preset's columns and its language, with what is
 * missing marked as gaps (to fill before printing, never printed blank silently), the counts per
 * period against the service's rhythm, and where the evidence is.
 */

/** The person's details, typed once and kept in this browser only; each optional. */
export interface PersonDetails {
  name: string;
  /** The service's number for the person (Kundennummer, klantnummer), printed where the service asks for it. */
  clientNumber: string;
  address: string;
}

export interface ProofRequest {
  vacancies: readonly TrackedVacancy[];
  activities: readonly Activity[];
  preset: Preset;
  /** The person's own target for an "as agreed" rhythm (or their commitment's hours, in minutes); null for the preset's. */
  target: number | null;
  /** The day the person's obligation started: periods of N weeks count from it. */
  start: string;
  /** First and last day of the proof, inclusive. */
  period: { from: string; to: string };
  person: PersonDetails;
  /** The printed words: the preset's language, or the user's for the general preset (see proofWords). */
  words: ActivityWords;
  now: Date;
}

export interface ProofColumn {
  field: ProofField;
  heading: string;
}

export interface ProofRow {
  key: string;
  day: string;
  source: LogEntry['source'];
  /** Each column's text; null where the entry has nothing. */
  cells: Partial<Record<ProofField, string | null>>;
  /** Minutes as a number, for the spreadsheet. */
  minutes: number | null;
  /** Fields the preset needs and this entry lacks: to fill before printing. */
  gaps: ProofField[];
  /** Where this row's evidence is (a tracked vacancy's address and its kept text); null for others. */
  evidence: string | null;
}

export interface ProofPeriodCount extends Period {
  value: number;
  /** The value as printed: a count, or hours and minutes. */
  valueText: string;
  target: number | null;
  targetText: string | null;
  met: boolean | null;
}

export interface Proof {
  preset: PresetId;
  language: ProofLanguage;
  period: { from: string; to: string };
  /** The person's details to print: the client number only where the service asks for it. */
  person: { name: string; clientNumber: string | null; address: string };
  columns: ProofColumn[];
  rows: ProofRow[];
  /** Rows with at least one gap. */
  rowsWithGaps: number;
  periods: ProofPeriodCount[];
  /** The line stating where the evidence is; null when no row has any. */
  evidenceNote: string | null;
  /** Today, the day the proof was made. */
  made: string;
}

/** The words a preset's proof is printed in: its service's language, or the user's for the general preset. */
export function proofWords(preset: Preset, userLocale: string): ActivityWords {
  return preset.language ? ACTIVITY_WORDS[preset.language] : activityWordsFor(userLocale);
}

function cellsOf(entry: LogEntry, words: ActivityWords): Record<ProofField, string | null> {
  const result = entry.result === null ? null : 'text' in entry.result ? entry.result.text : words.result[entry.result.status];
  return {
    date: entry.day,
    type: words.type[entry.type],
    employer: entry.employer,
    position: entry.position,
    address: entry.address,
    municipality: entry.municipality,
    contact: entry.contact,
    phone: entry.phone,
    how: entry.how === null ? null : words.how[entry.how],
    result,
    minutes: entry.minutes === null ? null : words.duration(entry.minutes),
  };
}

export function buildProof(request: ProofRequest): Proof {
  const { preset, words, period } = request;
  const rhythm = rhythmOf(preset, request.target);
  const counted = countedEntries(logEntries(request.vacancies, request.activities), preset);
  const columns = preset.columns.map((field) => ({ field, heading: preset.headings[field] ?? words.field[field] }));

  const rows: ProofRow[] = counted
    .filter((e) => e.day >= period.from && e.day <= period.to)
    .map((entry) => {
      const all = cellsOf(entry, words);
      const cells: ProofRow['cells'] = {};
      for (const { field } of columns) cells[field] = all[field];
      const gaps = requiredFields(preset, entry.type).filter((field) => !all[field]?.trim());
      return {
        key: entry.key,
        day: entry.day,
        source: entry.source,
        cells,
        minutes: entry.minutes,
        gaps,
        evidence: entry.evidence ? words.evidence(entry.evidence.url, entry.evidence.capturedDay) : null,
      };
    });

  const asText = (value: number) => (rhythm.measure === 'minutes' ? words.duration(value) : String(value));
  const periods = periodsBetween(rhythm.period, request.start, period.from, period.to).map((p) => {
    const value = measure(rhythm, p, counted.map((e) => ({ day: e.day, minutes: e.minutes })));
    return {
      ...p,
      value,
      valueText: asText(value),
      target: rhythm.target,
      targetText: rhythm.target === null ? null : asText(rhythm.target),
      met: rhythm.target === null ? null : value >= rhythm.target,
    };
  });

  const { name, clientNumber, address } = request.person;
  return {
    preset: preset.id,
    language: words.language,
    period,
    person: { name: name.trim(), clientNumber: preset.asksClientNumber && clientNumber.trim() ? clientNumber.trim() : null, address: address.trim() },
    columns,
    rows,
    rowsWithGaps: rows.filter((r) => r.gaps.length > 0).length,
    periods,
    evidenceNote: rows.some((r) => r.evidence) ? words.evidenceNote : null,
    made: localDay(request.now),
  };
}

/**
 * The proof as a spreadsheet: the preset's columns and headings, then the evidence; days as
 * dates and time spent as minutes (a number the spreadsheet can add up).
 */
export function proofCsv(proof: Proof, words: ActivityWords, separator: CsvSeparator): string {
  const headings = proof.columns.map(({ field, heading }) => (field === 'minutes' ? `${heading} (min)` : heading));
  headings.push(words.proof.evidence);
  const rows = proof.rows.map((row): CsvValue[] => [
    ...proof.columns.map(({ field }): CsvValue => {
      if (field === 'date') return { date: row.day };
      if (field === 'minutes') return row.minutes === null ? null : { number: row.minutes };
      return row.cells[field] ?? null;
    }),
    row.evidence,
  ]);
  return csvTable(headings, rows, separator);
}
