/**
 * The labels only vacancies use, every language: the one part of the vocabulary the content script
 * carries (it runs on every matching page, so it imports nothing else of the extractor's words).
 */
import { deVacancyLabels } from './de/vacancy-labels';
import { enVacancyLabels } from './en/vacancy-labels';
import { frVacancyLabels } from './fr/vacancy-labels';
import { nlVacancyLabels } from './nl/vacancy-labels';

/** Per language (an array of the four lists, not one spread: a bundle that reads none of them leaves them out). */
export const VACANCY_LABELS: readonly (readonly string[])[] = [nlVacancyLabels, frVacancyLabels, deVacancyLabels, enVacancyLabels];
