/**
 * Letters and digits of the scripts vacancies are written in (Latin, Greek, Cyrillic), as regex
 * class contents. The extractor's patterns use these instead of \p{L}, \p{Lu}, \p{Ll} and \p{N}:
 * V8 builds a property class from all of Unicode each time it compiles a pattern (and closes it
 * under case folding with the `i` flag), a millisecond or more per pattern on the cold page where
 * the sidebar reads its one vacancy; these ranges cost next to nothing, and a page that puts
 * another script against a word is no page this extractor reads well anyway.
 *
 * For the same reason the case-insensitive patterns go without the `u` flag: with it V8 folds
 * every letter of every word through Unicode's full case closure at compile time (two to three
 * times the compile time); the pages read are BMP text, where the two foldings agree.
 */
export const LETTER = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff';
export const DIGIT = '0-9\u00b2\u00b3\u00b9\u00bc-\u00be';

/**
 * The capitals and the small letters of the alphabets vacancies in our markets are written in, as
 * \p{Lu} and \p{Ll} class them (a unit test checks both): Latin with Latin-1 and Latin Extended-A
 * (Polish, Czech, Hungarian, Turkish names), Romanian's Ș and Ț, basic Greek and Cyrillic. A
 * pattern that names capitals (a person's or an employer's name) uses these: V8 builds \p{Lu}
 * from all of Unicode on each compile, a millisecond or more per pattern on a cold page. The rest
 * of LETTER (Latin Extended-B and Additional, Cyrillic's extensions) alternates capital and small
 * letter by letter: listed one by one they made each class some 450 entries long, and cold
 * extraction in Chromium some 5% slower, for letters no page of the corpus writes.
 */
export const UPPER =
  'A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110\u0112\u0114' +
  '\u0116\u0118\u011a\u011c\u011e\u0120\u0122\u0124\u0126\u0128\u012a\u012c\u012e\u0130\u0132\u0134' +
  '\u0136\u0139\u013b\u013d\u013f\u0141\u0143\u0145\u0147\u014a\u014c\u014e\u0150\u0152\u0154\u0156' +
  '\u0158\u015a\u015c\u015e\u0160\u0162\u0164\u0166\u0168\u016a\u016c\u016e\u0170\u0172\u0174\u0176' +
  '\u0178\u0179\u017b\u017d\u0218\u021a\u0386\u0388-\u038a\u038c\u038e\u038f\u0391-\u03a1' +
  '\u03a3-\u03ab\u0400-\u042f';
export const LOWER =
  'a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0101\u0103\u0105\u0107\u0109\u010b\u010d\u010f\u0111\u0113' +
  '\u0115\u0117\u0119\u011b\u011d\u011f\u0121\u0123\u0125\u0127\u0129\u012b\u012d\u012f\u0131\u0133' +
  '\u0135\u0137\u0138\u013a\u013c\u013e\u0140\u0142\u0144\u0146\u0148\u0149\u014b\u014d\u014f\u0151' +
  '\u0153\u0155\u0157\u0159\u015b\u015d\u015f\u0161\u0163\u0165\u0167\u0169\u016b\u016d\u016f\u0171' +
  '\u0173\u0175\u0177\u017a\u017c\u017e\u017f\u0219\u021b\u0390\u03ac-\u03ce\u0430-\u045f';
