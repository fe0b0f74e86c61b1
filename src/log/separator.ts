import type { CsvSeparator } from '../model/log-files';

/** The separator a spreadsheet in this locale expects: comma-decimal locales use semicolons. */
export function separatorFor(locale: string): CsvSeparator {
  return /^en\b/i.test(locale) ? ',' : ';';
}
