import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
/** Looks up a user-facing string in the browser's language (browser.i18n in the extension). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
