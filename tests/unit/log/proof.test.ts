import { describe, expect, it } from 'vitest';
import { ACTIVITY_WORDS } from '../../../src/i18n/activity-words';
import { buildProof, proofCsv, proofWords, type PersonDetails } from '../../../src/log/proof';
import { PRESETS, PRESET_IDS, type PresetId } from '../../../src/log/presets';
import { activity, februaryLog } from './activity-log';

const person: PersonDetails = { name: 'Sam Janssens', clientNumber: '123A456', address: 'Kerkstraat 1, 2000 Antwerpen' };
const NOW = new Date('2026-03-02T09:00:00Z');
const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };

function proofFor(id: PresetId, options: { target?: number | null; locale?: string } = {}) {
  const { vacancies, activities } = februaryLog();
  const preset = PRESETS[id];
  const words = proofWords(preset, options.locale ?? 'nl-BE');
  // Monday 2 February: the first day of the obligation.
  const proof = buildProof({ vacancies, activities, preset, target: options.target ?? null, start: '2026-02-02', period: FEBRUARY, person, words, now: NOW });
  return { proof, words };
}

describe.each(PRESET_IDS)('the proof for %s', (id) => {
  const { proof } = proofFor(id);

  it('has the preset’s columns, in order, each with a heading', () => {
    expect(proof.columns.map((c) => c.field)).toEqual(PRESETS[id].columns);
    for (const c of proof.columns) expect(c.heading.trim()).toBeTruthy();
  });

  it('lists only counted activities in the period, oldest first, each with every column', () => {
    const days = proof.rows.map((r) => r.day);
    expect(days).toEqual([...days].sort());
    for (const row of proof.rows) {
      expect(row.day >= FEBRUARY.from && row.day <= FEBRUARY.to).toBe(true);
      expect(Object.keys(row.cells)).toEqual(PRESETS[id].columns);
    }
  });

  it('marks as a gap exactly the required fields a row lacks', () => {
    for (const row of proof.rows) {
      for (const gap of row.gaps) expect(row.cells[gap] ?? null, `${row.key} ${gap}`).toBeNull();
    }
    expect(proof.rowsWithGaps).toBe(proof.rows.filter((r) => r.gaps.length).length);
  });
});

