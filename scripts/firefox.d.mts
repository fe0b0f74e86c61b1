/** $FIREFOX_PATH, then the usual install places; null when there is none (scripts/firefox.mjs). */
export declare function findFirefox(): string | null;
export declare const CANDIDATES: string[];
