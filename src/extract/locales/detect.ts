/**
 * The phrases detection weighs in a page's text, every language (see ../detect-weigh.ts). Not the
 * content script's: it carries only the labels (./vacancy-labels.ts).
 */
import { deDetect } from './de/detect';
import { enDetect } from './en/detect';
import { frDetect } from './fr/detect';
import { nlDetect } from './nl/detect';
import type { DetectWords } from './types';

export type { DetectWords } from './types';

export const DETECT_WORDS: readonly DetectWords[] = [nlDetect, frDetect, deDetect, enDetect];
