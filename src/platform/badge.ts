import type { MessageKey } from '../i18n/messages';
import type { PageState } from '../model/sidebar';

export interface Badge {
  text: string;
  color: string;
  /** The tooltip, as an i18n key and its substitution. */
  title: { key: MessageKey; substitution?: string } | null;
}

const TRACKED_COLOR = '#1e7e34';
const UNTRACKED_COLOR = '#0b5cad';
const PASSED_COLOR = '#6b7280';

/**
 * The toolbar badge of a vacancy tab: the days left (a check mark in front once tracked), so the
 * button says both at a glance; the tooltip says it in words. Four characters fit a badge.
 */
export function badgeFor(state: PageState): Badge {
  if (!state) return { text: '', color: UNTRACKED_COLOR, title: null };
  const { tracked, daysLeft } = state;
  const mark = tracked ? '✓' : '';
  const days = daysLeft === null ? '' : daysLeft < 0 ? '–' : daysLeft > 999 ? '999+' : String(daysLeft);
  const text = (mark + days).slice(0, 4) || '•';
  const color = daysLeft !== null && daysLeft < 0 ? PASSED_COLOR : tracked ? TRACKED_COLOR : UNTRACKED_COLOR;
  const key: MessageKey =
    daysLeft === null
      ? tracked ? 'badgeTrackedNoDeadline' : 'badgeVacancyNoDeadline'
      : daysLeft < 0
        ? tracked ? 'badgeTrackedPassed' : 'badgeVacancyPassed'
        : tracked ? 'badgeTrackedDays' : 'badgeVacancyDays';
  return { text, color, title: { key, substitution: daysLeft !== null && daysLeft >= 0 ? String(daysLeft) : undefined } };
}
