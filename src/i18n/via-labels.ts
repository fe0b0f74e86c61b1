import type { AppliedVia } from '../model/status';
import type { MessageKey } from './messages';

/**
 * How a person applied, in the words every view and export uses: the log's table and detail, the
 * CSV and the printed proof. One table, so they never name the same way differently.
 */
export const VIA_LABELS: Record<AppliedVia, MessageKey> = {
  portal: 'logViaPortal',
  email: 'logViaEmail',
  letter: 'logViaLetter',
  other: 'logViaOther',
};
