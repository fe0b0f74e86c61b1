import { describe, expect, it } from 'vitest';
import { comparePage, employerKey, sameWording } from '../../../scripts/accuracy-compare';

const outcome = (field: string, expected: Record<string, unknown>, actual: Record<string, unknown>) => comparePage('x-page', expected, actual).find((c) => c.field === field)!.outcome;

describe('how a step label and a contact role are scored', () => {
  it('takes the same words, in any case, or one wording that opens the other, as the same', () => {
    expect(sameWording('Entretien', 'Entretien devant un jury')).toBe(true);
    expect(sameWording('Gesprek met de selectiecommissie', 'Gesprek')).toBe(true);
    expect(sameWording('schriftlicher Aufnahmetest', 'Schriftlicher Aufnahmetest')).toBe(true);
    expect(sameWording(null, null)).toBe(true);
  });

  it('takes a word and its plural for one word', () => {
    expect(sameWording('Interview', 'Interviews')).toBe(true);
    expect(sameWording('Selectiegesprekken', 'Selectiegesprek')).toBe(true);
    expect(sameWording('Entretien', 'Entretiens de recrutement')).toBe(true);
    expect(sameWording('Gespräch', 'Gespräche')).toBe(true);
    // Not any longer word: a compound or another word that starts the same is another step.
    expect(sameWording('Test', 'Testcentrum')).toBe(false);
    expect(sameWording('Interview', 'Interviewer')).toBe(false);
    expect(sameWording('Proef', 'Proeftijd')).toBe(false);
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

  it('takes two steps named together on one day for those two steps', () => {
    const split = { events: [{ date: '2026-04-28', label: 'Written test' }, { date: '2026-04-28', label: 'Interview' }] };
    expect(outcome('events', split, { events: [{ date: '2026-04-28', label: 'Written test and interview' }] })).toBe('right');
    expect(outcome('events', { events: [{ date: '2026-02-11', label: 'Opdracht en competentiegericht interview' }] }, { events: [{ date: '2026-02-11', label: 'Opdracht' }, { date: '2026-02-11', label: 'Competentiegericht interview' }] })).toBe('right');
    // One of the two alone, or the two on another day, is still wrong.
    expect(outcome('events', split, { events: [{ date: '2026-04-28', label: 'Written test' }] })).toBe('wrong');
    expect(outcome('events', split, { events: [{ date: '2026-04-29', label: 'Written test and interview' }] })).toBe('wrong');
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
  it('still takes a name the reader left out or another address for wrong', () => {
    expect(location('Fochlaan 3, 8900 Ieper', 'Sociaal Huis, Fochlaan 3, 8900 Ieper')).toBe('wrong');
    expect(location('Sociaal Huis, Fochlaan 3, 8900 Ieper', 'Fochlaan 5, 8900 Ieper')).toBe('wrong');
    expect(location('Sociaal Huis, Fochlaan 3, 8900 Ieper', null)).toBe('missing');
  });

  it('takes the town alone, where the reader wrote an address in that town, for the address missing', () => {
    expect(location('Kazerne Leiden-Noord, Lammenschansweg 140, 2321 JX Leiden', 'Leiden')).toBe('missing');
    expect(location('The Atrium, 99 W 10th Ave, Eugene', 'Eugene, OR')).toBe('missing');
    expect(location('Town Hall House, 456 Kent Street, Sydney NSW 2000', 'Sydney')).toBe('missing');
    expect(location('Chancery Street, Dublin 7', 'Dublin')).toBe('missing');
    expect(location('Harlow Institute, 176 College Road, Truro', 'TRURO')).toBe('missing');
    expect(location('County Hall, Topsham Road, Exeter, EX2 4QD', 'Exeter (hybrid)')).toBe('missing');
    expect(location('Stadhuis, Grote Markt 1, 8500 Kortrijk', 'Kortrijk, with flexible working arrangements')).toBe('missing');
  });

  it('takes another town, a building alone or a town the address only passes through for wrong', () => {
    expect(location('Kazerne Leiden-Noord, Lammenschansweg 140, 2321 JX Leiden', 'Leiderdorp')).toBe('wrong');
    expect(location('Hôtel du Département, Quai Jean Moulin, 76100 Rouen', 'Hôtel du Département')).toBe('wrong');
    expect(location('Praça Europa 4, 1249-206 Lisboa, Portugal', 'Lisbon')).toBe('wrong');
    expect(location('Town Hall House, 456 Kent Street, Sydney NSW 2000', 'Sydney CBD')).toBe('wrong');
  });
});

describe('how an employer is scored', () => {
  const organisation = (expected: string | null, actual: string | null) => outcome('organisation', { organisation: expected }, { organisation: actual });
  it('takes two names of one body for the same', () => {
    expect(organisation('Commune de Schaerbeek', 'Administration communale de Schaerbeek')).toBe('right');
    expect(organisation("Administration communale d'Uccle", "Commune d'Uccle")).toBe('right');
    expect(organisation('Gemeente Lille', 'Gemeentebestuur van Lille')).toBe('right');
    expect(organisation('Stad Oudenaarde', 'Stadsbestuur van Oudenaarde')).toBe('right');
    expect(organisation('Politiezone Dendermonde', 'Politie Dendermonde')).toBe('right');
    expect(organisation('Zone de police Marlow', 'Police Marlow')).toBe('right');
    expect(organisation('County of Kern', 'Kern County')).toBe('right');
    expect(organisation('Landratsamt Lörrach', 'Landkreis Lörrach')).toBe('right');
    expect(organisation('République et canton de Neuchâtel', 'Canton de Neuchâtel')).toBe('right');
    expect(organisation('Société wallonne des eaux', 'Société wallonne des eaux (SWDE)')).toBe('right');
    expect(organisation('Département des Pyrénées-Atlantiques', 'DEPARTEMENT DES PYRENEES ATLANTIQUES')).toBe('right');
    expect(organisation('Cedefop', 'CEDEFOP')).toBe('right');
    expect(employerKey('Commune de Woluwe-Saint-Lambert')).toBe(employerKey('Administration communale de Woluwe-Saint-Lambert'));
  });
  it('keeps another body in the same place, a department, a bare town or a longer name apart', () => {
    expect(organisation('Gemeente Bierbeek', 'OCMW Bierbeek')).toBe('wrong');
    expect(organisation('CPAS de Namur', 'Commune de Namur')).toBe('wrong');
    expect(organisation('City of Eugene', 'Eugene')).toBe('wrong');
    expect(organisation('Fife Council', 'Building Standards and Public Safety')).toBe('wrong');
    expect(organisation('Gemeente Lochristi', 'Gemeente en OCMW Lochristi')).toBe('wrong');
    expect(organisation('Provincie Limburg', 'Politiezone Limburg')).toBe('wrong');
    expect(organisation('Stad Gent', 'Stad Genk')).toBe('wrong');
    expect(organisation('Landratsamt Lörrach', 'Stadt Lörrach')).toBe('wrong');
    expect(organisation('Institut wallon de la statistique (IWEPS)', 'IWEPS')).toBe('wrong');
  });
});
