// The message types live with the label tables in src/i18n, which the log's exports share.
export type { MessageKey, Translate } from '../i18n/messages';
