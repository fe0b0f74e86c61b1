import { describe, expect, it } from 'vitest';
import { ACTIVITY_WORDS } from '../../../src/i18n/activity-words';
import { PRESET_LABELS } from '../../../src/i18n/preset-labels';
import { meterText } from '../../../src/log/meter-text';
import { meter } from '../../../src/log/periods';
import { PRESET_IDS, PRESETS, rhythmOf } from '../../../src/log/presets';
import { translatorFor } from '../helpers';

const noon = (day: string) => new Date(`${day}T11:00:00Z`);
const at = (day: string, minutes: number | null = null) => ({ day, minutes });

describe('the meter in words', () => {
  it.each([
    ['en', 'uwv', undefined, [at('2026-02-16'), at('2026-02-20')], '2026-02-22', '2 of 4 activities in this period (until 15 March)'],
    ['nl', 'uwv', undefined, [at('2026-02-16'), at('2026-02-20')], '2026-02-22', '2 van 4 activiteiten in deze periode (tot 15 maart)'],
    ['en', 'universal-credit', undefined, [at('2026-02-16', 120), at('2026-02-17', 80)], '2026-02-18', '3 h 20 of 35 h this week (until 22 February)'],
    ['de', 'universal-credit', 1500, [at('2026-02-16', 90)], '2026-02-18', '1 Std. 30 von 25 Std. diese Woche (bis 22. Februar)'],
    ['en', 'us-ny', undefined, [at('2026-02-16'), at('2026-02-16'), at('2026-02-17')], '2026-02-18', '2 of 3 days with an activity this week (until 22 February)'],
    ['fr', 'vdab', 6, [at('2026-02-16')], '2026-02-18', '1 sur 6 démarches ce mois-ci (jusqu’au 28 février)'],
    ['nl', 'vdab', undefined, [at('2026-02-16')], '2026-02-18', '1 deze maand (tot 28 februari); vul het aantal in dat je met je dienst afsprak om te zien wat nog moet'],
  ] as const)('%s, %s (target %s)', (lang, id, target, entries, today, text) => {
    const rhythm = rhythmOf(PRESETS[id], target);
    const m = meter(rhythm, '2026-02-16', entries, noon(today), 3)!;
    expect(meterText(m, rhythm, translatorFor(lang), ACTIVITY_WORDS[lang], lang === 'en' ? 'en-GB' : lang)).toBe(text);
  });

  it.each(['nl', 'fr', 'de', 'en'] as const)('names every preset in %s', (lang) => {
    const t = translatorFor(lang);
    for (const id of PRESET_IDS) expect(t(PRESET_LABELS[id]).trim()).toBeTruthy();
  });
});
