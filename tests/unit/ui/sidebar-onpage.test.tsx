import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactField } from '../../../src/model/facts';
import type { TrackedSummary } from '../../../src/model/tracked';
import { Sidebar, type SidebarProps } from '../../../src/ui/Sidebar';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const TRACKED: TrackedSummary = {
  id: 'v1',
  url: 'https://www.werkenbijdeoverheid.be/vacature/x',
  title: 'Communicatiemedewerker lokale besturen',
  organisation: 'Provincie Antwerpen',
  reference: null,
  location: null,
  deadline: '2026-02-01',
  eventDates: [],
  language: 'nl',
  portal: 'www.werkenbijdeoverheid.be',
  status: 'interested',
  applied: null,
  trackedAt: '2026-01-20T09:30:00.000Z',
  updatedAt: '2026-01-20T09:30:00.000Z',
} as TrackedSummary;

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
  const q = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel as never);
  const row = (field: string) => plain(q(`[data-fact="${field}"]`)?.textContent);
  return { root, q, row, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Sidebar on the page', () => {
  it('offers "show in page" only for facts whose evidence was found there', () => {
    const onShowInPage = vi.fn();
    const { q } = mount({ highlights: { on: true, found: new Set<FactField>(['deadline']) }, onShowInPage });
    expect(q('[data-fact="title"] [data-testid="show-in-page"]')).toBeNull();
    const button = q<HTMLButtonElement>('[data-fact="deadline"] [data-testid="show-in-page"]')!;
    expect(button.getAttribute('aria-label')).toBe('Toon in de pagina: Solliciteren tot');
    button.click();
    expect(onShowInPage).toHaveBeenCalledWith('deadline', expect.anything());
  });

  it.each([
    [true, true],
    [false, false],
  ])('the highlight toggle shows its state (%s)', (on, checked) => {
    const { q } = mount({ highlights: { on, found: new Set() }, onToggleHighlights: vi.fn() });
    expect(q<HTMLInputElement>('[data-testid="highlights-toggle"]')!.checked).toBe(checked);
  });

  it('shows a correction instead of the extracted value, marked, with the extracted one beside it', () => {
    const { row } = mount({ tracked: TRACKED, corrections: { deadline: '2026-02-08', location: 'Boomsesteenweg 5, Antwerpen' } });
    expect(row('deadline')).toContain('8 februari 2026');
    expect(row('deadline')).toContain('nog 19 dagen');
    expect(row('deadline')).toContain('door jou verbeterd');
    expect(row('deadline')).toContain('Gelezen op de pagina: 1 februari 2026');
    expect(row('location')).toContain('Boomsesteenweg 5, Antwerpen');
    expect(row('location')).toContain('Gelezen op de pagina: Koningin Elisabethlei 22, 2018 Antwerpen');
  });

  it('lets a tracked vacancy be corrected: a date field takes a date, the form sends the value', async () => {
    const onCorrect = vi.fn();
    const { q } = mount({ tracked: TRACKED, onCorrect });
    q<HTMLButtonElement>('[data-fact="deadline"] [data-testid="correct"]')!.click();
    await new Promise((ok) => setTimeout(ok, 0));
    const input = q<HTMLInputElement>('[data-fact="deadline"] form input')!;
    expect([input.type, input.value, input.getAttribute('aria-label')]).toEqual(['date', '2026-02-01', 'Solliciteren tot']);
    input.value = '2026-02-08';
    input.dispatchEvent(new Event('input'));
    await new Promise((ok) => setTimeout(ok, 0));
    q<HTMLFormElement>('[data-fact="deadline"] form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onCorrect).toHaveBeenCalledWith('deadline', '2026-02-08', expect.anything());
  });

  it.each(['salary', 'contract', 'contacts', 'events'] as const)('a wrong %s can be left out, and the leaving out taken back', (field) => {
    const onNotStated = vi.fn();
    const onCorrect = vi.fn();
    const { q, row } = mount({ tracked: TRACKED, onCorrect, onNotStated });
    // Text facts are typed over instead.
    expect(q('[data-fact="deadline"] [data-testid="not-stated"]')).toBeNull();
    const button = q<HTMLButtonElement>(`[data-fact="${field}"] [data-testid="not-stated"]`)!;
    expect(button.getAttribute('aria-label')).toMatch(/^Klopt niet: .+ weglaten$/);
    button.click();
    expect(onNotStated).toHaveBeenCalledWith(field, expect.anything());

    const empty = field === 'contacts' || field === 'events' ? [] : null;
    const left = mount({ tracked: TRACKED, onCorrect, onNotStated, corrections: { [field]: empty } });
    expect(left.row(field)).toContain('door jou verbeterd');
    expect(left.row(field)).toContain('Gelezen op de pagina:');
    expect(left.q(`[data-fact="${field}"] [data-testid="not-stated"]`)).toBeNull();
    left.q<HTMLButtonElement>(`[data-fact="${field}"] [data-testid="undo-correction"]`)!.click();
    expect(onCorrect).toHaveBeenCalledWith(field, null, expect.anything());
    expect(row(field)).not.toContain('door jou verbeterd');
  });

  it('without a tracked vacancy there is nothing to keep a correction with', () => {
    const { q } = mount({ tracked: null });
    expect(q('[data-testid="correct"]')).toBeNull();
    expect(q('[data-testid="not-stated"]')).toBeNull();
  });

  it('shows a conflict between declared data and text, both', () => {
    const facts = seedFacts();
    facts.evidence.deadline = {
      source: 'text',
      text: 'Solliciteer ten laatste 1 februari 2026.',
      conflict: { source: 'jsonld', text: '2026-01-31', value: '31 januari 2026' },
    };
    const { q } = mount({ facts });
    expect(plain(q('[data-fact="deadline"] [data-testid="conflict"]')?.textContent)).toBe(
      'De pagina zegt elders ook: 31 januari 2026uit de gestructureerde gegevens van de pagina: 2026-01-31',
    );
  });

  it('offers a status choice once tracked, in the page of the statuses', () => {
    const onStatus = vi.fn(async () => undefined);
    const { q } = mount({ tracked: { ...TRACKED, status: 'applied' }, onStatus });
    const select = q<HTMLSelectElement>('[data-testid="status-select"]')!;
    expect(select.value).toBe('applied');
    expect([...select.options].map((o) => o.value)).toContain('interview');
    select.value = 'interview';
    select.dispatchEvent(new Event('change'));
    expect(onStatus).toHaveBeenCalledWith('interview', expect.anything());
  });

  it.each([
    [true, 'Deze pagina lijkt geen enkele vacature te zijn.'],
    [false, null],
  ])('says so when the page may not be a vacancy (uncertain: %s)', (uncertain, text) => {
    const { q } = mount({ uncertain });
    expect(q('[data-testid="uncertain"]')?.textContent?.slice(0, text?.length ?? 0) ?? null).toBe(text);
  });

  it('offers "Always on this site" only when asked to', () => {
    expect(mount().q('[data-testid="always-on"]')).toBeNull();
    const onAlwaysOn = vi.fn();
    const { q } = mount({ onAlwaysOn });
    q<HTMLButtonElement>('[data-testid="always-on"]')!.click();
    expect(onAlwaysOn).toHaveBeenCalled();
  });

  it('folds on Escape, the keyboard way out', () => {
    const onToggleCollapsed = vi.fn();
    const { q } = mount({ onToggleCollapsed });
    q('aside')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  it('asks which tracked vacancy it duplicates before storing it', () => {
    const onDuplicateChoice = vi.fn();
    const { q, root } = mount({ duplicates: [{ vacancy: TRACKED, reasons: [] }], onDuplicateChoice });
    expect(q('[data-testid="track"]')).toBeNull();
    const [same, separate] = [...root.querySelectorAll<HTMLButtonElement>('.duplicates button')];
    same!.click();
    separate!.click();
    expect(onDuplicateChoice.mock.calls.map((c) => c[0])).toEqual([
      { onDuplicate: 'add-source', matchId: 'v1' },
      { onDuplicate: 'track-separately' },
    ]);
  });
});
