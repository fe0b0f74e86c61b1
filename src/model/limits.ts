// Apart from the schemas that enforce them (tracked.ts) so the sidebar script loads without zod.

/** Limits on what a page can make us store: a vacancy's text is a few dozen kB at most. */
export const SNAPSHOT_MAX_CHARS = 300_000;
export const NOTES_MAX_CHARS = 20_000;
/** The same vacancy is rarely on more than a handful of portals; the bound keeps records small. */
export const SOURCE_URLS_MAX = 20;