describe('per service', () => {
  it.each([
    ['uwv', 7, 2, ['Datum', 'Soort activiteit', 'Naam werkgever', 'Functie', 'Wijze van solliciteren', 'Contactpersoon', 'Resultaat']],
    ['vdab', 9, 5, ['Datum', 'Actie', 'Bedrijf of organisator', 'Vacature', 'Contactpersoon', 'Hoe', 'Resultaat']],
    ['forem-actiris', 9, 5, ['Date', 'Démarche', 'Employeur ou organisateur', 'Offre / poste', 'Personne de contact', 'Moyen', 'Résultat']],
    ['ba-jobcenter', 8, 2, ['Datum', 'Art der Bemühung', 'Arbeitgeber', 'Stelle', 'Ort', 'Anschrift', 'Ansprechpartner', 'Art der Bewerbung', 'Stand']],
    ['universal-credit', 10, 4, ['Date', 'Activity', 'Employer or organiser', 'Job', 'How', 'Time spent', 'Outcome']],
    ['us-ny', 10, 10, ['Date', 'Employer name', 'Address (mail, e-mail or web)', 'Telephone', 'Person or title contacted', 'Contact method', 'Position applied for', 'Work search activity', 'Result']],
  ] as const)('%s: %i rows, %i with gaps, headed %j', (id, rows, withGaps, headings) => {
    const { proof } = proofFor(id);
    expect(proof.rows).toHaveLength(rows);
    expect(proof.rowsWithGaps).toBe(withGaps);
    expect(proof.columns.map((c) => c.heading)).toEqual(headings);
  });

  it('UWV: the test and interview from the history lack how (a gap); the rest is complete', () => {
    const { proof } = proofFor('uwv');
    expect(proof.rows.filter((r) => r.gaps.length).map((r) => [r.day, r.cells.type, r.gaps])).toEqual([
      ['2026-02-03', 'Test of examen', ['how']],
      ['2026-02-11', 'Sollicitatiegesprek', ['how']],
    ]);
    const gent = proof.rows.find((r) => r.cells.employer === 'Stad Gent')!;
    expect(gent.cells).toEqual({
      date: '2026-02-09',
      type: 'Sollicitatie op vacature',
      employer: 'Stad Gent',
      position: 'Jurist',
      how: 'Per e-mail',
      contact: null,
      result: 'Wacht op antwoord',
    });
  });

  it('UWV: 4 per 4 weeks from the start date, met in the first period', () => {
    const { proof } = proofFor('uwv');
    expect(proof.periods.map((p) => [p.from, p.to, p.value, p.target, p.met])).toEqual([
      ['2026-02-02', '2026-03-01', 7, 4, true],
    ]);
  });

  it('New York: three different days each Monday-to-Sunday week', () => {
    const { proof } = proofFor('us-ny');
    expect(proof.periods.map((p) => [p.from, p.to, p.value, p.met])).toEqual([
      ['2026-02-02', '2026-02-08', 3, true],
      ['2026-02-09', '2026-02-15', 3, true],
      ['2026-02-16', '2026-02-22', 2, false],
      ['2026-02-23', '2026-03-01', 2, false],
    ]);
    // The tracked vacancy gives its contact, phone and e-mail; the hand-made fair gives none.
    const test = proof.rows.find((r) => r.day === '2026-02-03')!;
    expect(test.cells).toMatchObject({ address: 'philip.dekoninck@provincieantwerpen.be', phone: '+32 3 240 58 39' });
    expect(test.gaps).toEqual(['how']);
    expect(proof.rows.find((r) => r.day === '2026-02-05')!.gaps).toEqual(['address', 'phone', 'contact']);
  });

  it('Universal Credit: hours per week against 35, time spent in words', () => {
    const { proof } = proofFor('universal-credit');
    expect(proof.periods.map((p) => [p.from, p.valueText, p.targetText, p.met])).toEqual([
      ['2026-02-02', '5 h', '35 h', false],
      ['2026-02-09', '30 min', '35 h', false],
      ['2026-02-16', '45 min', '35 h', false],
      ['2026-02-23', '5 h', '35 h', false],
    ]);
    expect(proof.rows.find((r) => r.day === '2026-02-05')!.cells.minutes).toBe('4 h');
    // Entries from tracked vacancies have no time spent: a gap, not a zero.
    expect(proof.rows.filter((r) => r.gaps.includes('minutes')).map((r) => r.day)).toEqual(['2026-02-03', '2026-02-09', '2026-02-11', '2026-02-16']);
  });

  it('Bundesagentur: in German, with the client number; results of vacancies in German words', () => {
    const { proof } = proofFor('ba-jobcenter');
    expect(proof.language).toBe('de');
    expect(proof.person).toEqual({ name: 'Sam Janssens', clientNumber: '123A456', address: 'Kerkstraat 1, 2000 Antwerpen' });
    expect(proof.rows.find((r) => r.day === '2026-02-03')!.cells.result).toBe('Absage');
  });

  it('a service that does not ask for a client number does not print it', () => {
    expect(proofFor('uwv').proof.person.clientNumber).toBeNull();
  });

  it('an "as agreed" rhythm judges nothing until the person types their number, then per month', () => {
    expect(proofFor('vdab').proof.periods.map((p) => [p.from, p.to, p.value, p.met])).toEqual([['2026-02-02', '2026-02-28', 9, null]]);
    expect(proofFor('vdab', { target: 10 }).proof.periods[0]).toMatchObject({ value: 9, target: 10, met: false, partial: true });
  });

  it('general: in the user’s language', () => {
    const { proof } = proofFor('general', { locale: 'fr-BE' });
    expect(proof.language).toBe('fr');
    expect(proof.columns.map((c) => c.heading)).toEqual(PRESETS.general.columns.map((f) => ACTIVITY_WORDS.fr.field[f]));
  });

  it('states where the evidence is: each tracked vacancy’s address and its kept text', () => {
    const { proof } = proofFor('uwv');
    const withEvidence = proof.rows.filter((r) => r.evidence);
    expect(withEvidence.map((r) => r.day)).toEqual(['2026-02-03', '2026-02-09', '2026-02-11', '2026-02-16']);
    expect(withEvidence[0]!.evidence).toBe(
      'Vacature: https://www.werkenbijdeoverheid.be/vacature/prov-antw/V.html (kopie van de tekst bewaard op 2026-01-20)',
    );
    expect(proof.evidenceNote).toBe(ACTIVITY_WORDS.nl.evidenceNote);
    expect(proof.made).toBe('2026-03-02');
  });
});

describe('the proof as a spreadsheet', () => {
  it('has the preset’s headings, dates as dates, minutes as numbers, and the evidence', () => {
    const { proof, words } = proofFor('universal-credit');
    const lines = proofCsv(proof, words, ',').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Date,Activity,Employer or organiser,Job,How,Time spent (min),Outcome,Evidence');
    expect(lines).toContain('2026-02-05,Job fair,Jobbeurs Antwerpen Expo,,In person,240,Drie werkgevers gesproken,');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(proof.rows.length + 2);
  });

  it('neutralises a formula typed into an activity, with the semicolon of a Dutch spreadsheet', () => {
    const { vacancies } = februaryLog();
    const preset = PRESETS.uwv;
    const words = proofWords(preset, 'nl');
    const activities = [activity({ date: '2026-02-04', type: 'open-application', employer: '=HYPERLINK("http://evil.example")', how: 'email', result: 'a;b' })];
    const proof = buildProof({ vacancies: vacancies.slice(1, 2), activities, preset, target: null, start: '2026-02-02', period: FEBRUARY, person, words, now: NOW });
    const csv = proofCsv(proof, words, ';');
    expect(csv.startsWith('\uFEFFDatum;Soort activiteit;')).toBe(true);
    expect(csv).toContain(`2026-02-04;Open sollicitatie;"'=HYPERLINK(""http://evil.example"")";;Per e-mail;;"a;b";`);
  });
});
