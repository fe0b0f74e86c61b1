/**
 * The rules added for the corpus (issue 3), each with positive and negative cases on small pages.
 * Fixed clock: NOW (2026-01-20).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract';
import { levelOfScale, readContractLine } from '../../../src/extract/fields/contract';
import { contactsInBlock } from '../../../src/extract/fields/contacts';
import { compoundScale, readSalarySentence } from '../../../src/extract/fields/salary';
import { findMoney } from '../../../src/extract/money';
import { findPhones } from '../../../src/extract/phones';
import { portalRulesFor } from '../../../src/extract/portals';
import { PORTAL_MATCHES } from '../../../src/extract/portals/matches';
import { readMicrodata } from '../../../src/extract/sources/microdata';
import { findTime, offsetOn, withTime } from '../../../src/extract/times';
import { factsOf, NOW, parse } from './helpers';

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...o })}</script>`;

describe('declared data against the visible text', () => {
  it('keeps the visible deadline and the declared one as its conflict', () => {
    const f = factsOf(`${ld({ title: 'Jurist', validThrough: '2026-03-01' })}<p>Solliciteer ten laatste 22 februari 2026.</p>`);
    expect(f.deadline).toBe('2026-02-22');
    expect(f.evidence.deadline).toMatchObject({ source: 'text', conflict: { source: 'jsonld', value: '2026-03-01' } });
  });

  it.each([
    ['the same day with a time', `${ld({ validThrough: '2026-02-22T23:59:00+01:00' })}<p>Solliciteer ten laatste 22 februari 2026.</p>`],
    ['declared data alone', `${ld({ validThrough: '2026-02-22' })}<p>Geen datum hier.</p>`],
  ])('marks no conflict for %s', (_, html) => {
    const f = factsOf(html);
    expect(f.deadline?.slice(0, 10)).toBe('2026-02-22');
    expect(f.evidence.deadline?.conflict).toBeUndefined();
  });

  it('completes the declared amounts with the scale the text gives, no conflict', () => {
    const f = factsOf(`${ld({ baseSalary: { currency: 'EUR', value: { minValue: 3637, maxValue: 5518, unitText: 'MONTH' } } })}<p>Je salaris is ingedeeld in schaal 10.</p>`);
    expect(f.salary).toEqual({ scale: '10', min: 3637, max: 5518, currency: 'EUR', period: 'month', gross: null });
    expect(f.evidence.salary?.conflict).toBeUndefined();
  });

  it('reads microdata as declared data', () => {
    const doc = parse(
      '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Jurist</h1><span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Stad Gent</span></span><meta itemprop="validThrough" content="2026-02-22"><div itemprop="baseSalary" itemscope><meta itemprop="currency" content="EUR"><div itemprop="value" itemscope><meta itemprop="minValue" content="3000"><meta itemprop="maxValue" content="4000"><meta itemprop="unitText" content="MONTH"></div></div></div>',
    );
    expect(readMicrodata(doc)).toMatchObject({ title: 'Jurist', organisation: 'Stad Gent', validThrough: '2026-02-22', salary: { currency: 'EUR', min: 3000, max: 4000, unit: 'MONTH' } });
    expect(readMicrodata(parse('<div itemscope itemtype="https://schema.org/JobPosting"></div><div itemscope itemtype="https://schema.org/JobPosting"></div>'))).toBeNull();
  });
});

describe('portals', () => {
  it.each([
    ['https://www.interamt.de/koop/app/stelle?id=1', 'interamt'],
    ['https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/x-2d6fa8', 'vlaanderen'],
    ['https://travaillerpour.be/fr/jobs/AFG26009-x', 'bosa'],
    ['https://jobs.stad.gent/nl/vacature/1', 'stad-gent'],
    ['https://jobs.provincieantwerpen.be/vacature/1', 'provincie-antwerpen'],
    ['https://www.jobs.nhs.uk/candidate/jobadvert/C9-1', 'nhsjobs'],
    ['https://www.usajobs.gov/job/841266300', 'usajobs'],
  ])('%s is %s', (url, id) => {
    expect(portalRulesFor(new URL(url))?.id).toBe(id);
  });

  it.each([['https://www.vlaanderen.be/nieuws'], ['https://interamt.de.example.com/'], ['https://gent.be/jobs']])('%s is no portal', (url) => {
    expect(portalRulesFor(new URL(url))).toBeNull();
  });

  it('lists the city and province boards for the content script', () => {
    expect(PORTAL_MATCHES).toEqual(expect.arrayContaining(['*://jobs.stad.gent/*', '*://jobs.provincieantwerpen.be/*']));
  });

  it('prefers the employer code to the portal id, and joins a split workplace', () => {
    const sidebar = (kennung: string) =>
      `<ul><li><span class="term">INTERAMT Angebots-ID</span> <span class="desc">1017496</span></li>${kennung}<li><span class="term">Einsatzort Straße</span> <span class="desc">Rathausmarkt 3</span></li><li><span class="term">Einsatzort PLZ / Ort</span> <span class="desc">41747 Viersen</span></li></ul>`;
    const url = 'https://www.interamt.de/koop/app/stelle?id=1017496';
    expect(factsOf(sidebar(''), url, 'de')).toMatchObject({ reference: '1017496', location: 'Rathausmarkt 3, 41747 Viersen' });
    expect(factsOf(sidebar('<li><span class="term">Kennung für Bewerbungen</span> <span class="desc">Z2.1-31-326</span></li>'), url, 'de').reference).toBe('Z2.1-31-326');
    // The same page elsewhere: the portal id label means nothing.
    expect(factsOf(sidebar(''), 'https://example.de/stelle', 'de').reference).toBeNull();
  });
});

describe('deadline times', () => {
  it.each([
    ['om 23.59 uur', { hour: 23, minute: 59 }],
    ['11:55 pm on', { hour: 23, minute: 55 }],
    ['à 12h00', { hour: 12, minute: 0 }],
    ['um 12 Uhr', { hour: 12, minute: 0 }],
  ])('finds the time in "%s"', (text, time) => {
    expect(findTime(text)).toMatchObject(time);
  });

  it.each([['op 23.59'], ['3 jaar'], ['nr 12']])('finds no time in "%s"', (text) => {
    expect(findTime(text)).toBeNull();
  });

  it.each([
    ['be', '2026-02-09', '+01:00'],
    ['be', '2026-04-21', '+02:00'],
    ['uk', '2026-09-29', '+01:00'],
    ['uk', '2026-12-01', '+00:00'],
    ['us', '2026-08-22', null],
  ])('the offset in %s on %s is %s', (country, iso, offset) => {
    expect(offsetOn(country, iso, 12)).toBe(offset);
  });

  it.each([
    ['<p>Solliciteer ten laatste op 9 februari 2026 om 23.59 uur.</p>', 'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/x', '2026-02-09T23:59:00+01:00'],
    ['<h3>Closing date</h3><p>11:55 pm on Tuesday 29th September 2026</p>', 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1', '2026-09-29T23:55:00+01:00'],
    ['<p>Deadline 17/03/2026 - 12:00 (midday), Brussels time</p>', 'https://eu-careers.europa.eu/en/job-opportunities/x', '2026-03-17T12:00:00+01:00'],
    ['<p>Applications must be received by 11:59 PM Eastern Time (ET) on 08/22/2026.</p>', 'https://www.usajobs.gov/job/1', '2026-08-22T23:59:00-04:00'],
    ['<p>Solliciteer ten laatste op 9 februari 2026.</p>', 'https://x.be/vacature/1', '2026-02-09'],
  ])('%s', (html, url, deadline) => {
    expect(factsOf(html, url).deadline).toBe(deadline);
  });

  it('gives a US time without a zone no offset: the date alone', () => {
    expect(withTime('2026-08-22', { hour: 23, minute: 59, offset: null, zone: null }, 'us')).toBe('2026-08-22');
  });
});

describe('money and salary', () => {
  it.each([
    ['min. € 3.059,65 – max. € 5.274,54', 3059.65, 5274.54],
    ['minimum 2.774,36 euro, maximum 4.082,05 euro', 2774.36, 4082.05],
    ['€ 3.059,65 (B1, 0 jaar ervaring) tot € 5.274,54 (B3, maximum)', 3059.65, 5274.54],
  ])('reads the range in "%s"', (text, min, max) => {
    expect(findMoney(text)[0]).toMatchObject({ min, max });
  });

  it.each([
    ['Weddeschaal C1: minimum bruto maandsalaris 2 812,45 EUR.', 2812.45, null],
    ['Je salaris is maximaal € 4.837 bruto per maand, bij aanvang minimaal € 3.208 bruto per maand.', 3208, 4837],
    ['de 2 150 € à 2 600 € brut mensuel selon profil, prime annuelle', 2150, 2600],
  ])('reads one-sided and split pay in "%s"', (text, min, max) => {
    expect(readSalarySentence(text)).toMatchObject({ min, max });
  });

  it('reads the period after the amount before one further away', () => {
    expect(readSalarySentence('Traitement + prime annuelle : de 2 150 € à 2 600 € brut mensuel.')?.period).toBe('month');
  });

  it('reads a salary table by seniority under the sentence that announces it', () => {
    const f = factsOf(
      '<h3>Salaris</h3><p>Weddeschaal A11. Je bruto maandsalaris hangt af van je anciënniteit:</p><table><tr><th>Anciënniteit</th><th>Bruto maandsalaris</th></tr><tr><td>0 jaar</td><td>4 748,61 EUR</td></tr><tr><td>6 jaar</td><td>5 672,78 EUR</td></tr><tr><td>18 jaar</td><td>7 105,32 EUR</td></tr></table>',
      'https://werkenvoor.be/nl/jobs/ANG26004-x',
    );
    expect(f.salary).toEqual({ scale: 'A11', min: 4748.61, max: 7105.32, currency: 'EUR', period: 'month', gross: true });
  });

  it('borrows no scale from a statement of another pay', () => {
    const f = factsOf('<p>Salary $86,962 - $113,047 per year.</p><p>Pay for the GS-11 grade in this locality is $72,553 - $94,317 per year.</p>', 'https://www.usajobs.gov/job/1', 'en');
    expect(f.salary?.scale).toBeNull();
  });

  it('takes a grade written in words under a grade label as the scale and the level', () => {
    const f = factsOf('<dl><dt>Job grade</dt><dd>Higher Executive Officer</dd><dt>Salary</dt><dd>£36,530 to £41,714</dd></dl>', 'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1', 'en');
    expect(f.salary?.scale).toBe('Higher Executive Officer');
    expect(f.contract?.level).toBe('Higher Executive Officer');
  });

  it.each([
    ['<dl><dt>Bruto maandsalaris</dt><dd>€ 3.059,65 tot € 5.274,54, voltijds en geïndexeerd</dd></dl>', { gross: true, period: 'month' }],
    // The value's own period beats the label's.
    ['<dl><dt>Bruto maandsalaris</dt><dd>€ 21,50 per uur</dd></dl>', { gross: true, period: 'hour' }],
    // A label that says neither leaves both open.
    ['<dl><dt>Salaris</dt><dd>€ 3.059,65 tot € 5.274,54</dd></dl>', { gross: null, period: null }],
  ])('reads gross and period from the pay label: %s', (html, salary) => {
    expect(factsOf(html).salary).toMatchObject(salary);
  });

  it.each([
    [
      'the scale and gross of a sentence with the same amounts',
      '<dl><dt>Salaris</dt><dd>€ 4.332 - € 6.411</dd></dl><p>Je start in schaal 11. Het bruto maandsalaris ligt tussen € 4.332 en € 6.411.</p>',
      { scale: '11', min: 4332, max: 6411, gross: true, period: 'month' },
    ],
    [
      'nothing from a sentence of other amounts',
      '<dl><dt>Salaris</dt><dd>€ 4.332 - € 6.411</dd></dl><p>In schaal 12 verdien je een bruto maandsalaris tussen € 5.013 en € 7.452.</p>',
      { scale: null, min: 4332, max: 6411, gross: null, period: null },
    ],
    [
      'no gross where statements of the same amounts disagree',
      '<dl><dt>Salaris</dt><dd>€ 4.332 - € 6.411</dd></dl><p>Het bruto salaris is € 4.332 - € 6.411 per maand.</p><p>Het netto salaris is € 4.332 - € 6.411 per maand.</p>',
      { gross: null, period: 'month' },
    ],
  ])('completes the first pay statement with %s', (_, html, salary) => {
    expect(factsOf(html).salary).toMatchObject(salary);
  });

  it.each([
    ['Niveau / Rang / Graad', 'B / Bv / B1-B3', 'B1-B3'],
    ['Niveau / Rang / Graad', 'A / Av / A1a-A3a', 'A1a-A3a'],
    // A grade in words, a bare number, parts that do not line up, or no grade part: no scale.
    ['Niveau / Rang / Graad', 'B / Bv / deskundige', null],
    ['Niveau / Rang / Graad', 'B / Bv / 3', null],
    ['Niveau / Rang / Graad', 'B1-B3', null],
    ['Niveau / Rang / Graad', 'B / Bv / B1-B3 / 2026-017', null],
    ['Niveau / Rang', 'B / Bv', null],
  ])('under "%s" the value "%s" gives the scale %s', (label, value, scale) => {
    expect(compoundScale(label, value)).toBe(scale);
  });

  it('reads the scale from the grade part of a "Niveau / Rang / Graad" row, not from a reference', () => {
    const row = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
    const amounts = row('Bruto maandsalaris', '€ 3.059,65 tot € 5.274,54');
    expect(factsOf(`<table>${row('Niveau / Rang / Graad', 'B / Bv / B1-B3')}${amounts}</table>`).salary).toMatchObject({ scale: 'B1-B3', min: 3059.65, gross: true, period: 'month' });
    expect(factsOf(`<table>${row('Vacaturenummer', 'B1-B3/2026')}${amounts}</table>`).salary?.scale).toBeNull();
  });
});

describe('contract', () => {
  it.each([
    ['A21', 'be', 'A2'],
    ['B1-B3', 'be', 'B'],
    ['C111', 'be', 'C'],
    ['BV1-BV3', 'be', 'BV'],
    ['Band 6', 'uk', 'Band 6'],
    ['AD 5', null, 'AD 5'],
  ])('the scale %s (%s) implies level %s', (scale, country, level) => {
    expect(levelOfScale(scale, country)).toBe(level);
  });

  it.each([['B1-B3', 'nl'], ['10', 'be'], ['A9g - A11', 'de'], ['B1-C3', 'be']])('the scale %s (%s) implies no level', (scale, country) => {
    expect(levelOfScale(scale, country)).toBeNull();
  });

  it.each([
    ['<dl><dt>Dienstverband</dt><dd>Tijdelijk, met uitzicht op vast</dd></dl>', { duration: 'temporary' }],
    ['<dl><dt>Uren per week</dt><dd>36</dd></dl>', { hoursPerWeek: 36 }],
    ['<p>Je werkt deeltijds 4/5 (30u24 per week).</p>', { hoursPerWeek: 30.4 }],
    ['<dl><dt>Type of contract</dt><dd>Permanent official</dd></dl>', { employment: 'statutory', duration: 'permanent' }],
  ])('%s', (html, contract) => {
    expect(factsOf(html).contract).toMatchObject(contract);
  });

  it.each([
    ['<dl><dt>Uren</dt><dd>24 - 32 uur per week</dd></dl>', 'hoursPerWeek'],
    ['<dl><dt>Wochenarbeitszeit</dt><dd>41 h für Beamte<br>38,7 h für Arbeitnehmer</dd></dl>', 'hoursPerWeek'],
    ['<p>Le poste est ouvert aux fonctionnaires et aux contractuels en CDD de 3 ans.</p>', 'duration'],
    ['<p>Een veiligheidsonderzoek (categorie B) maakt deel uit van de procedure.</p>', 'level'],
    ['<p>You need a thorough knowledge of one EU language (minimum level C1).</p>', 'level'],
  ])('%s gives no %s', (html, part) => {
    expect((factsOf(html).contract as Record<string, unknown> | null)?.[part] ?? null).toBeNull();
  });

  it.each([
    // The permanent post is the civil servants'; the contractuals would get a CDD.
    ["Poste permanent ouvert aux titulaires du cadre d'emplois des techniciens territoriaux et, à défaut, aux contractuels (CDD de 3 ans).", null, true],
    ['Le poste est ouvert aux fonctionnaires et aux contractuels en CDD de 3 ans.', null, true],
    ['Emploi ouvert aux fonctionnaires et aux contractuels.', null, false],
    ['Contrat à durée déterminée de 6 mois pour un contractuel.', 'temporary', false],
  ])('a statement opening the post to both statuses leaves its duration open: "%s"', (text, duration, blocked) => {
    expect(readContractLine(text, false).duration).toBe(duration);
    // Open for good: declared data cannot fill in what the text names both ways.
    const contract = factsOf(`${ld({ title: 'Technicien', employmentType: 'TEMPORARY' })}<p>${text}</p>`).contract;
    expect(contract?.duration ?? null).toBe(blocked ? null : 'temporary');
  });

  it.each([
    ['PART_TIME', '<dl><dt>Uren</dt><dd>24 - 32 uur per week</dd></dl><p>Een arbeidsovereenkomst voor bepaalde tijd.</p>', { schedule: 'part-time', duration: 'temporary', hoursPerWeek: null }],
    ['FULL_TIME', '<ul><li>36 uur per week</li></ul>', { schedule: 'full-time', hoursPerWeek: 36 }],
    ['TEMPORARY', '<p>Je werkt voltijds.</p>', { schedule: 'full-time', duration: 'temporary' }],
    // The text's own schedule and duration win.
    ['FULL_TIME', '<p>Je werkt deeltijds (24 uur per week).</p>', { schedule: 'part-time' }],
    ['TEMPORARY', '<p>Een contract van onbepaalde duur.</p>', { duration: 'permanent' }],
    // A text naming both schedules leaves the schedule open for nobody to fill.
    ['FULL_TIME', '<dl><dt>Arbeidsregime</dt><dd>Voltijds of deeltijds</dd></dl>', { schedule: null }],
    // Full time beside a short week is a default of the site, not the job's schedule: the short week is part time.
    ['FULL_TIME', '<dl><dt>Uren per week</dt><dd>16</dd></dl>', { schedule: 'part-time', hoursPerWeek: 16 }],
  ])('the declared %s completes what the text leaves open: %s', (type, html, parts) => {
    const contract = factsOf(`${ld({ title: 'Medewerker', employmentType: type })}${html}`).contract as Record<string, unknown> | null;
    for (const [part, value] of Object.entries(parts)) expect(contract?.[part] ?? null).toBe(value);
  });
});

describe('contacts', () => {
  it.each([
    [['Name : Priya Natarajan', 'Email : priya.natarajan@education.gov.uk', 'Telephone : 020 7946 0958'], 'uk', [{ name: 'Priya Natarajan', role: null, phone: '+442079460958', email: 'priya.natarajan@education.gov.uk' }]],
    [['Name', 'Hannah Okafor', 'Job title', 'Clinical Lead', 'Email address', 'hannah.okafor@nhs.net'], 'uk', [{ name: 'Hannah Okafor', role: 'Clinical Lead', phone: null, email: 'hannah.okafor@nhs.net' }]],
    [['Marcus Bell', 'Human Resources Specialist', 'Phone: (410) 555-0193'], 'us', [{ name: 'Marcus Bell', role: 'Human Resources Specialist', phone: '+14105550193', email: null }]],
    [['Sophie Marchand, cheffe du bureau DPE 3 — 05 57 57 38 20 — sophie.marchand@ac-bordeaux.fr'], 'fr', [{ name: 'Sophie Marchand', role: 'cheffe du bureau DPE 3', phone: '+33557573820', email: 'sophie.marchand@ac-bordeaux.fr' }]],
    [['Herr Patrick Lenarz', 'Telefonnummer', '+49 2162 391031', 'Faxnummer', '+49 2162 391999'], 'de', [{ name: 'Patrick Lenarz', role: null, phone: '+492162391031', email: null }]],
  ])('reads the block %j', (lines, country, contacts) => {
    expect(contactsInBlock(lines, country)).toEqual(contacts);
  });

  it.each([[['Recruitment team', 'Email : jobs@education.gov.uk']], [['Stadt Sendenhorst', 'Tel. 02526 303-0']]])('finds no person in %j', (lines) => {
    expect(contactsInBlock(lines, 'de')).toEqual([]);
  });

  it('merges a surname with the full name and drops the employer as a role', () => {
    const f = factsOf(
      '<p>Die Stadt Sendenhorst sucht eine Stadtplanerin.</p><p>Für Rückfragen steht Ihnen Herr Fühner unter 02526 303-136 zur Verfügung.</p><h3>Ansprechpartner</h3><p>Herr Daniel Fühner<br>Stadt Sendenhorst<br>E-Mail: fuehner@sendenhorst.de</p>',
      'https://www.interamt.de/koop/app/stelle?id=1',
      'de',
    );
    expect(f.contacts).toEqual([{ name: 'Daniel Fühner', role: null, phone: '+492526303136', email: 'fuehner@sendenhorst.de' }]);
  });

  it('keeps a number joined by a dash apart from the text before it', () => {
    expect(findPhones('DPE 3 — 05 57 57 38 20', 'fr').map((p) => p.e164)).toEqual(['+33557573820']);
  });
});

describe('events', () => {
  it.each([
    ['<p>Na de screening nodigen we je uit voor een selectiegesprek op 12 februari 2026.</p>', [{ date: '2026-02-12', label: 'Selectiegesprek' }]],
    ['<p>De eerste gesprekken zijn op 17 februari 2026, de tweede gesprekken op 24 februari 2026.</p>', [{ date: '2026-02-17', label: 'Eerste gesprekken' }, { date: '2026-02-24', label: 'Tweede gesprekken' }]],
    ['<p>Het eerste gesprek is op 10 maart 2026; op 17 maart 2026 volgt een meeloopdienst.</p>', [{ date: '2026-03-10', label: 'Eerste gesprek' }, { date: '2026-03-17', label: 'Meeloopdienst' }]],
  ])('%s', (html, events) => {
    expect(factsOf(html).events).toEqual(events);
  });

  it.each([
    ["<p>L'épreuve écrite aura lieu le 2 juillet 2026.</p>", [{ date: '2026-07-02', label: 'Épreuve écrite' }]],
    ['<p>Jury de recrutement prévu le jeudi 16 avril 2026.</p>', [{ date: '2026-04-16', label: 'Jury de recrutement' }]],
  ])('%s (fr)', (html, events) => {
    expect(factsOf(html, null, 'fr').events).toEqual(events);
  });
});

describe('title, organisation and workplace', () => {
  it('drops the page kind in front of a title, and reads an h1 in a hero outside <main>', () => {
    const doc = parse(`<html lang="nl"><body><header><h1>Vacature: Projectleider mobiliteit</h1></header><main><p>${'Tekst '.repeat(60)}</p></main></body></html>`);
    expect(extractFacts(doc, null, NOW, { evenIfNotVacancy: true }).title).toBe('Projectleider mobiliteit');
  });

  it.each([
    ['<p>Für das Landratsamt München suchen wir einen Sachbearbeiter.</p><dl><dt>Behörde</dt><dd>Regierung von Oberbayern</dd></dl>', 'Landratsamt München'],
    ['<p>Provincie Antwerpen werft aan voor APB Campus Vesta, het opleidingscentrum.</p>', 'APB Campus Vesta'],
    ['<dl><dt>Werkgever</dt><dd>APB Campus Vesta</dd></dl><p>Provincie Antwerpen zoekt een technicus.</p>', 'APB Campus Vesta'],
  ])('%s', (html, organisation) => {
    expect(factsOf(html, null, 'de').organisation).toBe(organisation);
  });

  it.each([['<p>Für den Standort Zeuthen suchen wir eine Einkäuferin.</p>'], ['<p>Für die Fachgruppe am Standort Zeuthen suchen wir jemanden.</p>']])('no employer in %s', (html) => {
    expect(factsOf(html, null, 'de').organisation).toBeNull();
  });

  it.each([
    ['<h2>Waar ga je werken</h2><p>De verkeerscentrale staat aan de Ravenswade 4, 3439 LD Nieuwegein.</p>', 'Ravenswade 4, 3439 LD Nieuwegein'],
    ['<dl><dt>Standplaats</dt><dd>Ranst</dd></dl><p>Campus Vesta, Oostmalsesteenweg 1, 2520 Ranst.</p>', 'Campus Vesta, Oostmalsesteenweg 1, 2520 Ranst'],
    ['<dl><dt>Location</dt><dd>Leeds</dd></dl><p>You will be based in our Leeds office at 5 Wellington Place, Leeds, LS1 4AP.</p>', '5 Wellington Place, Leeds, LS1 4AP'],
  ])('%s', (html, location) => {
    expect(factsOf(html).location).toBe(location);
  });

  it('takes no street from where to send a letter', () => {
    expect(factsOf('<dl><dt>Standplaats</dt><dd>Kiel</dd></dl><p>Senden Sie Ihre Bewerbung an Mercatorstraße 1, 24106 Kiel.</p>').location).toBe('Kiel');
  });
});

describe('page chrome', () => {
  it('reads a facts sidebar beside <main> but not a block of other vacancies', () => {
    const doc = parse(
      `<html lang="nl"><body><main><h1>Jurist</h1><p>${'Tekst '.repeat(60)}</p></main><aside class="job-sidebar"><dl><dt>Vacaturenummer</dt><dd>PA-2026-014</dd></dl></aside><aside><h2>Andere vacatures</h2><p>Solliciteer ten laatste 1 maart 2026.</p></aside></body></html>`,
    );
    const f = extractFacts(doc, null, NOW, { evenIfNotVacancy: true });
    expect(f.reference).toBe('PA-2026-014');
    expect(f.deadline).toBeNull();
  });
});

describe('a logo heading', () => {
  it('is no title: the document title gives it', () => {
    const doc = parse(`<html lang="nl"><head><title>Jurist | Jobs Stad Gent</title></head><body><header><h1>Stad Gent</h1></header><main><p>${'Tekst '.repeat(60)}</p></main></body></html>`);
    expect(extractFacts(doc, null, NOW, { evenIfNotVacancy: true }).title).toBe('Jurist');
  });
});

describe('a scale named in its own sentence', () => {
  it('completes the amounts the page gives elsewhere', () => {
    const f = factsOf('<p>Salaris: € 3.208 - € 5.518 bruto per maand</p><p>Deze functie is ingedeeld in schaal 9-10.</p>', 'https://www.werkenvoornederland.nl/vacatures/x-SZW-2026-0087');
    expect(f.salary).toMatchObject({ scale: '9-10', min: 3208, max: 5518 });
  });

  it('is no scale inside another word', () => {
    expect(factsOf('<p>Het schaalmodel telt 12 stappen.</p>').salary).toBeNull();
  });
});
