/**
 * The sidebar and the log page's detail correct a fact with one family of forms
 * (src/ui/CorrectionForms.tsx): the same correction typed in either place sends the same value,
 * a phone number typed nationally is read in the same country (the page's address, then its
 * language), and a kept correction is taken back with the same button.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactField, VacancyFacts } from '../../../src/model/facts';
import { summarize, withCorrection, type TrackedVacancy } from '../../../src/model/tracked';
import { phoneCountry } from '../../../src/ui/correction-input';
import type { LogApi } from '../../../src/ui/log-api';
import { LogDetail } from '../../../src/ui/LogDetail';
import { Sidebar } from '../../../src/ui/Sidebar';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const t = translatorFor('nl');
const tick = () => new Promise((ok) => setTimeout(ok, 0));
const settle = async () => {
  for (let i = 0; i < 5; i++) await tick();
};

afterEach(() => {
  document.body.innerHTML = '';
});

function factsAt(url: string, language: string): VacancyFacts {
  return { ...seedFacts(), url, language };
}

/** Types into the field captioned `caption` (the `index`th such) of the open form under `scope`. */
async function type(scope: Element, caption: string, value: string, index = 0) {
  const label = [...scope.querySelectorAll('form label')].filter((l) => l.querySelector('span')?.textContent === caption)[index]!;
  const input = label.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await tick();
}

async function submit(scope: Element) {
  scope.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

/** The sidebar on a page with these facts and corrections: the scope of one fact, and what it sent. */
async function inSidebar(facts: VacancyFacts, corrections: Partial<Record<FactField, unknown>> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const onCorrect = vi.fn();
  render(
    <Sidebar
      facts={facts}
      locale="nl-BE"
      now={FIXED_NOW}
      t={t}
      tracked={null}
      error={null}
      busy={false}
      collapsed={false}
      onTrack={vi.fn()}
      onToggleCollapsed={vi.fn()}
      corrections={corrections as never}
      onCorrect={onCorrect}
      onNotStated={vi.fn()}
    />,
    root,
  );
  await settle();
  const scope = (field: FactField) => root.querySelector(`[data-fact="${field}"]`)!;
  const sent = () => onCorrect.mock.calls.map(([field, value]) => [field, value]);
  return { scope, sent };
}

/** The log's detail of a record with these facts and corrections: the scope of one fact, and what it sent. */
async function inLog(facts: VacancyFacts, corrections: Partial<Record<FactField, unknown>> = {}) {
  const at = '2026-01-16T08:00:00.000Z';
  let record: TrackedVacancy = {
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
  for (const [field, value] of Object.entries(corrections)) record = withCorrection(record, field as FactField, value, FIXED_NOW);
  const setCorrection = vi.fn(async (_id: string, field: FactField, value: unknown) => {
    record = withCorrection(record, field, value, FIXED_NOW);
    return summarize(record);
  });
  const api = { getVacancy: vi.fn(async () => record), setCorrection, setNotStated: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <LogDetail id="v1" api={api as unknown as LogApi} t={t} locale="nl" changed={{ ids: new Set() }} onWritten={vi.fn()} onError={vi.fn()} onClose={vi.fn()} />,
    root,
  );
  await settle();
  const scope = (field: FactField) => root.querySelector(`[data-testid="correction-${field}"]`)!;
  const sent = () => setCorrection.mock.calls.map(([, field, value]) => [field, value]);
  return { scope, sent };
}

const PLACES = [inSidebar, inLog];

describe('the same correction in the sidebar and in the log detail', () => {
  it.each([
    // The page's address names the country.
    ['https://www.werkenbijdeoverheid.be/vacature/1', 'nl', '03 240 54 99', '+3232405499'],
    ['https://talent.brussels/fr/offre/1', 'fr', '02 240 54 99', '+3222405499'],
    ['https://www.interamt.de/koop/app/stelle?id=1', 'de', '0211 899 1234', '+492118991234'],
    // An address that names none: the page's language does (the log refused these numbers before).
    ['https://jobs.example.com/vacature/1', 'nl', '03 240 54 99', '+3232405499'],
    ['https://epso.europa.eu/job/1', 'en', '02 299 11 11', '+3222991111'],
  ])('on %s (%s), a contact phone typed %s is kept as %s in both', async (url, language, typed, e164) => {
    expect(phoneCountry(url, language)).not.toBeNull();
    const kept: unknown[] = [];
    for (const place of PLACES) {
      const { scope, sent } = await place(factsAt(url, language));
      scope('contacts').querySelector<HTMLButtonElement>('[data-testid="correct"]')!.click();
      await settle();
      await type(scope('contacts'), 'Telefoon', typed, 1);
      await submit(scope('contacts'));
      const [[field, value]] = sent() as [[FactField, Array<{ phone: string | null }>]];
      expect(field).toBe('contacts');
      expect(value[1]!.phone).toBe(e164);
      kept.push(value);
      document.body.innerHTML = '';
    }
    expect(kept[1]).toEqual(kept[0]);
  });

  it('a salary typed the same is sent the same', async () => {
    const kept: unknown[] = [];
    for (const place of PLACES) {
      const { scope, sent } = await place(seedFacts());
      scope('salary').querySelector<HTMLButtonElement>('[data-testid="correct"]')!.click();
      await settle();
      await type(scope('salary'), 'Schaal', 'B2');
      await type(scope('salary'), 'Van', '3.200');
      await submit(scope('salary'));
      kept.push(sent()[0]);
      document.body.innerHTML = '';
    }
    expect(kept[0]).toEqual(['salary', { scale: 'B2', min: 3200, max: 4129.64, currency: 'EUR', period: 'month', gross: true }]);
    expect(kept[1]).toEqual(kept[0]);
  });

  it.each([
    ['organisation', 'Agentschap voor Natuur en Bos'],
    ['salary', { scale: 'A3', min: null, max: null, currency: null, period: null, gross: null }],
  ] as const)('a kept %s correction is taken back with the same button in both', async (field, correction) => {
    for (const place of PLACES) {
      const { scope, sent } = await place(seedFacts(), { [field]: correction });
      const undo = scope(field).querySelector<HTMLButtonElement>('[data-testid="undo-correction"]')!;
      // The visible words (the log adds the fact's name for screen readers).
      expect(undo.childNodes[0]!.textContent).toBe('Gebruik weer de gelezen waarde');
      undo.click();
      await settle();
      expect(sent()).toEqual([[field, null]]);
      document.body.innerHTML = '';
    }
  });
});
