/**
 * Letters and digits of the scripts vacancies are written in (Latin, Greek, Cyrillic), as regex
 * class contents for the case-insensitive patterns. \p{L} under the `iu` flags costs V8 milliseconds
 * to compile in every pattern (it closes the whole Unicode letter class under case folding); these
 * few ranges cost next to nothing, and a page that puts another script against a word is no page
 * this extractor reads well anyway.
 */
export const LETTER = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff';
export const DIGIT = '0-9\u00b2\u00b3\u00b9\u00bc-\u00be';
