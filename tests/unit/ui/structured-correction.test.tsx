import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrackedSummary } from '../../../src/model/tracked';
import { Sidebar, type SidebarProps } from '../../../src/ui/Sidebar';
import { typedAmount } from '../../../src/ui/StructuredCorrection';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const TRACKED = { id: 'v1', status: 'interested', deadline: '2026-02-01' } as TrackedSummary;
const tick = () => new Promise((ok) => setTimeout(ok, 0));

function mount(overrides: Partial<SidebarProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const onCorrect = vi.fn();
  const props: SidebarProps = {
    facts: seedFacts(),
    locale: 'nl-BE',
    now: FIXED_NOW,
    t: translatorFor('nl'),
    tracked: TRACKED,
    error: null,
    busy: false,
    collapsed: false,
    onTrack: vi.fn(),
    onToggleCollapsed: vi.fn(),
    onCorrect,
    ...overrides,
  };
  render(<Sidebar {...props} />, root);
  const q = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel as never);
  const field = (row: string, label: string) =>
    [...root.querySelectorAll<HTMLLabelElement>(`[data-fact="${row}"] form label`)].find((l) => l.querySelector('span')?.textContent === label)!
      .querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  const type = async (el: HTMLInputElement | HTMLSelectElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    await tick();
  };
  const open = async (row: string) => {
    q<HTMLButtonElement>(`[data-fact="${row}"] [data-testid="correct"]`)!.click();
    await tick();
  };
  const submit = async (row: string) => {
    q<HTMLFormElement>(`[data-fact="${row}"] form`)!.dispatchEvent(new Event('submit', { cancelable: true }));
    await tick();
  };
  return { q, field, type, open, submit, onCorrect };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('typedAmount', () => {
  it.each([
    ['3.059,65', 3059.65],
    ['3059.65', 3059.65],
    ['€ 3 059,6', 3059.6],
    ['40,000', 40000],
    ['3.059', 3059],
    ["1'234.50", 1234.5],
    ['38', 38],
    ['19,5', 19.5],
    ['', null],
    ['  ', null],
  ])('%j is %j', (text, amount) => expect(typedAmount(text)).toBe(amount));

  it.each(['-5', '1e5', 'veel', '3,5,5'])('%j is not an amount', (text) => expect(typedAmount(text)).toBeNaN());
});

describe('correcting a salary and a contract in the sidebar', () => {
  it('starts from the salary read, and sends the salary typed over it', async () => {
    const { field, type, open, submit, onCorrect } = mount();
    await open('salary');
    expect(field('salary', 'Schaal').value).toBe('B1');
    expect(field('salary', 'Per').value).toBe('month');
    expect(field('salary', 'Bruto of netto').value).toBe('gross');
    await type(field('salary', 'Schaal'), 'B2');
    await type(field('salary', 'Van'), '4.300');
    await type(field('salary', 'Tot'), '3.200,50');
    await submit('salary');
    // The higher amount typed first is read as the range it means.
    expect(onCorrect).toHaveBeenCalledWith(
      'salary',
      { scale: 'B2', min: 3200.5, max: 4300, currency: 'EUR', period: 'month', gross: true },
      expect.anything(),
    );
  });

  it('refuses a salary without scale or amount, and an amount in words, saying why', async () => {
    const { q, field, type, open, submit, onCorrect } = mount();
    await open('salary');
    await type(field('salary', 'Schaal'), '');
    await type(field('salary', 'Van'), '');
    await type(field('salary', 'Tot'), '');
    await submit('salary');
    expect(q('[data-fact="salary"] [role="alert"]')?.textContent).toBe('Geef een schaal of een bedrag; bedragen in cijfers.');
    await type(field('salary', 'Van'), 'veel');
    await submit('salary');
    expect(onCorrect).not.toHaveBeenCalled();
  });

  it('a scale alone is a salary without amounts', async () => {
    const { field, type, open, submit, onCorrect } = mount();
    await open('salary');
    await type(field('salary', 'Van'), '');
    await type(field('salary', 'Tot'), '');
    await submit('salary');
    expect(onCorrect).toHaveBeenCalledWith('salary', { scale: 'B1', min: null, max: null, currency: null, period: null, gross: null }, expect.anything());
  });

  it('starts from the contract read, and sends the contract chosen', async () => {
    const { field, type, open, submit, onCorrect } = mount();
    await open('contract');
    expect(field('contract', 'Statuut').value).toBe('contractual');
    await type(field('contract', 'Statuut'), 'statutory');
    await type(field('contract', 'Uurregeling'), 'part-time');
    await type(field('contract', 'Uren per week'), '19,5');
    await submit('contract');
    expect(onCorrect).toHaveBeenCalledWith(
      'contract',
      { ...seedFacts().contract, employment: 'statutory', schedule: 'part-time', hoursPerWeek: 19.5 },
      expect.anything(),
    );
  });

  it('refuses hours per week beyond 80', async () => {
    const { q, field, type, open, submit, onCorrect } = mount();
    await open('contract');
    await type(field('contract', 'Uren per week'), '120');
    await submit('contract');
    expect(q('[data-fact="contract"] [role="alert"]')).not.toBeNull();
    expect(onCorrect).not.toHaveBeenCalled();
  });

  it('a corrected salary can be taken back from its form', async () => {
    const corrected = { scale: 'B2', min: null, max: null, currency: null, period: null, gross: null };
    const { q, field, open, onCorrect } = mount({ corrections: { salary: corrected } });
    await open('salary');
    expect(field('salary', 'Schaal').value).toBe('B2');
    [...q('[data-fact="salary"] form')!.querySelectorAll('button')].find((b) => b.textContent === 'Gebruik weer de gelezen waarde')!.click();
    expect(onCorrect).toHaveBeenCalledWith('salary', null, expect.anything());
  });
});
