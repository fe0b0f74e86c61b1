import { describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../../src/platform/badge';
import { originPattern } from '../../../src/platform/inject';
import { extraOrigins, syncGrantedSites, type SiteAccessDeps } from '../../../src/platform/site-access';

describe('badgeFor', () => {
  it.each([
    [{ tracked: false, daysLeft: 12 }, '12', 'badgeVacancyDays', '12'],
    [{ tracked: true, daysLeft: 12 }, '✓12', 'badgeTrackedDays', '12'],
    [{ tracked: true, daysLeft: 0 }, '✓0', 'badgeTrackedDays', '0'],
    [{ tracked: false, daysLeft: -3 }, '–', 'badgeVacancyPassed', undefined],
    [{ tracked: true, daysLeft: null }, '✓', 'badgeTrackedNoDeadline', undefined],
    [{ tracked: false, daysLeft: null }, '•', 'badgeVacancyNoDeadline', undefined],
  ] as const)('%j shows %s', (state, text, key, substitution) => {
    const badge = badgeFor(state);
    expect(badge.text).toBe(text);
    expect(badge.title).toEqual({ key, substitution });
  });

  it('is cleared when the tab no longer shows a vacancy', () => {
    expect(badgeFor(null)).toMatchObject({ text: '', title: null });
  });
});

describe('originPattern', () => {
  it.each([
    ['https://www.gemeente-voorbeeld.be/vacatures/1?x=2', 'https://www.gemeente-voorbeeld.be/*'],
    ['http://jobs.example.org:8080/a', 'http://jobs.example.org/*'],
    ['chrome://extensions/', null],
    ['file:///home/me/page.html', null],
    ['not an address', null],
    [undefined, null],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('granted sites', () => {
  const PORTALS = ['*://*.werkenbijdeoverheid.be/*', '*://*.interamt.de/*'];

  it('keeps only single sites beyond the portal list', () => {
    expect(
      extraOrigins(['*://*.interamt.de/*', 'https://www.b.be/*', 'https://www.a.be/*', 'https://*/*', 'https://www.a.be/*'], PORTALS),
    ).toEqual(['https://www.a.be/*', 'https://www.b.be/*']);
  });

  function fakeDeps(granted: string[], registered: string[] | null) {
    const deps: SiteAccessDeps = {
      grantedOrigins: async () => granted,
      registeredMatches: async () => registered,
      register: vi.fn(async () => {}),
      update: vi.fn(async () => {}),
      unregister: vi.fn(async () => {}),
    };
    return deps;
  }

  it.each([
    ['a first site: register', ['https://www.a.be/*'], null, 'register'],
    ['another site: update', ['https://www.a.be/*', 'https://www.b.be/*'], ['https://www.a.be/*'], 'update'],
    ['the last site removed: unregister', [], ['https://www.a.be/*'], 'unregister'],
    ['nothing changed: nothing', ['https://www.a.be/*'], ['https://www.a.be/*'], null],
    ['nothing granted, nothing registered: nothing', PORTALS, null, null],
  ] as const)('%s', async (_, granted, registered, expected) => {
    const deps = fakeDeps([...granted], registered ? [...registered] : null);
    await syncGrantedSites(deps, PORTALS);
    for (const call of ['register', 'update', 'unregister'] as const) {
      expect(deps[call], call).toHaveBeenCalledTimes(call === expected ? 1 : 0);
    }
  });
});
