/**
 * The labels only vacancies use, every language: the one part of the vocabulary the content script
 * carries (it runs on every matching page, so it imports nothing else of the extractor's words).
 */
import { deOtherPosts, deVacancyLabels } from './de/vacancy-labels';
import { enOtherPosts, enVacancyLabels } from './en/vacancy-labels';
import { frOtherPosts, frVacancyLabels } from './fr/vacancy-labels';
import { nlOtherPosts, nlVacancyLabels } from './nl/vacancy-labels';

/** Per language (an array of the four lists, not one spread: a bundle that reads none of them leaves them out). */
export const VACANCY_LABELS: readonly (readonly string[])[] = [nlVacancyLabels, frVacancyLabels, deVacancyLabels, enVacancyLabels];
/** The words of a heading over other posts than the page's own, or over news and stories, every language. */
export const OTHER_POSTS: readonly { others: readonly string[]; posts: readonly string[]; news: readonly string[] }[] = [nlOtherPosts, frOtherPosts, deOtherPosts, enOtherPosts];
