/**
 * Detection's vocabulary, every language: the one part of the vocabulary the content script
 * carries (it runs on every matching page, so it imports nothing else of the extractor's words).
 */
import { deDetect } from './de/detect';
import { enDetect } from './en/detect';
import { frDetect } from './fr/detect';
import { nlDetect } from './nl/detect';
import type { DetectWords } from './types';

export type { DetectWords } from './types';

export const DETECT_WORDS: readonly DetectWords[] = [nlDetect, frDetect, deDetect, enDetect];
