/**
 * The log page's detail corrects the structured facts with the sidebar's forms. The API is a fake
 * that keeps one record and applies each write with the model's own withCorrection (the schema
 * check the background makes), so what the detail shows after a save is what the record holds.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactField } from '../../../src/model/facts';
import { NOT_STATED, summarize, withCorrection, withStatus, type TrackedVacancy } from '../../../src/model/tracked';
import { ConflictError } from '../../../src/db/errors';
import { userFacingError } from '../../../src/i18n/errors';
import type { LogApi } from '../../../src/ui/log-api';
import { LogDetail } from '../../../src/ui/LogDetail';
import { hasValue } from '../../../src/ui/fact-text';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const t = translatorFor('nl');
const tick = () => new Promise((ok) => setTimeout(ok, 0));
const settle = async () => {
  for (let i = 0; i < 5; i++) await tick();
};

function seedRecord(): TrackedVacancy {
  const facts = seedFacts();
  const at = '2026-01-16T08:00:00.000Z';
  return {
    id: 'v1',
    url: facts.url!,
    sourceUrls: [facts.url!],
    facts,
    corrections: {},
    snapshot: { text: 'Tekst', url: facts.url!, capturedAt: at },
    status: 'interested',
    history: [{ status: 'interested', at, recordedAt: at, by: 'user' }],
    applied: null,
    notes: '',
    trackedAt: at,
    updatedAt: at,
  };
}

/** The background's setCorrection over one record: stale versions refused, values checked by the facts' schema. */
function fakeApi(initial: TrackedVacancy) {
  let record = initial;
  let clock = FIXED_NOW.getTime();
  const write = async (expected: string | undefined, change: (r: TrackedVacancy, now: Date) => TrackedVacancy) => {
    if (expected !== undefined && expected !== record.updatedAt) throw userFacingError(new ConflictError('changed'), t);
    record = change(record, new Date((clock += 60_000)));
    return summarize(record);
  };
  const api = {
    getVacancy: vi.fn(async () => record),
    setCorrection: vi.fn((id: string, field: FactField, value: unknown, expected?: string) =>
      write(expected, (r, now) => withCorrection(r, field, value, now)),
    ),
    setNotStated: vi.fn((id: string, field: FactField, expected?: string) => write(expected, (r, now) => withCorrection(r, field, NOT_STATED, now))),
  };
  /** A change made elsewhere (another tab). */
  const elsewhere = () => write(undefined, (r, now) => withStatus(r, 'applied', now));
  return { api, elsewhere, current: () => record };
}

async function mount(record = seedRecord()) {
  const fake = fakeApi(record);
  const root = document.createElement('div');
  document.body.append(root);
  const onError = vi.fn();
  const onWritten = vi.fn();
  const draw = (changed = new Set<string>()) =>
    render(
      <LogDetail
        id="v1"
        api={fake.api as unknown as LogApi}
        t={t}
        locale="nl"
        changed={{ ids: changed }}
        onWritten={onWritten}
        onError={onError}
        onClose={vi.fn()}
      />,
      root,
    );
  draw();
  await settle();
  const row = (field: string) => root.querySelector<HTMLElement>(`[data-testid="correction-${field}"]`)!;
  const text = (field: string, testId: string) => row(field).querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/[\u00a0\u202f]/g, ' ') ?? null;
  const click = async (field: string, testId: string) => {
    row(field).querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
    await settle();
  };
  const input = (field: string, label: string, index = 0) =>
    [...row(field).querySelectorAll<HTMLLabelElement>('form label')].filter((l) => l.querySelector('span')?.textContent === label)[index]!
      .querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  const type = async (el: HTMLInputElement | HTMLSelectElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
    await tick();
  };
  const submit = async (field: string) => {
    row(field).querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
  };
  return { ...fake, row, text, click, input, type, submit, draw, onError, onWritten };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('hasValue', () => {
  it.each([
    [{ scale: 'B1' }, true],
    [[{ date: '2026-02-03', label: 'test' }], true],
    [null, false],
    [undefined, false],
    [[], false],
  ])('%j → %s', (value, expected) => expect(hasValue(value)).toBe(expected));
});

