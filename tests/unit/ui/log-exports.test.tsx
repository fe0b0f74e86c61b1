import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_MEASURE, LogExports, type LogExportsApi } from '../../../src/ui/LogExports';
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
