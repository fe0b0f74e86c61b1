import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_MEASURE, LogExports, PREVIEW_ROWS_SHOWN } from '../../../src/ui/LogExports';
import type { LogExportsApi } from '../../../src/model/log-files';
import type { ImportChoice, ImportPreview, PreviewRow } from '../../../src/model/restore';
import { translatorFor } from '../helpers';

const flush = () => act(async () => await new Promise((ok) => setTimeout(ok, 0)));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  performance.clearMeasures();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(exportFile: LogExportsApi['exportFile']) {
  const api: LogExportsApi = { exportFile, openReport: vi.fn(), preview: vi.fn(), apply: vi.fn() };
  render(<LogExports api={api} t={translatorFor('nl')} locale="nl" today="2026-01-20" defaultFrom="2025-11-01" />, root);
  return api;
}

const click = (testId: string) => act(() => (root.querySelector(`[data-testid=${testId}]`) as HTMLButtonElement).click());

describe('LogExports', () => {
  it.each([
    ['export-log-csv', 'csv'],
    ['export-log-ics', 'ics'],
    ['export-log-json', 'json'],
  ] as const)('%s builds the file with the period and separator shown, and measures the wait', async (button, format) => {
    const api = mount(vi.fn(async () => {}));
    await click(button);
    await flush();
    expect(api.exportFile).toHaveBeenCalledWith(format, { from: '2025-11-01', to: '2026-01-20', statuses: [] }, ';');
    expect(performance.getEntriesByName(`${EXPORT_MEASURE}:${format}`)).toHaveLength(1);
  });

  it('says so when the export fails, and measures nothing', async () => {
    mount(vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))));
    await click('export-log-csv');
    await flush();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('QuotaExceededError');
    expect(performance.getEntriesByName(`${EXPORT_MEASURE}:csv`)).toHaveLength(0);
  });
});

