import { useMemo } from 'preact/hooks';
import type { StatusName } from '../model/views';
import type { Translate } from './i18n';
import { STATUS_LABELS } from '../i18n/status-labels';

/** Statuses named in the person's language, for the lists' search ("gesprek" finds the interviews). */
export function useStatusName(t: Translate): StatusName {
  return useMemo<StatusName>(() => (status) => t(STATUS_LABELS[status]), [t]);
}
