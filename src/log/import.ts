import type { z } from '../model/zod';
import type { Difference, ImportChoice, ImportError, ImportErrorCode, ImportOutcome, PreviewRow, RestorePlan } from '../model/restore';
import { effectiveFacts, type TrackedVacancy } from '../model/tracked';
import { BackupSchema, detectVersion, upgrade, type Backup } from './backup';
import { MAX_IMPORT_BYTES } from './import-limit';

// In a module of its own so the log page can check a file's size without loading this one (zod).
export { MAX_IMPORT_BYTES };

/**
 * Restoring a backup: parse and validate the whole file before anything is written, show what it
 * would change, and plan what to write. Pure: src/db/restore.ts reads the records here and writes
 * the plan in one transaction (all or nothing); src/messaging/log-handlers.ts wires the two.
 */

const MAX_DETAILS = 20;

export type ParseResult =
  | { ok: true; backup: Backup; upgradedFrom: number | null }
  | { ok: false; error: ImportError };

/** Whether text that is not JSON reads as a spreadsheet: a first line of values split by ; , or tabs. */
export function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.trim();
  return first !== '' && !/^[[{]/.test(first) && /[;,\t]/.test(first);
}

const fail = (code: ImportErrorCode, details: string[] = []): ParseResult => ({ ok: false, error: { code, details } });

export function parseBackup(text: string, now: Date): ParseResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return fail('tooLarge', [`${bytes} bytes; at most ${MAX_IMPORT_BYTES}`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(looksLikeCsv(text) ? 'csv' : 'notJson', [error instanceof Error ? error.message : String(error)]);
  }
  const version = detectVersion(data);
  if (!version.ok) {
    return fail(version.reason, version.version === undefined ? [] : [`formatVersion: ${JSON.stringify(version.version)}`]);
  }
  const checked = BackupSchema.safeParse(upgrade(data, version.version, now));
  if (!checked.success) return fail('invalid', issueLines(checked.error.issues));
  const duplicates = duplicateLines(checked.data.vacancies);
  if (duplicates.length) return fail('duplicates', duplicates.slice(0, MAX_DETAILS));
  return { ok: true, backup: checked.data, upgradedFrom: version.version < checked.data.formatVersion ? version.version : null };
}

/**
 * The file's size in UTF-8 bytes. Each UTF-16 unit is 1 to 3 bytes, so the exact count is only
 * needed when the length leaves the limit in doubt; it is counted without encoding the text (an
 * encoded copy of a 16 MB backup took a tenth of a second and as much memory again).
 */
export function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: 2 units, 4 bytes.
      bytes += 2;
      i++;
    } else bytes += 2; // 3 bytes, a lone surrogate too (encoded as U+FFFD)
  }
  return bytes;
}

function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_DETAILS).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > MAX_DETAILS) lines.push(`… ${issues.length - MAX_DETAILS} more`);
  return lines;
}

/** vacancies[12].facts.deadline */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(file)';
}

/** Two records with one id, or one address tracked twice, would overwrite each other or break look-up by address. */
function duplicateLines(vacancies: readonly TrackedVacancy[]): string[] {
  const lines: string[] = [];
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  vacancies.forEach((v, i) => {
    const id = ids.get(v.id);
    if (id !== undefined) lines.push(`vacancies[${i}].id: ${JSON.stringify(v.id)} also at vacancies[${id}]`);
    else ids.set(v.id, i);
    const url = urls.get(v.url);
    if (url !== undefined) lines.push(`vacancies[${i}].url: ${JSON.stringify(v.url)} also at vacancies[${url}]`);
    else urls.set(v.url, i);
  });
  return lines;
}

/** What differs between the record here and the file's, in a fixed order: the user's own work first. */
export function differences(here: TrackedVacancy, file: TrackedVacancy): Difference[] {
  const found: Difference[] = [];
  if (here.id !== file.id) found.push({ field: 'record' });
  if (here.status !== file.status) found.push({ field: 'status', here: here.status, file: file.status });
  if (!sameJson(here.history, file.history)) found.push({ field: 'history', here: here.history.length, file: file.history.length });
  if (!sameJson(here.applied, file.applied)) found.push({ field: 'applied' });
  if (here.notes !== file.notes) found.push({ field: 'notes' });
  if (!sameJson(here.corrections, file.corrections)) found.push({ field: 'corrections' });
  if (!sameJson(here.facts, file.facts) || !sameJson(here.snapshot, file.snapshot)) found.push({ field: 'facts' });
  if (here.url !== file.url || !sameJson(here.sourceUrls, file.sourceUrls)) found.push({ field: 'addresses' });
  if (here.updatedAt !== file.updatedAt) found.push({ field: 'updated', here: here.updatedAt, file: file.updatedAt });
  // A conflict never reads as "nothing differs".
  if (found.length === 0) found.push({ field: 'other' });
  return found;
}

