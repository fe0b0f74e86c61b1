import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { periodProblem, ReportToolbar, type ReportToolbarProps } from '../../../src/ui/ReportToolbar';
import { translatorFor } from '../helpers';

describe('periodProblem', () => {
  it.each([
    ['2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2024-02-29', '2024-03-01'],
    ['2016-01-01', '2026-12-31'],
  ])('%s to %s can be shown', (from, to) => {
    expect(periodProblem({ from, to })).toBeNull();
  });

  it.each([
    ['', '2026-03-31', 'reportPeriodIncomplete', ['from']],
    ['2026-01-01', '', 'reportPeriodIncomplete', ['to']],
    ['', '', 'reportPeriodIncomplete', ['from', 'to']],
    ['2026-1-1', '2026-03-31', 'reportPeriodIncomplete', ['from']],
    ['2025-02-29', '2026-03-31', 'reportPeriodIncomplete', ['from']],
    ['2026-01-01', '2026-13-01', 'reportPeriodIncomplete', ['to']],
    ['<img>', '2026-03-31', 'reportPeriodIncomplete', ['from']],
    ['2026-04-01', '2026-03-31', 'reportPeriodOrder', ['from', 'to']],
    ['2015-12-31', '2026-01-01', 'reportPeriodTooLong', ['from', 'to']],
  ])('%s to %s: %s', (from, to, key, fields) => {
    expect(periodProblem({ from, to })).toEqual({ key, fields });
  });
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(overrides: Partial<ReportToolbarProps> = {}) {
  const props: ReportToolbarProps = {
    t: translatorFor('nl'),
    period: { from: '2026-01-01', to: '2026-03-31' },
    onPeriod: vi.fn(),
    name: 'An Peeters',
    onNameInput: vi.fn(),
    onNameChange: vi.fn(),
    errors: [],
    canPrint: true,
    onPrint: vi.fn(),
    logUrl: 'chrome-extension://id/log.html',
    ...overrides,
  };
  act(() => render(<ReportToolbar {...props} />, root));
  return props;
}

const get = <T extends HTMLElement>(testId: string) => root.querySelector(`[data-testid=${testId}]`) as T;
function typeDate(testId: string, value: string) {
  act(() => {
    const input = get<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const show = () => act(() => get<HTMLButtonElement>('report-show').click());

describe('ReportToolbar', () => {
  it('offers the name, the period, print and the way back to the log, each labelled', () => {
    mount();
    expect(get<HTMLInputElement>('report-name-input').value).toBe('An Peeters');
    expect(get<HTMLInputElement>('report-name-input').closest('label')?.textContent).toContain('Naam');
    expect(get<HTMLInputElement>('report-from').closest('label')?.textContent).toContain('Van');
    expect(get<HTMLInputElement>('report-to').closest('label')?.textContent).toContain('Tot en met');
    expect(get<HTMLAnchorElement>('back-to-log').getAttribute('href')).toBe('chrome-extension://id/log.html');
    expect(get('back-to-log').textContent).toContain('Terug naar het logboek');
    expect(get('print').textContent).toBe('Afdrukken of bewaren als PDF');
    // Only what changes the proof: no export, backup, restore or status filter here.
    expect(root.querySelectorAll('input[type=checkbox], input[type=file], select')).toHaveLength(0);
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('shows a new period only when asked, once it is right', () => {
    const props = mount();
    typeDate('report-from', '2025-10-01');
    expect(props.onPeriod).not.toHaveBeenCalled();
    show();
    expect(props.onPeriod).toHaveBeenCalledWith({ from: '2025-10-01', to: '2026-03-31' });
  });

  it('says a start after the end, marks both dates, and asks for nothing until it is put right', () => {
    const props = mount();
    typeDate('report-from', '2026-05-01');
    show();
    expect(props.onPeriod).not.toHaveBeenCalled();
    const problem = get('report-period-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain('‘Van’ ligt na ‘Tot en met’');
    for (const id of ['report-from', 'report-to']) {
      expect(get(id).getAttribute('aria-invalid')).toBe('true');
      expect(get(id).getAttribute('aria-describedby')).toBe(problem.id);
    }
    typeDate('report-to', '2026-06-30');
    show();
    expect(props.onPeriod).toHaveBeenCalledWith({ from: '2026-05-01', to: '2026-06-30' });
    expect(get('report-period-problem')).toBeNull();
    expect(get('report-from').hasAttribute('aria-invalid')).toBe(false);
  });

  it('says at once what is wrong with a period given in the address', () => {
    mount({ period: { from: '2026-04-01', to: '2026-03-31' } });
    expect(get('report-period-problem').textContent).toContain('‘Van’ ligt na ‘Tot en met’');
  });

  it('marks only the empty date', () => {
    const props = mount();
    typeDate('report-to', '');
    show();
    expect(props.onPeriod).not.toHaveBeenCalled();
    expect(get('report-period-problem').textContent).toBe('Vul beide datums volledig in.');
    expect(get('report-to').getAttribute('aria-invalid')).toBe('true');
    expect(get('report-from').hasAttribute('aria-invalid')).toBe(false);
  });

  it('prints on request, not while there is no proof, and shows failures', () => {
    const props = mount();
    act(() => get<HTMLButtonElement>('print').click());
    expect(props.onPrint).toHaveBeenCalledOnce();
    mount({ canPrint: false, errors: ['Je naam kon niet bewaard worden: quota'] });
    expect(get<HTMLButtonElement>('print').disabled).toBe(true);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Je naam kon niet bewaard worden: quota');
  });

  it('passes the name on as typed, and again when the field is left', () => {
    const props = mount();
    const input = get<HTMLInputElement>('report-name-input');
    act(() => {
      input.value = 'An Peeters-Janssens';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onNameInput).toHaveBeenCalledWith('An Peeters-Janssens');
    expect(props.onNameChange).toHaveBeenCalledWith('An Peeters-Janssens');
  });
});
