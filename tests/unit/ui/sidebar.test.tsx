import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../src/ui/Sidebar';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

function mount(overrides: Partial<SidebarProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const props: SidebarProps = {
    facts: seedFacts(),
    locale: 'nl-BE',
    now: FIXED_NOW,
    t: translatorFor('nl'),
    tracked: null,
    error: null,
    busy: false,
    collapsed: false,
    onTrack: vi.fn(),
    onToggleCollapsed: vi.fn(),
    ...overrides,
  };
  render(<Sidebar {...props} />, root);
  const row = (field: string) => plain(root.querySelector(`[data-fact="${field}"]`)?.textContent);
  return { root, row, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Sidebar', () => {
  it('shows the seed facts in Dutch, formatted as the page writes them', () => {
    const { row } = mount();
    expect(row('title')).toContain('Communicatiemedewerker lokale besturen');
    expect(row('deadline')).toContain('1 februari 2026');
    expect(row('deadline')).toContain('nog 12 dagen');
    expect(row('salary')).toContain('B1');
    expect(row('salary')).toContain('€ 3.059,65 – € 4.129,64 bruto per maand');
    expect(row('contract')).toBe('Contractcontractueel · voltijds · onbepaalde duur · niveau B');
    expect(row('published')).toContain('15 januari 2026');
    expect(row('events')).toContain('3 februari 2026 Eventuele redeneertest');
    expect(row('contacts')).toContain('Birgit Baats');
    expect(row('reference')).toContain('niet vermeld');
  });

  it('puts the deadline first and the organisation near the end', () => {
    const { root } = mount();
    const order = [...root.querySelectorAll('[data-fact]')].map((el) => el.getAttribute('data-fact'));
    expect(order).toEqual(['title', 'deadline', 'salary', 'contract', 'location', 'contacts', 'events', 'reference', 'organisation', 'published']);
  });

  it('links contacts only through tel: and mailto:', () => {
    const { root } = mount();
    const hrefs = [...root.querySelectorAll('[data-fact="contacts"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'tel:+3232405839',
      'mailto:philip.dekoninck@provincieantwerpen.be',
      'tel:+3232405453',
      'mailto:birgit.baats@provincieantwerpen.be',
    ]);
    // The link dials the plain number; the reader sees it grouped as Belgians write it.
    const phones = [...root.querySelectorAll('[data-fact="contacts"] a.phone')].map((a) => a.textContent);
    expect(phones).toEqual(['+32 3 240 58 39', '+32 3 240 54 53']);
  });

  it('shows page text as text, never as markup', () => {
    const facts = { ...seedFacts(), title: '<img src=x onerror=alert(1)>' };
    const { root, row } = mount({ facts });
    expect(row('title')).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows where a fact was read, with the page words', () => {
    const { root } = mount();
    const source = root.querySelector('[data-fact="deadline"] .source');
    expect(plain(source?.textContent)).toContain('uit de tekst');
    expect(plain(source?.textContent)).toContain('Solliciteer ten laatste 1 februari 2026.');
  });

  it('marks a passed deadline and offers tracking until tracked', () => {
    const { row, root } = mount({ now: new Date('2026-02-03T10:00:00Z') });
    expect(row('deadline')).toContain('deadline verstreken');
    expect(root.querySelector('[data-testid="track"]')).not.toBeNull();
    const tracked = mount({ tracked: { id: '1', url: 'u', title: null, organisation: null, reference: null, location: null, deadline: null, eventDates: [], language: 'nl', portal: 'u', status: 'applied', applied: null, trackedAt: '2026-01-20T09:30:00.000Z', updatedAt: '2026-01-20T09:30:00.000Z' } });
    expect(plain(tracked.root.querySelector('[data-testid="track-status"]')?.textContent)).toBe('Bewaard: gesolliciteerd');
  });

  it('collapses to a tab that names itself and the days left, in the user\'s language', () => {
    const { root } = mount({ collapsed: true });
    expect(root.querySelector('[data-fact]')).toBeNull();
    const tab = root.querySelector<HTMLButtonElement>('button.tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    // Its accessible name is its text: what it is, how long is left, and what it does.
    expect(plain(tab.textContent)).toBe('Vacalens · nog 12 dagen (Vacalens openen)');
    const corrected = mount({ collapsed: true, corrections: { deadline: '2026-02-08' } });
    expect(plain(corrected.root.querySelector('button.tab')?.textContent)).toContain('Vacalens · nog 19 dagen');
    const none = mount({ collapsed: true, facts: { ...seedFacts(), deadline: null } });
    expect(plain(none.root.querySelector('button.tab')?.textContent)).toBe('Vacalens (Vacalens openen)');
    const english = mount({ collapsed: true, t: translatorFor('en') });
    expect(plain(english.root.querySelector('button.tab')?.textContent)).toMatch(/^Vacalens · 12 days left/);
  });
});
