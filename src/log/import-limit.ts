/**
 * Refused before parsing. A person tracks tens to hundreds of vacancies: a few MB with their
 * snapshots. 10,000 with full snapshots (a stress figure, and MAX_BACKUP_RECORDS) is about 27 MB,
 * so 40 MiB restores any log this extension can hold, while a larger file (a hostile 50 MB one)
 * is refused before it is parsed, and the file still fits one extension message (Chrome's cap is
 * 64 MiB).
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
