import type { Status } from '../model/status';
import type { MessageKey } from './messages';

/** Each status's message key, for every view and export that names a status. */
export const STATUS_LABELS: Record<Status, MessageKey> = {
  interested: 'statusInterested',
  applied: 'statusApplied',
  screening: 'statusScreening',
  test: 'statusTest',
  interview: 'statusInterview',
  offer: 'statusOffer',
  hired: 'statusHired',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
  expired: 'statusExpired',
};
