import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactField } from '../../../src/model/facts';
import type { TrackedSummary } from '../../../src/model/tracked';
import { SidebarApp, type SidebarApi } from '../../../src/ui/SidebarApp';
import type { SidebarPrefs } from '../../../src/model/sidebar';
import { FIXED_NOW, seedFacts, translatorFor } from '../helpers';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const settle = () => new Promise((ok) => setTimeout(ok, 20));
/** Waits for what the effects and the fake api's promises bring, without a fixed delay. */
async function until(check: () => unknown) {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  expect(check()).toBeTruthy();
}

const SUMMARY = {
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

function fakeApi(prefs: SidebarPrefs = { collapsed: false, highlights: true }) {
  const stored: Record<string, unknown> = {};
  const release = vi.fn();
  const api = {
    trackedByUrl: vi.fn(async () => null),
    track: vi.fn(async () => SUMMARY),
    setStatus: vi.fn(async () => SUMMARY),
    undoStatus: vi.fn(async () => SUMMARY),
    corrections: vi.fn(async () => ({ ...stored })),
    correct: vi.fn(async (_id: string, field: FactField, value: unknown) => {
      stored[field] = value;
      return SUMMARY;
    }),
    notStated: vi.fn(async (_id: string, field: FactField) => {
      stored[field] = field === 'contacts' || field === 'events' ? [] : null;
      return SUMMARY;
    }),
    loadPrefs: vi.fn(async () => prefs),
    savePrefs: vi.fn(async () => {}),
    pageState: vi.fn(),
    makeRoom: vi.fn(() => release),
  } satisfies SidebarApi;
  return { api, release, stored };
}

async function mount(api: SidebarApi) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <SidebarApp
      facts={seedFacts()}
      locale="nl-BE"
      now={FIXED_NOW}
      t={translatorFor('nl')}
      api={api}
      marks={{ found: new Set(), setVisible() {}, focus: () => false }}
      uncertain={false}
      isUserAction={() => true}
    />,
    root,
  );
  await until(() => root.querySelector('.panel, .tab'));
  const q = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel as never);
  const row = (field: string) => plain(q(`[data-fact="${field}"]`)?.textContent);
  return { root, q, row };
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('SidebarApp', () => {
  it('lets a fact be corrected before saving, and saves the correction with the vacancy', async () => {
    const { api, stored } = fakeApi();
    const { q, row } = await mount(api);
    // The pencils are there before anything is saved.
    q<HTMLButtonElement>('[data-fact="organisation"] [data-testid="correct"]')!.click();
    await settle();
    const input = q<HTMLInputElement>('[data-fact="organisation"] form input')!;
    input.value = 'Gemeente Zoersel';
    input.dispatchEvent(new Event('input'));
    await settle();
    q<HTMLFormElement>('[data-fact="organisation"] form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(row('organisation')).toContain('Gemeente Zoersel');
    expect(row('organisation')).toContain('door jou verbeterd');
    // A wrong contract left out before saving, too.
    q<HTMLButtonElement>('[data-fact="contract"] [data-testid="not-stated"]')!.click();
    await settle();
    expect(row('contract')).toContain('door jou verbeterd');
    expect(api.correct).not.toHaveBeenCalled();

    q<HTMLButtonElement>('[data-testid="track"]')!.click();
    await until(() => q('[data-testid="track-status"]'));
    expect(api.track).toHaveBeenCalledTimes(1);
    expect(api.correct).toHaveBeenCalledWith('v1', 'organisation', 'Gemeente Zoersel');
    expect(api.notStated).toHaveBeenCalledWith('v1', 'contract');
    expect(stored).toEqual({ organisation: 'Gemeente Zoersel', contract: null });
    expect(plain(q('[data-testid="track-status"]')?.textContent)).toMatch(/^Bewaard/);
    expect(row('organisation')).toContain('Gemeente Zoersel');
  });

  it('a correction taken back before saving is not saved', async () => {
    const { api } = fakeApi();
    const { q } = await mount(api);
    q<HTMLButtonElement>('[data-fact="salary"] [data-testid="not-stated"]')!.click();
    await settle();
    q<HTMLButtonElement>('[data-fact="salary"] [data-testid="undo-correction"]')!.click();
    await settle();
    q<HTMLButtonElement>('[data-testid="track"]')!.click();
    await until(() => q('[data-testid="track-status"]'));
    expect(api.track).toHaveBeenCalledTimes(1);
    expect(api.notStated).not.toHaveBeenCalled();
    expect(api.correct).not.toHaveBeenCalled();
  });

  it('takes its room beside the page while open and gives it back when folded', async () => {
    const { api, release } = fakeApi();
    const { q } = await mount(api);
    await until(() => api.makeRoom.mock.calls.length === 1);
    expect(release).not.toHaveBeenCalled();
    q<HTMLButtonElement>('[data-testid="collapse"]')!.click();
    await until(() => release.mock.calls.length === 1);
    q<HTMLButtonElement>('[data-testid="expand"]')!.click();
    await until(() => api.makeRoom.mock.calls.length === 2);
  });

  it('folded from the start, it leaves the page its whole width', async () => {
    const { api } = fakeApi({ collapsed: true, highlights: true });
    const { q } = await mount(api);
    expect(q('[data-testid="expand"]')).not.toBeNull();
    await settle();
    expect(api.makeRoom).not.toHaveBeenCalled();
  });
});
