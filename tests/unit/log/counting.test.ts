import { describe, expect, it } from 'vitest';
import { activityForVacancy, activityFromSelectionStep, countedEntries, logEntries, passedSteps, vacancyEntries } from '../../../src/log/counting';
import { PRESETS, type PresetId } from '../../../src/log/presets';
import { activity, februaryLog, vacancy } from './activity-log';

const inFebruary = (day: string) => day >= '2026-02-01' && day <= '2026-02-28';

describe('entries a tracked vacancy gives without retyping', () => {
  const v = februaryLog().vacancies[0]!;

  it('its application (the history’s application step, with how), interviews and tests', () => {
    expect(vacancyEntries(v).map((e) => [e.day, e.type, e.how])).toEqual([
      ['2026-01-28', 'application', 'portal'],
      ['2026-02-03', 'test', null],
      ['2026-02-11', 'interview', null],
    ]);
  });

  it('with the facts the services ask for: employer, position, place, contact, phone, address and evidence', () => {
    expect(vacancyEntries(v)[0]).toMatchObject({
      employer: 'Provincie Antwerpen',
      position: 'Communicatiemedewerker lokale besturen',
      municipality: 'Koningin Elisabethlei 22, 2018 Antwerpen',
      contact: 'Philip De Koninck, waarnemend diensthoofd lokale besturen',
      phone: '+32 3 240 58 39',
      address: 'philip.dekoninck@provincieantwerpen.be',
      result: { status: 'rejected' },
      evidence: { url: v.url, capturedDay: '2026-01-20' },
    });
  });

  it.each([
    ['only of interest: nothing', [['interested', '2026-02-01T10:00:00.000Z']], []],
    ['a test without an applied step: the test dates the application, and is a test', [['interested', '2026-02-01T10:00:00.000Z'], ['test', '2026-02-05']], ['2026-02-05 application', '2026-02-05 test']],
    ['two interview rounds on different days: two interviews', [['interested', '2026-02-01T10:00:00.000Z'], ['applied', '2026-02-02'], ['interview', '2026-02-10'], ['screening', '2026-02-12'], ['interview', '2026-02-20']], ['2026-02-02 application', '2026-02-10 interview', '2026-02-20 interview']],
    ['the same interview day twice: one interview', [['interested', '2026-02-01T10:00:00.000Z'], ['applied', '2026-02-02'], ['interview', '2026-02-10'], ['offer', '2026-02-10'], ['interview', '2026-02-10']], ['2026-02-02 application', '2026-02-10 interview']],
    ['rejected without applying: nothing counted', [['interested', '2026-02-01T10:00:00.000Z'], ['rejected', '2026-02-05']], []],
  ] as const)('%s', (_name, history, expected) => {
    const entries = vacancyEntries(vacancy('x', history as never));
    expect(entries.map((e) => `${e.day} ${e.type}`)).toEqual(expected);
  });

  it('leaves out a status the extension set itself (a deadline passed)', () => {
    const v2 = vacancy('auto', [['interested', '2026-02-01T10:00:00.000Z']]);
    v2.history.push({ status: 'interview', at: '2026-02-05', recordedAt: '2026-02-05T00:00:00.000Z', by: 'auto' });
    expect(vacancyEntries(v2).filter((e) => e.type === 'interview')).toEqual([]);
  });
});

describe('never twice the same vacancy’s application', () => {
  const v = vacancy('v', [['interested', '2026-02-01T10:00:00.000Z'], ['applied', '2026-02-03'], ['interview', '2026-02-12']], { via: 'email' });

  it.each([
    ['no hand-made entry: the vacancy’s own', [], ['2026-02-03 application vacancy', '2026-02-12 interview vacancy']],
    ['a hand-made application for it (same day): the person’s, once', [{ date: '2026-02-03', type: 'application', vacancyId: 'v' }], ['2026-02-03 application activity', '2026-02-12 interview vacancy']],
    ['a hand-made application on another day: the person’s word wins, once', [{ date: '2026-02-04', type: 'application', vacancyId: 'v' }], ['2026-02-04 application activity', '2026-02-12 interview vacancy']],
    ['a hand-made interview for it: replaces the history’s interview', [{ date: '2026-02-13', type: 'interview', vacancyId: 'v' }], ['2026-02-03 application vacancy', '2026-02-13 interview activity']],
    ['an open application to the same employer, not tied: both', [{ date: '2026-02-03', type: 'open-application' }], ['2026-02-03 open-application activity', '2026-02-03 application vacancy', '2026-02-12 interview vacancy']],
    ['a hand-made application for another vacancy: both', [{ date: '2026-02-03', type: 'application', vacancyId: 'other' }], ['2026-02-03 application activity', '2026-02-03 application vacancy', '2026-02-12 interview vacancy']],
  ] as const)('%s', (_name, hand, expected) => {
    const entries = logEntries([v], hand.map((h) => activity({ ...h })));
    expect(entries.map((e) => `${e.day} ${e.type} ${e.source}`)).toEqual(expected);
  });
});

