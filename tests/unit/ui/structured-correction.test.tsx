import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrackedSummary } from '../../../src/model/tracked';
import { Sidebar, type SidebarProps } from '../../../src/ui/Sidebar';
import { typedAmount, typedContact } from '../../../src/ui/correction-input';
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

describe('typedContact', () => {
  const row = (over: Partial<{ name: string; role: string; phone: string; email: string }>) => ({ name: '', role: '', phone: '', email: '', ...over });
  it.each([
    [row({ name: 'Birgit Hendrickx', phone: '03 240 58 39' }), { name: 'Birgit Hendrickx', role: null, phone: '+3232405839', email: null }],
    [row({ email: ' vacatures@provincieantwerpen.be ' }), { name: null, role: null, phone: null, email: 'vacatures@provincieantwerpen.be' }],
    [row({ name: 'An', phone: '+49 89 2176 2117' }), { name: 'An', role: null, phone: '+498921762117', email: null }],
    [row({}), null],
  ])('%j', (typed, contact) => expect(typedContact(typed, 'be')).toEqual(contact));

  it.each([
    ['a phone number without its area code', row({ name: 'An', phone: '240 58 39' })],
    ['an e-mail address without a domain', row({ name: 'An', email: 'an@' })],
    ['a role alone', row({ role: 'HR' })],
  ])('refuses %s', (_, typed) => expect(typedContact(typed, 'be')).toBe('contactsInvalid'));
});

describe('correcting the contact persons and the selection steps', () => {
  it('adds a contact to those read, its phone made international by the page\'s country', async () => {
    const { q, open, submit, onCorrect } = mount();
    await open('contacts');
    const read = seedFacts().contacts;
    expect(q('[data-fact="contacts"] form')!.querySelectorAll('fieldset')).toHaveLength(read.length);
    [...q('[data-fact="contacts"] form')!.querySelectorAll(':scope > button')].find((b) => b.textContent === 'Contactpersoon toevoegen')!.dispatchEvent(new Event('click'));
    await tick();
    const last = [...q('[data-fact="contacts"] form')!.querySelectorAll('fieldset')].at(-1)!;
    const input = (caption: string) => [...last.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === caption)!.querySelector('input')!;
    input('Naam').value = 'Jan Peeters';
    input('Naam').dispatchEvent(new Event('input'));
    input('Telefoon').value = '0470 12 34 56';
    input('Telefoon').dispatchEvent(new Event('input'));
    await tick();
    await submit('contacts');
    expect(onCorrect).toHaveBeenCalledWith('contacts', [...read, { name: 'Jan Peeters', role: null, phone: '+32470123456', email: null }], expect.anything());
  });

  it('sends the steps in date order, and refuses a step without its date', async () => {
    const { q, open, submit, onCorrect } = mount();
    await open('events');
    const form = () => q('[data-fact="events"] form')!;
    const rows = () => [...form().querySelectorAll('fieldset')];
    const set = async (row: Element, caption: string, value: string) => {
      const el = [...row.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === caption)!.querySelector('input')!;
      el.value = value;
      el.dispatchEvent(new Event('input'));
      await tick();
    };
    [...form().querySelectorAll(':scope > button')].find((b) => b.textContent === 'Stap toevoegen')!.dispatchEvent(new Event('click'));
    await tick();
    await set(rows().at(-1)!, 'Wat', 'Assessment');
    await submit('events');
    expect(form().querySelector('[role="alert"]')?.textContent).toBe('Geef elke stap een datum en een omschrijving.');
    expect(onCorrect).not.toHaveBeenCalled();
    await set(rows().at(-1)!, 'Datum', '2026-01-05');
    await submit('events');
    const sent = onCorrect.mock.calls[0]![1] as { date: string }[];
    expect(sent[0]).toEqual({ date: '2026-01-05', label: 'Assessment' });
    expect(sent.map((e) => e.date)).toEqual([...sent.map((e) => e.date)].sort());
    expect(sent).toHaveLength(seedFacts().events.length + 1);
  });
});
