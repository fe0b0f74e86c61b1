import { describe, expect, it } from 'vitest';
import { ACTIVITY_WORDS, PROOF_FIELDS, PROOF_LANGUAGES } from '../../../src/i18n/activity-words';
import { ACTIVITY_HOW, ACTIVITY_TYPES } from '../../../src/model/activity';
import { PRESET_IDS, PRESETS, countsType, requiredFields, rhythmOf } from '../../../src/log/presets';
import { STATUSES } from '../../../src/model/status';

describe.each(PRESET_IDS)('preset %s', (id) => {
  const preset = PRESETS[id];

  it('is filed under its own id and names each column once', () => {
    expect(preset.id).toBe(id);
    expect(new Set(preset.columns).size).toBe(preset.columns.length);
    for (const column of preset.columns) expect(PROOF_FIELDS).toContain(column);
  });

  it('heads every column in the service’s language (the general one in the user’s)', () => {
    if (preset.language === null) expect(preset.headings).toEqual({});
    else for (const column of preset.columns) expect(preset.headings[column]?.trim(), column).toBeTruthy();
  });

  it('prints every field it asks for, so a gap is one the person can see and fill', () => {
    for (const field of preset.required) expect(preset.columns).toContain(field);
    expect(preset.required).toContain('date');
  });

  it('counts some activity types, and has a rhythm with a period', () => {
    expect(preset.counts.length).toBeGreaterThan(0);
    for (const type of preset.counts) expect(ACTIVITY_TYPES).toContain(type);
    expect(preset.rhythm.target === null || preset.rhythm.target > 0).toBe(true);
  });

  it('cites where its rule was read (except general, which has no service)', () => {
    if (id === 'general') return;
    expect(preset.sources.length).toBeGreaterThan(0);
    for (const s of preset.sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('what the services ask (their published rules)', () => {
  it.each([
    ['uwv', { measure: 'count', target: 4, period: { unit: 'weeks', weeks: 4, anchor: 'start' } }],
    ['us-ny', { measure: 'days', target: 3, period: { unit: 'weeks', weeks: 1, anchor: 'monday' } }],
    ['universal-credit', { measure: 'minutes', target: 2100, period: { unit: 'weeks', weeks: 1, anchor: 'start' } }],
    ['vdab', { measure: 'count', target: null, period: { unit: 'month' } }],
    ['ba-jobcenter', { measure: 'count', target: null, period: { unit: 'month' } }],
  ] as const)('%s: its rhythm', (id, rhythm) => {
    expect(PRESETS[id].rhythm).toEqual(rhythm);
  });

  it.each([
    ['uwv', 'job-fair', false],
    ['uwv', 'training', false],
    ['uwv', 'agency-registration', true],
    ['uwv', 'test', true],
    ['vdab', 'job-fair', true],
    ['ba-jobcenter', 'open-application', true],
    ['ba-jobcenter', 'training', false],
    ['universal-credit', 'training', true],
    ['universal-credit', 'other', true],
    ['us-ny', 'job-fair', true],
    ['us-ny', 'test', true],
  ] as const)('%s counts %s: %s', (id, type, counted) => {
    expect(countsType(PRESETS[id], type)).toBe(counted);
  });

  it.each([
    ['uwv', 'application', ['date', 'employer', 'position', 'how', 'result']],
    ['uwv', 'agency-registration', ['date', 'employer', 'how', 'result']],
    ['us-ny', 'job-fair', ['date', 'employer', 'address', 'phone', 'contact', 'how']],
    ['universal-credit', 'training', ['date', 'type', 'minutes']],
  ] as const)('%s asks of %s: %j', (id, type, fields) => {
    expect(requiredFields(PRESETS[id], type)).toEqual(fields);
  });

  it('takes the person’s own target (their action plan) over an "as agreed" rhythm', () => {
    expect(rhythmOf(PRESETS.vdab, 6)).toEqual({ measure: 'count', target: 6, period: { unit: 'month' } });
    expect(rhythmOf(PRESETS.uwv, null)).toBe(PRESETS.uwv.rhythm);
  });
});

describe('the words of activities and proofs', () => {
  it.each(PROOF_LANGUAGES)('%s names every type, way, result and field', (lang) => {
    const words = ACTIVITY_WORDS[lang];
    for (const t of ACTIVITY_TYPES) expect(words.type[t].trim()).toBeTruthy();
    for (const h of ACTIVITY_HOW) expect(words.how[h].trim()).toBeTruthy();
    for (const s of STATUSES) expect(words.result[s].trim()).toBeTruthy();
    for (const f of PROOF_FIELDS) expect(words.field[f].trim()).toBeTruthy();
    expect(words.evidence('https://x.example/v', '2026-01-20')).toContain('https://x.example/v');
  });

  it.each([
    [45, '45 min'],
    [60, '1 h'],
    [200, '3 h 20'],
    [65, '1 h 05'],
  ])('English writes %i minutes as %s', (minutes, text) => {
    expect(ACTIVITY_WORDS.en.duration(minutes)).toBe(text);
  });
});
