import { describe, expect, it } from 'vitest';
import { comparePage, sameWording } from '../../../scripts/accuracy-compare';

const outcome = (field: string, expected: Record<string, unknown>, actual: Record<string, unknown>) => comparePage('x-page', expected, actual).find((c) => c.field === field)!.outcome;

describe('how a step label and a contact role are scored', () => {
  it('takes the same words, in any case, or one wording that opens the other, as the same', () => {
    expect(sameWording('Entretien', 'Entretien devant un jury')).toBe(true);
    expect(sameWording('Gesprek met de selectiecommissie', 'Gesprek')).toBe(true);
    expect(sameWording('schriftlicher Aufnahmetest', 'Schriftlicher Aufnahmetest')).toBe(true);
    expect(sameWording(null, null)).toBe(true);
  });

  it('keeps another step, a word cut in two, or a role where none is given apart', () => {
    expect(sameWording('Mondelinge proef', 'Casus en gesprek')).toBe(false);
    expect(sameWording('Selectiegesprek', 'Gesprek')).toBe(false);
    expect(sameWording('Test', 'Testcentrum')).toBe(false);
    expect(sameWording(null, 'Job contact')).toBe(false);
  });

  it('scores events right only when every step pairs off by date and wording', () => {
    const expected = { events: [{ date: '2026-03-19', label: 'Épreuve écrite' }, { date: '2026-04-07', label: 'Entretien' }] };
    expect(outcome('events', expected, { events: [{ date: '2026-03-19', label: 'Épreuve écrite' }, { date: '2026-04-07', label: 'Entretien devant un jury' }] })).toBe('right');
    // A wrong date, an extra step or a step missing is wrong, whatever the words.
    expect(outcome('events', expected, { events: [{ date: '2026-03-19', label: 'Épreuve écrite' }, { date: '2026-04-08', label: 'Entretien' }] })).toBe('wrong');
    expect(outcome('events', expected, { events: [...expected.events, { date: '2026-04-20', label: 'Entretien' }] })).toBe('wrong');
    expect(outcome('events', expected, { events: [{ date: '2026-03-19', label: 'Épreuve écrite' }] })).toBe('wrong');
    // Two steps on one day both need their own match.
    const twoOnADay = { events: [{ date: '2026-03-19', label: 'Test' }, { date: '2026-03-19', label: 'Interview' }] };
    expect(outcome('events', twoOnADay, { events: [{ date: '2026-03-19', label: 'Test' }, { date: '2026-03-19', label: 'Test écrit' }] })).toBe('wrong');
  });

  it('scores contacts by name, phone and e-mail exactly and the role by wording', () => {
    const expected = { contacts: [{ name: 'Pauline Girard', role: 'chargée de recrutement, Direction des ressources humaines', phone: '+33228858417', email: 'pauline.girard@vendee.fr' }] };
    expect(outcome('contacts', expected, { contacts: [{ ...expected.contacts[0], role: 'chargée de recrutement' }] })).toBe('right');
    expect(outcome('contacts', expected, { contacts: [{ ...expected.contacts[0], role: 'chargée de recrutement', email: 'rh@vendee.fr' }] })).toBe('wrong');
    expect(outcome('contacts', expected, { contacts: [{ ...expected.contacts[0], role: null }] })).toBe('wrong');
  });
});

describe('how a workplace is scored', () => {
  const location = (expected: string | null, actual: string | null) => outcome('location', { location: expected }, { location: actual });
  it('takes the address without the building that heads it for right', () => {
    expect(location('Sociaal Huis, Fochlaan 3, 8900 Ieper', 'Fochlaan 3, 8900 Ieper')).toBe('right');
    expect(location('Campus Am Neuen Palais, Haus 8, Am Neuen Palais 10, 14469 Potsdam', 'Am Neuen Palais 10, 14469 Potsdam')).toBe('right');
  });
  it('still takes a name the reader left out, another address, or a town alone for wrong', () => {
    expect(location('Fochlaan 3, 8900 Ieper', 'Sociaal Huis, Fochlaan 3, 8900 Ieper')).toBe('wrong');
    expect(location('Sociaal Huis, Fochlaan 3, 8900 Ieper', 'Fochlaan 5, 8900 Ieper')).toBe('wrong');
    expect(location('Kazerne Leiden-Noord, Lammenschansweg 140, 2321 JX Leiden', 'Leiden')).toBe('wrong');
    expect(location('Sociaal Huis, Fochlaan 3, 8900 Ieper', null)).toBe('missing');
  });
});