describe('the log detail corrects the structured facts', () => {
  it.each([
    ['salary', 'B1 € 3.059,65 – € 4.129,64 bruto per maand'],
    ['contract', 'contractueel · voltijds · onbepaalde duur · niveau B'],
    ['contacts', 'Philip De Koninck'],
    // The colon after the date is the log page's style (log.css): the text is the sidebar's.
    ['events', '11 februari 2026 Opdracht en competentiegericht interview'],
  ])('shows the %s read, with correct and leave-out but no undo', async (field, shown) => {
    const { text, row } = await mount();
    expect(text(field, 'fact-value')).toContain(shown);
    expect(row(field).querySelector('[data-testid="correct"]')).not.toBeNull();
    expect(row(field).querySelector('[data-testid="not-stated"]')).not.toBeNull();
    expect(row(field).querySelector('[data-testid="undo-correction"]')).toBeNull();
    expect(row(field).querySelector('form')).toBeNull();
  });

  it('offers no leave-out for a fact the page did not give', async () => {
    const record = seedRecord();
    record.facts = { ...record.facts, salary: null, contacts: [] };
    const { text, row } = await mount(record);
    expect(text('salary', 'fact-value')).toBe('niet vermeld');
    expect(row('salary').querySelector('[data-testid="not-stated"]')).toBeNull();
    expect(row('contacts').querySelector('[data-testid="not-stated"]')).toBeNull();
  });

  it('saves a salary typed in the form on the version it was opened on, and shows it over the one read', async () => {
    const { api, click, input, type, submit, text, row, current, onWritten } = await mount();
    const openedOn = current().updatedAt;
    await click('salary', 'correct');
    expect(input('salary', 'Schaal').value).toBe('B1');
    await type(input('salary', 'Schaal'), 'B2');
    await type(input('salary', 'Van'), '3.200');
    await type(input('salary', 'Tot'), '4.300,50');
    await submit('salary');
    expect(api.setCorrection).toHaveBeenCalledWith(
      'v1',
      'salary',
      { scale: 'B2', min: 3200, max: 4300.5, currency: 'EUR', period: 'month', gross: true },
      openedOn,
    );
    expect(onWritten).toHaveBeenCalledTimes(1);
    expect(row('salary').querySelector('form')).toBeNull();
    expect(text('salary', 'fact-value')).toBe('B2 € 3.200 – € 4.300,50 bruto per maand');
    expect(text('salary', 'corrected')).toBe('door jou verbeterd · Gelezen op de pagina: B1 € 3.059,65 – € 4.129,64 bruto per maand');
  });

  it('opens the form on the correction in effect, not on what was read', async () => {
    const record = withCorrection(seedRecord(), 'salary', { scale: 'A3', min: null, max: null, currency: null, period: null, gross: null }, FIXED_NOW);
    const { click, input } = await mount(record);
    await click('salary', 'correct');
    expect(input('salary', 'Schaal').value).toBe('A3');
    expect(input('salary', 'Van').value).toBe('');
  });

  it('makes a phone typed nationally international with the portal country', async () => {
    const { api, click, input, type, submit, row } = await mount();
    await click('contacts', 'correct');
    await type(input('contacts', 'Telefoon', 1), '03 240 54 99');
    await submit('contacts');
    const [, , contacts] = api.setCorrection.mock.calls[0]!;
    expect((contacts as Array<{ phone: string }>)[1]!.phone).toBe('+3232405499');
    // Each part its own element, as in the sidebar (the commas between them are log.css's).
    const second = row('contacts').querySelectorAll('[data-testid="fact-value"] li')[1]!;
    expect([...second.children].map((part) => part.textContent?.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      'Birgit Baats',
      'HR medewerker',
      '+32 3 240 54 99',
      'birgit.baats@provincieantwerpen.be',
    ]);
  });

  it('leaves a wrong contract out, then takes it back to the one read', async () => {
    const { api, click, text, row, current } = await mount();
    await click('contract', 'not-stated');
    expect(api.setNotStated).toHaveBeenCalledWith('v1', 'contract', '2026-01-16T08:00:00.000Z');
    expect(current().corrections.contract).toBeNull();
    expect(text('contract', 'fact-value')).toBe('niet vermeld');
    expect(text('contract', 'corrected')).toContain('Gelezen op de pagina: contractueel');
    expect(row('contract').querySelector('[data-testid="not-stated"]')).toBeNull();

    const leftOutAt = current().updatedAt;
    await click('contract', 'undo-correction');
    expect(api.setCorrection).toHaveBeenLastCalledWith('v1', 'contract', null, leftOutAt);
    expect(current().corrections).toEqual({});
    expect(text('contract', 'fact-value')).toBe('contractueel · voltijds · onbepaalde duur · niveau B');
    expect(row('contract').querySelector('[data-testid="corrected"]')).toBeNull();
  });

  it('a save over a change made elsewhere is refused with a line in the user language; what was typed stays', async () => {
    const { click, input, type, submit, text, row, elsewhere, draw, current, onError } = await mount();
    await click('salary', 'correct');
    await type(input('salary', 'Schaal'), 'B3');
    await elsewhere();
    draw(new Set(['v1']));
    await settle();
    await submit('salary');
    expect(text('salary', 'correction-error')).toBe(
      'Je correctie is niet bewaard: Deze vacature werd ondertussen elders gewijzigd; er is niets bewaard. Herlaad de pagina om de laatste versie te zien.',
    );
    expect(input('salary', 'Schaal').value).toBe('B3');
    expect(current().corrections).toEqual({});
    expect(onError).not.toHaveBeenCalled();
    // Cancelling closes the form and its error; reopened, it starts on the record as it is now.
    row('salary').querySelector<HTMLButtonElement>('form .buttons button[type="button"]')!.click();
    await settle();
    expect(row('salary').querySelector('[data-testid="correction-error"]')).toBeNull();
    await click('salary', 'correct');
    await type(input('salary', 'Schaal'), 'B3');
    await submit('salary');
    expect(current().corrections.salary?.scale).toBe('B3');
  });

  it('a value the facts schema refuses is not kept, and the refusal is shown', async () => {
    const { api, click, submit, text, current } = await mount();
    api.setCorrection.mockImplementationOnce(async () => {
      throw new Error('Invalid input');
    });
    await click('events', 'correct');
    await submit('events');
    expect(text('events', 'correction-error')).toBe('Je correctie is niet bewaard: Invalid input');
    expect(current().corrections).toEqual({});
  });
});
