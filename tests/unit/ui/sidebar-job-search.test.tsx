import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyActivityInput, newActivity, type ActivityInput } from '../../../src/model/activity';
import type { VacancyJobSearch } from '../../../src/model/vacancy-job-search';
import { SidebarJobSearch, type SidebarJobSearchApi } from '../../../src/ui/SidebarJobSearch';
import { translatorFor } from '../helpers';

const settle = () => new Promise((ok) => setTimeout(ok, 20));
async function until(check: () => unknown) {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  expect(check()).toBeTruthy();
}

const DRAFT: ActivityInput = { ...emptyActivityInput('2026-02-07', 'other'), employer: 'Provincie Antwerpen', position: 'Communicatiemedewerker', vacancyId: 'v1' };

function fakeApi() {
  const state: VacancyJobSearch = {
    preset: 'vdab',
    draft: DRAFT,
    steps: [{ index: 0, date: '2026-02-03', label: 'Eventuele redeneertest', type: 'test', attended: false }],
  };
  const api: SidebarJobSearchApi = {
    uiLocale: 'nl',
    load: vi.fn(async () => structuredClone(state)),
    add: vi.fn(async (input: ActivityInput) => newActivity(input, 'a1', new Date('2026-02-07T09:00:00Z'))),
    attended: vi.fn(async () => {
      state.steps[0]!.attended = true;
      return newActivity({ ...DRAFT, type: 'test', date: '2026-02-03' }, 'a2', new Date('2026-02-07T09:00:00Z'));
    }),
  };
  return api;
}

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});
function show(api: SidebarJobSearchApi, isUserAction = (_: Event) => true) {
  host = document.createElement('div');
  document.body.append(host);
  render(<SidebarJobSearch vacancyId="v1" api={api} t={translatorFor('nl')} isUserAction={isUserAction} />, host);
}
const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('the sidebar’s job search for a tracked vacancy', () => {
  it('"I went" records a passed step in one click, then says it is in the log', async () => {
    const api = fakeApi();
    show(api);
    await until(() => byTestId('step-went'));
    expect(byTestId('step-went')!.getAttribute('aria-label')).toBe('Ik was erbij: Eventuele redeneertest, 3 februari 2026');
    byTestId('step-went')!.click();
    await until(() => byTestId('step-in-log'));
    expect(api.attended).toHaveBeenCalledWith('v1', 0);
    expect(byTestId('sidebar-activity-status')!.textContent).toBe('Bewaard in je logboek. Wijzigen kan daar, bij Sollicitatieactiviteiten.');
  });

  it('adds an activity from the form prefilled with the vacancy', async () => {
    const api = fakeApi();
    show(api);
    await until(() => byTestId('sidebar-activity-add'));
    byTestId('sidebar-activity-add')!.click();
    await until(() => byTestId('activity-form'));
    expect((byTestId('activity-employer') as HTMLInputElement).value).toBe('Provincie Antwerpen');
    const result = byTestId('activity-result') as HTMLInputElement;
    result.value = 'Gesprek met HR';
    result.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    byTestId('activity-save')!.click();
    await until(() => !byTestId('activity-form'));
    // The form is gone: the focus is on the next thing to do, not lost.
    await until(() => host.contains(document.activeElement) && document.activeElement === byTestId('sidebar-activity-add'));
    expect(api.add).toHaveBeenCalledWith(expect.objectContaining({ employer: 'Provincie Antwerpen', result: 'Gesprek met HR', vacancyId: 'v1' }));
  });

  it('does nothing on clicks the page scripts (not the person’s own)', async () => {
    const api = fakeApi();
    show(api, () => false);
    await until(() => byTestId('step-went'));
    byTestId('step-went')!.click();
    byTestId('sidebar-activity-add')!.click();
    await settle();
    expect(api.attended).not.toHaveBeenCalled();
    expect(byTestId('activity-form')).toBeNull();
  });
});
