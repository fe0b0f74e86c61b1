import type { Difference } from '../model/restore';
import { localDay } from '../model/views';
import { formatDate } from './format';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the user's day, with the time of day when the day alone does not tell two apart. */
function when(iso: string, withTime: boolean, locale: string): string {
  const at = new Date(iso);
  const day = localDay(at);
  return formatDate(withTime ? `${day}T${pad(at.getHours())}:${pad(at.getMinutes())}` : day, locale);
}

/** One difference in the user's words, or null when, as written, both sides read the same. */
function line(d: Difference, t: Translate, locale: string): string | null {
  switch (d.field) {
    case 'record':
      return t('logDiffRecord');
    case 'status':
      return t('logDiffStatus', [t(STATUS_LABELS[d.here]), t(STATUS_LABELS[d.file])]);
    case 'history':
      return d.here === d.file ? t('logDiffHistoryChanged') : t('logDiffHistory', [String(d.here), String(d.file)]);
    case 'applied':
      return t('logDiffApplied');
    case 'notes':
      return t('logDiffNotes');
    case 'corrections':
      return t('logDiffCorrections');
    case 'facts':
      return t('logDiffFacts');
    case 'addresses':
      return t('logDiffAddresses');
    case 'updated': {
      const sameDay = localDay(new Date(d.here)) === localDay(new Date(d.file));
      const [here, file] = [when(d.here, sameDay, locale), when(d.file, sameDay, locale)];
      return here === file ? null : t('logDiffUpdated', [here, file]);
    }
    case 'other':
      return t('logDiffOther');
  }
}

/** What differs between a record here and the file's, one line of text each, for the preview. */
export function describeDifferences(differences: readonly Difference[], t: Translate, locale: string): string[] {
  const lines = differences.flatMap((d) => line(d, t, locale) ?? []);
  // Only seconds apart in their last change: still a conflict, never an empty cell.
  return lines.length ? lines : [t('logDiffOther')];
}