describe('LogExports: the restore preview', () => {
  const conflict = (id: string, title: string): PreviewRow => ({
    id, title, organisation: 'Gemeente Zoersel', url: `https://example.org/${id}`, kind: 'conflicting', existingId: id,
    differences: [{ field: 'status', here: 'applied', file: 'interested' }, { field: 'notes' }],
  });
  const plain = (i: number, kind: 'new' | 'duplicate'): PreviewRow => ({ id: `r${i}`, title: `Vacature ${i}`, organisation: null, url: `https://example.org/r${i}`, kind });

  async function previewOf(rows: PreviewRow[]) {
    const preview: ImportPreview = { ok: true, previewId: 'p', upgradedFrom: null, exportedAt: '2026-01-01T00:00:00Z', rows, hasSettings: true };
    const api: LogExportsApi = {
      exportFile: vi.fn(), openReport: vi.fn(), preview: vi.fn(async () => preview),
      apply: vi.fn(async () => ({ ok: true as const, added: 1, replaced: 1, skipped: 1, settings: false })),
    };
    render(<LogExports api={api} t={translatorFor('nl')} locale="nl" today="2026-01-20" defaultFrom="2025-11-01" />, root);
    const input = root.querySelector('[data-testid=restore-file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change')));
    await flush();
    return api;
  }
  const rowOf = (title: string) => [...root.querySelectorAll('[data-testid=restore-row]')].find((r) => r.textContent!.includes(title))!;
  const checked = (title: string) => (rowOf(title).querySelector('[data-testid=restore-row-replace]') as HTMLInputElement).checked ? 'replace' : 'keep';
  const pick = (el: Element | null) => act(() => (el as HTMLInputElement).click());

  it('shows the conflicts first, each with what differs and its own choice, starting from the global one', async () => {
    await previewOf([plain(1, 'new'), conflict('a', 'Beleidsmedewerker'), plain(2, 'duplicate'), conflict('b', 'Jurist')]);
    expect([...root.querySelectorAll('[data-testid=restore-row]')].map((r) => r.querySelector('td')!.textContent)).toEqual([
      'Beleidsmedewerker', 'Jurist', 'Vacature 1', 'Vacature 2',
    ]);
    expect([...rowOf('Jurist').querySelectorAll('[data-testid=restore-row-differences] li')].map((li) => li.textContent)).toEqual([
      'status: gesolliciteerd hier, geïnteresseerd in het bestand',
      'notities verschillen',
    ]);
    expect(rowOf('Vacature 1').querySelectorAll('input')).toHaveLength(0);
    expect(rowOf('Jurist').querySelector('[role=radiogroup]')!.getAttribute('aria-label')).toBe('Keuze voor Jurist');
    expect([checked('Beleidsmedewerker'), checked('Jurist')]).toEqual(['keep', 'keep']);
    expect(root.textContent).toContain('Het bestand bevat ook instellingen');
  });

  type Steps = (all: (v: 'keep' | 'replace') => Promise<void>, flip: (title: string, v: 'keep' | 'replace') => Promise<void>) => Promise<void>;
  it.each<[string, Steps, [string, string], ImportChoice]>([
    ['nothing changed', async () => {}, ['keep', 'keep'], { conflicts: 'keep', except: [] }],
    ['one row flipped to the file', (_all, flip) => flip('Jurist', 'replace'), ['keep', 'replace'], { conflicts: 'keep', except: ['b'] }],
    ['one row flipped and back', async (_all, flip) => { await flip('Jurist', 'replace'); await flip('Jurist', 'keep'); }, ['keep', 'keep'], { conflicts: 'keep', except: [] }],
    ['the file for all, then one kept', async (all, flip) => { await all('replace'); await flip('Beleidsmedewerker', 'keep'); }, ['keep', 'replace'], { conflicts: 'replace', except: ['a'] }],
    ['a row flipped, then the global choice changed: every row follows it', async (all, flip) => { await flip('Jurist', 'replace'); await all('keep'); await all('replace'); }, ['replace', 'replace'], { conflicts: 'replace', except: [] }],
  ])('restores with the choices made: %s', async (_name, steps, shown, sent) => {
    const api = await previewOf([conflict('a', 'Beleidsmedewerker'), conflict('b', 'Jurist'), plain(1, 'new')]);
    await steps(
      (v) => pick(root.querySelector(`[data-testid=restore-all-${v}]`)),
      (title, v) => pick(rowOf(title).querySelector(`[data-testid=restore-row-${v}]`)),
    );
    expect([checked('Beleidsmedewerker'), checked('Jurist')]).toEqual(shown);
    await click('restore-confirm');
    await flush();
    expect(api.apply).toHaveBeenCalledWith('{}', sent);
    expect(root.querySelector('[data-testid=restore-done]')!.textContent).toBe('Teruggezet: 1 toegevoegd, 1 vervangen, 1 ongewijzigd.');
  });

  it(`draws at most ${PREVIEW_ROWS_SHOWN} rows, conflicts first, and says how many more the global choice decides`, async () => {
    const rows = [...Array.from({ length: 9_000 }, (_, i) => plain(i, 'duplicate')), ...Array.from({ length: 1_000 }, (_, i) => conflict(`c${i}`, `Conflict ${i}`))];
    await previewOf(rows);
    expect(root.querySelectorAll('[data-testid=restore-row]')).toHaveLength(PREVIEW_ROWS_SHOWN);
    expect(root.querySelectorAll('[data-testid=restore-row-keep]')).toHaveLength(PREVIEW_ROWS_SHOWN);
    expect(root.querySelector('[data-testid=restore-more]')!.textContent).toBe(
      `Nog ${10_000 - PREVIEW_ROWS_SHOWN} niet getoond, waarvan ${1_000 - PREVIEW_ROWS_SHOWN} verschillend: voor die geldt de keuze hierboven.`,
    );
  });

  it('says the rows not shown are new or already here when every conflict is shown', async () => {
    await previewOf([conflict('a', 'Jurist'), ...Array.from({ length: PREVIEW_ROWS_SHOWN + 5 }, (_, i) => plain(i, 'new'))]);
    expect(root.querySelector('[data-testid=restore-more]')!.textContent).toBe('Nog 6 niet getoond, alle nieuw of al aanwezig.');
  });

  it('draws neither a differences nor a choice column when nothing conflicts', async () => {
    await previewOf([plain(1, 'new'), plain(2, 'duplicate')]);
    expect([...root.querySelectorAll('[data-testid=restore-preview] th')].map((th) => th.textContent)).toEqual(['Vacature', 'Organisatie', 'In je logboek']);
    expect(root.querySelector('[data-testid=restore-more]')).toBeNull();
  });
});
