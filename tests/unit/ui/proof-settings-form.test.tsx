import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activityWordsFor } from '../../../src/i18n/activity-words';
import { DEFAULT_PROOF_SETTINGS, type ProofSettings } from '../../../src/model/proof-settings';
import { ProofSettingsForm } from '../../../src/ui/ProofSettingsForm';
import { translatorFor } from '../helpers';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const saved: ProofSettings = { ...DEFAULT_PROOF_SETTINGS, preset: 'uwv' };
const onSettings = vi.fn();
const onName = vi.fn();

/** The form as the log page's job-search part renders it, again each time a save's answer comes back. */
function show(settings: ProofSettings, name = '') {
  act(() =>
    render(
      <ProofSettingsForm settings={settings} name={name} t={translatorFor('nl')} words={activityWordsFor('nl')} onSettings={onSettings} onName={onName} />,
      root,
    ),
  );
}
const field = (testId: string) => root.querySelector<HTMLInputElement>(`[data-testid=${testId}]`)!;
function type(testId: string, text: string) {
  act(() => {
    field(testId).value = text;
    field(testId).dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function leave(testId: string) {
  act(() => {
    field(testId).dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the proof settings form while a save answers', () => {
  beforeEach(() => {
    onSettings.mockClear();
    onName.mockClear();
  });

  it('keeps a name being typed when the part re-renders, and saves it when the field is left', () => {
    show(saved);
    type('proof-name', 'Sam Janssens');
    // The start date chosen just before: its save's answer re-renders the part while the name is typed.
    show({ ...saved, start: '2026-01-05' });
    expect(field('proof-name').value).toBe('Sam Janssens');
    leave('proof-name');
    expect(onName).toHaveBeenCalledWith('Sam Janssens');
  });

  it.each([
    ['proof-client-number', '123K456', { clientNumber: '123K456' }],
    ['proof-address', 'Kerkstraat 1, 9000 Gent', { address: 'Kerkstraat 1, 9000 Gent' }],
    ['proof-remind-days', '10', { remindDaysBefore: 10 }],
  ])('keeps %s being typed through a re-render and saves it with the newer settings', (testId, text, saves) => {
    show(saved);
    type(testId, text);
    show({ ...saved, start: '2026-01-05' });
    expect(field(testId).value).toBe(text);
    leave(testId);
    expect(onSettings).toHaveBeenLastCalledWith({ ...saved, start: '2026-01-05', ...saves });
  });

  it('shows the saved name and details to begin with', () => {
    show({ ...saved, clientNumber: '123K456', address: 'Kerkstraat 1' }, 'Sam Janssens');
    expect(field('proof-name').value).toBe('Sam Janssens');
    expect(field('proof-client-number').value).toBe('123K456');
    expect(field('proof-address').value).toBe('Kerkstraat 1');
    expect(field('proof-remind-days').value).toBe('3');
  });
});