describe('what each preset counts of a month of mixed activities', () => {
  const { vacancies, activities } = februaryLog();
  const february = logEntries(vacancies, activities).filter((e) => inFebruary(e.day));

  it('the month holds ten entries: four from vacancies, six by hand plus the hand-made application that replaced one', () => {
    expect(february.map((e) => `${e.day} ${e.type}`)).toEqual([
      '2026-02-02 open-application',
      '2026-02-03 test',
      '2026-02-05 job-fair',
      '2026-02-09 application',
      '2026-02-10 network-contact',
      '2026-02-11 interview',
      '2026-02-16 application',
      '2026-02-17 agency-registration',
      '2026-02-23 training',
      '2026-02-24 other',
    ]);
  });

  it.each([
    ['uwv', 7, ['job-fair', 'training', 'other']],
    ['vdab', 9, ['other']],
    ['forem-actiris', 9, ['other']],
    ['ba-jobcenter', 8, ['training', 'other']],
    ['universal-credit', 10, []],
    ['us-ny', 10, []],
    ['general', 10, []],
  ] as const)('%s counts %i, leaving out %j', (id: PresetId, count, left) => {
    const counted = countedEntries(february, PRESETS[id]);
    expect(counted).toHaveLength(count);
    expect(february.filter((e) => !counted.includes(e)).map((e) => e.type)).toEqual(left);
  });
});

describe('a selection step confirmed as attended', () => {
  const v = februaryLog().vacancies[0]!;
  it.each([
    [0, 'test', '2026-02-03'],
    [2, 'interview', '2026-02-11'],
  ] as const)('step %i becomes a prefilled %s on its day', (index, type, date) => {
    const input = activityFromSelectionStep(v, index);
    expect(input).toMatchObject({ type, date, employer: 'Provincie Antwerpen', position: 'Communicatiemedewerker lokale besturen', vacancyId: v.id });
    expect(input.result).toBeNull();
  });
  it('refuses a step the vacancy does not have', () => {
    expect(() => activityFromSelectionStep(v, 9)).toThrow();
  });
});

describe('an activity about a tracked vacancy', () => {
  it.each([
    ['an application while the person has not applied', [['interested', '2026-02-02T10:00:00.000Z']], 'application'],
    ['another kind once the history holds the application', [['interested', '2026-02-02T10:00:00.000Z'], ['applied', '2026-02-09']], 'other'],
  ] as const)('is %s', (_, history, type) => {
    const v = vacancy('gent-jurist', history.map(([s, at]) => [s, at]));
    expect(activityForVacancy(v, '2026-02-20')).toMatchObject({ date: '2026-02-20', type, employer: 'Provincie Antwerpen', vacancyId: 'gent-jurist', result: null });
  });

  it('lists the selection steps up to today, today included, each attended once the log has it', () => {
    const v = februaryLog().vacancies[0]!;
    expect(passedSteps(v, [], '2026-02-04').map((s) => [s.index, s.type])).toEqual([[0, 'test']]);
    const went = activity({ ...activityFromSelectionStep(v, 1) });
    expect(passedSteps(v, [went], '2026-02-11')).toEqual([
      { index: 0, date: '2026-02-03', label: 'Eventuele redeneertest', type: 'test', attended: false },
      { index: 1, date: '2026-02-05', label: 'Eventuele redeneertest', type: 'test', attended: true },
      { index: 2, date: '2026-02-11', label: 'Opdracht en competentiegericht interview', type: 'interview', attended: false },
    ]);
    // Another vacancy's activity on that day says nothing of this one.
    expect(passedSteps(v, [{ ...went, vacancyId: 'gent-jurist' }], '2026-02-11')[1]!.attended).toBe(false);
  });
});
