import type { Applied } from '../model/tracked';
import type { MessageKey } from './i18n';

/** How a person applied, as the log's exports and report write it. */
export const VIA_LABELS: Record<Applied['via'], MessageKey> = {
  portal: 'logViaPortal',
  email: 'logViaEmail',
  letter: 'logViaLetter',
  other: 'logViaOther',
};