/**
 * Sorts the file's records against the current ones: new (neither id nor address known),
 * duplicate (the same record, field for field), conflicting (same id or same address, different content).
 */
export function classify(incoming: readonly TrackedVacancy[], current: readonly TrackedVacancy[]): PreviewRow[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  const byUrl = new Map(current.map((r) => [r.url, r]));
  return incoming.map((r) => {
    // As the log shows them: with the user's corrections.
    const { title, organisation } = effectiveFacts(r);
    const row = { id: r.id, title, organisation, url: r.url };
    const existing = byId.get(r.id) ?? byUrl.get(r.url);
    if (!existing) return { ...row, kind: 'new' };
    if (existing.id === r.id && sameJson(existing, r)) return { ...row, kind: 'duplicate' };
    return { ...row, kind: 'conflicting', existingId: existing.id };
  });
}

/** The preview: each of the file's records classified, a conflict with what differs from the record here. */
export function previewRows(incoming: readonly TrackedVacancy[], current: readonly TrackedVacancy[]): PreviewRow[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  return classify(incoming, current).map((row, i) =>
    row.kind === 'conflicting' ? { ...row, differences: differences(byId.get(row.existingId!)!, incoming[i]!) } : row,
  );
}

/**
 * Whether two values say the same as JSON, whatever the order of their keys (the database and a
 * file may order a record's keys differently): a key whose value is undefined counts as absent.
 * Compared in place: writing both as sorted JSON took half a second for 10,000 records.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(right, k) && sameJson(left[k], right[k]));
}

/** The ids in `except` that name none of the file's records: a page that sends them is mistaken, or forged. */
export function idsNotInFile(backup: Backup, except: readonly string[]): string[] {
  if (except.length === 0) return [];
  const ids = new Set(backup.vacancies.map((r) => r.id));
  return except.filter((id) => !ids.has(id));
}

/** A restore decided: what to write (see RestorePlan), and how many records each way. */
export interface ImportPlan extends RestorePlan {
  outcome: Omit<ImportOutcome, 'settings'>;
}

/**
 * What restoring a validated backup over the records here (`current`, those its records meet)
 * writes. The file's settings are taken when none are stored here, or when the global choice is
 * the file's: a row chosen the other way decides that record only. Applied in one transaction by
 * src/db/restore.ts (applyRestore), which plans again there, since the log may have changed since
 * the preview.
 */
export function planImport(backup: Backup, current: readonly TrackedVacancy[], choice: ImportChoice): ImportPlan {
  const rows = classify(backup.vacancies, current);
  const idsByUrl = new Map<string, string[]>();
  for (const r of current) idsByUrl.set(r.url, [...(idsByUrl.get(r.url) ?? []), r.id]);
  const remove: string[] = [];
  const put: TrackedVacancy[] = [];
  const outcome = { added: 0, replaced: 0, skipped: 0 };
  const except = new Set(choice.except);
  const taken = (i: number) => rows[i]!.kind === 'conflicting' && (choice.conflicts === 'replace') !== except.has(backup.vacancies[i]!.id);
  // The records here that a row chose to keep: no other row of the file may overwrite or remove
  // them (one file record holding a record's id, another its address, chosen two ways).
  const kept = new Set(rows.flatMap((row, i) => (row.kind === 'conflicting' && !taken(i) ? [row.existingId!] : [])));
  rows.forEach((row, i) => {
    const record = backup.vacancies[i]!;
    // Whatever holds this id or this address gives way, so one address keeps one record.
    const givesWay = (idsByUrl.get(record.url) ?? []).filter((id) => id !== record.id);
    if (row.kind === 'new') {
      put.push(record);
      outcome.added++;
    } else if (taken(i) && !kept.has(record.id) && !givesWay.some((id) => kept.has(id))) {
      remove.push(...givesWay);
      put.push(record);
      outcome.replaced++;
    } else {
      outcome.skipped++;
    }
  });
  const replace = choice.conflicts === 'replace';
  const settings = backup.settings && { value: backup.settings, replace };
  // Activities are the person's own entries: one with an id not here is added; one with an id here is kept or replaced as a whole, as the file's side is chosen.
  const activities = { value: backup.activities, replace };
  const proof = backup.proof && { value: backup.proof, replace };
  return { remove, put, settings, activities, proof, outcome };
}
