import type { AppliedVia } from '../model/status';
import type { MessageKey } from './i18n';

/** How a person applied, as the log's exports and report write it. */
export const VIA_LABELS: Record<AppliedVia, MessageKey> = {
  portal: 'logViaPortal',
  email: 'logViaEmail',
  letter: 'logViaLetter',
  other: 'logViaOther',
};
