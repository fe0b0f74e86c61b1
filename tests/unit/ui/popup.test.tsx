import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sortByNextDue, summarize, type Status, type TrackedSummary } from '../../../src/model/tracked';
import { Popup, type PopupApi } from '../../../src/ui/Popup';
import { FIRST_SCREEN_ROWS, POPUP_PAGE_SIZE as PAGE_SIZE } from '../../../src/ui/tracked-list';
import { generateVacancies } from '../db/generate';
import { translatorFor } from '../helpers';

const NOW = new Date(2026, 0, 20, 10);
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const flush = () => act(async () => await new Promise((ok) => setTimeout(ok, 0)));
/** Lets the browser paint once: the list then draws the rest of its first page. */
const painted = () => act(async () => await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));

function row(over: Partial<TrackedSummary>): TrackedSummary {
  return {
    id: 'x',
    url: 'https://www.werkenbijdeoverheid.be/x',
    title: 'x',
    organisation: 'Provincie Antwerpen',
    reference: null,
    location: null,
    deadline: null,
    eventDates: [],
    language: 'nl',
    portal: 'werkenbijdeoverheid.be',
    status: 'interested',
    applied: null,
    trackedAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...over,
  };
}

async function mount(rows: TrackedSummary[]) {
  let push: (changed: TrackedSummary[]) => void = () => {};
  const api: PopupApi = {
    // As the background answers: the lists' order, the first `limit` when asked for a page.
    listTracked: vi.fn(async ({ today, limit }: { today: string; limit?: number }) => ({
      rows: sortByNextDue(rows, today).slice(0, limit ?? rows.length),
      total: rows.length,
    })),
    setStatus: vi.fn(async (id: string, status: Status) => ({ ...rows.find((r) => r.id === id)!, status })),
    undoStatus: vi.fn(async (id: string) => rows.find((r) => r.id === id)!),
    exportCsv: vi.fn(async () => {}),
    subscribe: (fn) => {
      push = fn;
      return () => {};
    },
  };
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<Popup api={api} t={translatorFor('nl')} locale="nl-BE" now={NOW} logUrl="chrome-extension://x/log.html" />, root);
  });
  await flush();
  const titles = () => [...root.querySelectorAll('[data-testid="tracked-row"] .title')].map((a) => a.textContent);
  return { root, api, titles, push: (c: TrackedSummary[]) => act(() => push(c)) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  const rows = [
    row({ id: 'later', title: 'Jurist', deadline: '2026-03-01' }),
    row({ id: 'soon', title: 'Boekhouder', deadline: '2026-01-23' }),
    row({ id: 'passed', title: 'Planner', deadline: '2026-01-15' }),
    row({ id: 'event', title: 'Verpleegkundige', status: 'test', deadline: '2026-01-01', eventDates: ['2026-01-27'] }),
  ];

  it('lists the next thing due first, with days left and the closing-soon and passed marks', async () => {
    const { root, titles } = await mount(rows);
    expect(titles()).toEqual(['Boekhouder', 'Verpleegkundige', 'Jurist', 'Planner']);
    const text = (id: string) => plain(root.querySelector(`[data-id="${id}"] .meta`)?.textContent);
    expect(text('soon')).toBe('Solliciteren tot 23 januari 2026 · nog 3 dagen');
    expect(root.querySelector('[data-id="soon"] .days')?.className).toContain('soon');
    expect(text('passed')).toContain('deadline verstreken');
    expect(root.querySelector('[data-id="passed"] .days')?.className).toContain('passed');
    expect(text('event')).toBe('Volgende stap: 27 januari 2026 · nog 7 dagen');
    expect(root.querySelector('[data-id="later"] .days')?.className).not.toMatch(/soon|passed/);
  });

  it('changes a status from its labelled select', async () => {
    const { root, api } = await mount(rows);
    const select = root.querySelector<HTMLSelectElement>('[data-id="soon"] select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Status');
    select.value = 'applied';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(api.setStatus).toHaveBeenCalledWith('soon', 'applied');
    expect(root.querySelector<HTMLSelectElement>('[data-id="soon"] select')!.value).toBe('applied');
  });

  it.each([
    ['boek', ['Boekhouder']],
    ['provincie jurist', ['Jurist']],
    ['gent', []],
  ])('search %j shows %j', async (query, expected) => {
    const { root, titles } = await mount(rows);
    const input = root.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    input.value = query;
    await act(() => {
      input.dispatchEvent(new Event('input'));
    });
    expect(titles()).toEqual(expected);
  });

  it('shows a change made elsewhere without reloading', async () => {
    const { root, push } = await mount(rows);
    await push([{ ...rows[0]!, status: 'interview' }, row({ id: 'new', title: 'Nieuw', deadline: '2026-01-21' })]);
    expect(root.querySelector<HTMLSelectElement>('[data-id="later"] select')!.value).toBe('interview');
    expect(root.querySelector('[data-testid="tracked-row"] .title')?.textContent).toBe('Nieuw');
  });

  it('read in the page, shows its first rows at once, and the count and search once the whole log is in', async () => {
    const many = generateVacancies(120, NOW, 10).map(summarize);
    let answerAll: (page: { rows: TrackedSummary[]; total: number }) => void = () => {};
    const api: PopupApi = {
      // As a page that reads its first rows itself: it does not count the log.
      listTracked: ({ today, limit }) =>
        limit === undefined
          ? new Promise((ok) => (answerAll = ok))
          : Promise.resolve({ rows: sortByNextDue(many, today).slice(0, limit), total: null }),
      setStatus: vi.fn(),
      undoStatus: vi.fn(),
      exportCsv: vi.fn(),
      subscribe: () => () => {},
    };
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => {
      render(<Popup api={api} t={translatorFor('nl')} locale="nl-BE" now={NOW} logUrl="x" />, root);
    });
    await flush();
    await painted();
    expect(root.querySelectorAll('[data-testid="tracked-row"]')).toHaveLength(PAGE_SIZE);
    expect(root.querySelector('.count')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('[data-testid="search"]')!.disabled).toBe(true);
    await act(() => answerAll({ rows: sortByNextDue(many, '2026-01-20'), total: many.length }));
    await flush();
    expect(plain(root.querySelector('.count')?.textContent)).toBe(`${PAGE_SIZE} van 120 getoond`);
    expect(root.querySelector<HTMLInputElement>('[data-testid="search"]')!.disabled).toBe(false);
  });

  it('links to the log page', async () => {
    const { root } = await mount(rows);
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="open-log"]')?.getAttribute('href')).toBe('chrome-extension://x/log.html');
  });

  it('with 5,000 vacancies draws the first rows only, and more on request', async () => {
    const many = generateVacancies(5_000, NOW, 10).map(summarize);
    const start = performance.now();
    const { root } = await mount(many);
    const ms = Math.round(performance.now() - start);
    console.info(`popup with ${many.length} summaries: first ${FIRST_SCREEN_ROWS.popup} rows drawn in ${ms} ms (happy-dom)`);
    // A screenful before the first paint, then the first page.
    const ids = () => [...root.querySelectorAll('[data-testid="tracked-row"]')].map((r) => r.getAttribute('data-id'));
    const inOrder = sortByNextDue(many, '2026-01-20').map((r) => r.id);
    expect(ids()).toEqual(inOrder.slice(0, FIRST_SCREEN_ROWS.popup));
    expect(root.querySelector('.count')).toBeNull();
    await painted();
    expect(ids()).toEqual(inOrder.slice(0, PAGE_SIZE));
    expect(plain(root.querySelector('.count')?.textContent)).toBe(`${PAGE_SIZE} van 5000 getoond`);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="show-more"]')!.click());
    expect(root.querySelectorAll('[data-testid="tracked-row"]')).toHaveLength(2 * PAGE_SIZE);
  });
});
