/** Field rules on small pages: positive and negative tables, fixed clock (2026-01-20). */
import { describe, expect, it } from 'vitest';
import { readContractLine } from '../../../src/extract/fields/contract';
import { contactsIn } from '../../../src/extract/fields/contacts';
import { readSalarySentence } from '../../../src/extract/fields/salary';
import { factsOf } from './helpers';

describe('deadline', () => {
  it.each([
    ['<p>Solliciteer ten laatste 1 februari 2026.</p>', '2026-02-01'],
    ['<p>Je kan solliciteren tot en met 31 januari 2026.</p>', '2026-01-31'],
    ['<p>Reageer uiterlijk op maandag 2 februari 2026.</p>', '2026-02-02'],
    ['<p>Solliciteer voor 1 maart 2026.</p>', '2026-02-28'],
    ['<dl><dt>Bewerbungsfrist</dt><dd>28.09.2026</dd></dl>', '2026-09-28'],
    ['<p>Entgeltgruppe 9a | Unbefristet | Bewerbungsschluss: 28.09.2026 | Vollzeit</p>', '2026-09-28'],
    ['<p>Bitte bewerben Sie sich bis zum 3. September 2026.</p>', '2026-09-03'],
    ['<p>Date limite de candidature : 15/03/2026</p>', '2026-03-15'],
    ['<h3>Closing date</h3><p>11:55 pm on Tuesday 29th September 2026</p>', '2026-09-29'],
    ['<p>Solliciteer ten laatste 8 februari.</p>', '2026-02-08'],
    ['<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"X","validThrough":"2026-03-01T23:59:00+01:00"}</script>', '2026-03-01T23:59:00+01:00'],
  ])('%s', (html, deadline) => {
    expect(factsOf(html).deadline).toBe(deadline);
  });

  it.each([
    ['<p>Het assessment loopt van 3 tot en met 5 februari 2026.</p>'],
    ['<p>Je werkt ten laatste om 18u.</p>'],
    ['<p>Bewerbungsfrist: baldmöglichst</p>'],
    ['<p>Publicatiedatum 15.01.2026</p>'],
    ['<p>Voor 1 februari 2026 verhuist de dienst.</p>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).deadline).toBeNull();
  });
});

describe('published', () => {
  it.each([
    ['<dl><dt>Publicatiedatum</dt><dd>15.01.2026</dd></dl>', '2026-01-15'],
    ['<p>Veröffentlicht am: 03.09.2025</p>', '2025-09-03'],
    ['<p>Gepubliceerd op 12 januari 2026 door de dienst HR.</p>', '2026-01-12'],
    ['<table><tr><th>Date posted</th><td>5 January 2026</td></tr></table>', '2026-01-05'],
  ])('%s', (html, published) => {
    expect(factsOf(html).published).toBe(published);
  });

  it.each([
    ['<p>Laatst bijgewerkt op 20.01.2026</p>'],
    ['<!--chrome--><footer><p>Publicatiedatum 15.01.2026</p></footer>'],
    ['<p>Solliciteer ten laatste 1 februari 2026.</p>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).published).toBeNull();
  });
});

describe('salary', () => {
  it.each([
    [
      'Je start in salarisschaal B1: het bruto maandsalaris ligt tussen €\u00a03.059,65 - €\u00a04.129,64.',
      { scale: 'B1', min: 3059.65, max: 4129.64, currency: 'EUR', period: 'month', gross: true },
    ],
    ['Salaris: schaal 11, maximaal € 5.872 bruto per maand', { scale: '11', min: null, max: 5872, currency: 'EUR', period: 'month', gross: true }],
    ['Bruto maandsalaris: min. € 3.059,65 – max. € 5.274,54 (geïndexeerd).', { scale: null, min: 3059.65, max: 5274.54, currency: 'EUR', period: 'month', gross: true }],
    ['Bruto maandsalaris: minimum 2.774,36 euro, maximum 4.082,05 euro.', { scale: null, min: 2774.36, max: 4082.05, currency: 'EUR', period: 'month', gross: true }],
    ['Een salaris van minimaal € 2.924 en maximaal € 3.877 bruto per maand (schaal 7).', { scale: '7', min: 2924, max: 3877, currency: 'EUR', period: 'month', gross: true }],
    ['Weddeschaal C1: minimum bruto maandsalaris 2 812,45 EUR.', { scale: 'C1', min: 2812.45, max: null, currency: 'EUR', period: 'month', gross: true }],
    ['Salary £62,111 to £77,439 per annum', { scale: null, min: 62111, max: 77439, currency: 'GBP', period: 'year', gross: null }],
    ['SALARY: $21.44 - $26.05 / Hour', { scale: null, min: 21.44, max: 26.05, currency: 'USD', period: 'hour', gross: null }],
    ['Salaire brut mensuel : 2 950,00 EUR', { scale: null, min: 2950, max: 2950, currency: 'EUR', period: 'month', gross: true }],
    ['Die Vergütung erfolgt nach Entgeltgruppe 9a TV-L.', { scale: 'TV-L E 9a', min: null, max: null, currency: null, period: null, gross: null }],
    ['Salarisschaal B1-B3', { scale: 'B1-B3', min: null, max: null, currency: null, period: null, gross: null }],
  ])('%s', (sentence, salary) => {
    expect(readSalarySentence(sentence)).toEqual(salary);
  });

  it.each([
    ['<ul><li>Maaltijdcheques van €\u00a08 per gewerkte dag</li></ul>'],
    ['<p>Bekijk onze loonsimulator om je bruto- en netto maandsalaris te berekenen.</p>'],
    ['<p>Een budget van € 50.000 voor projecten.</p>'],
    ['<!--chrome--><footer><p>Salaris € 3.000 per maand</p></footer>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).salary).toBeNull();
  });

  it('takes the scale from a label when the amounts come later', () => {
    const f = factsOf('<dl><dt>Salarisschaal</dt><dd>B111 (deskundige)</dd></dl><p>Het bruto maandsalaris bedraagt € 3.500 tot € 5.000.</p>');
    expect(f.salary).toEqual({ scale: 'B111', min: 3500, max: 5000, currency: 'EUR', period: 'month', gross: true });
  });

  it('reads a JSON-LD baseSalary, skipping a placeholder 0', () => {
    const ld = (v: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"JobPosting","title":"X","baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue",${v},"unitText":"MONTH"}}}]}</script>`;
    expect(factsOf(ld('"minValue":4132,"maxValue":6275')).salary).toMatchObject({ min: 4132, max: 6275, currency: 'EUR', period: 'month' });
    expect(factsOf(ld('"value":0')).salary).toBeNull();
  });
});

describe('contract', () => {
  it.each([
    ['Contractueel -voltijds - niveau B -', true, { employment: 'contractual', schedule: 'full-time', duration: null, hoursPerWeek: null, level: 'B' }],
    ['Contractueel - deeltijds (19u) - niveau B', true, { employment: 'contractual', schedule: 'part-time', duration: null, hoursPerWeek: 19, level: 'B' }],
    ['Statutair - voltijds (38u) - niveau A1a', true, { employment: 'statutory', schedule: 'full-time', duration: null, hoursPerWeek: 38, level: 'A1a' }],
    ['deeltijds 19/38', true, { employment: null, schedule: 'part-time', duration: null, hoursPerWeek: 19, level: null }],
    ['Entgeltgruppe 9a | Unbefristet | Start: frühestmöglich | Vollzeit / Teilzeit', true, { employment: null, schedule: null, duration: 'permanent', hoursPerWeek: null, level: null }],
    ['Die Wochenarbeitszeit beträgt 39 Stunden pro Woche.', false, { employment: null, schedule: null, duration: null, hoursPerWeek: 39, level: null }],
    ['This is a full-time, fixed-term role of 37.5 hours per week.', false, { employment: null, schedule: 'full-time', duration: 'temporary', hoursPerWeek: 37.5, level: null }],
    ['Contrat à durée indéterminée, temps plein.', false, { employment: 'contractual', schedule: 'full-time', duration: 'permanent', hoursPerWeek: null, level: null }],
    ['We bieden je een voltijdse contractuele functie met een arbeidsovereenkomst van onbepaalde duur.', false, { employment: 'contractual', schedule: 'full-time', duration: 'permanent', hoursPerWeek: null, level: null }],
    // In Belgium only contractual staff have a contract; statutory staff are appointed.
    ['Een contract van bepaalde duur (1 jaar).', false, { employment: 'contractual', schedule: null, duration: 'temporary', hoursPerWeek: null, level: null }],
  ])('%s', (text, short, contract) => {
    expect(readContractLine(text, short)).toEqual(contract);
  });

  it.each([
    ['<p>Je werkt van 9u tot 17u.</p>'],
    ['<p>Je hebt een vaste hand en werkt graag tijdelijk samen.</p>'],
    ['<p>We permanently improve our services.</p>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).contract).toBeNull();
  });

  it.each([
    // German leaves out the tail two compounds share: "Voll-/Teilzeit" names both schedules.
    ['Teil der Kieler Stadtverwaltung unbefristet in Voll-/Teilzeit.', { employment: null, schedule: null, duration: 'permanent', hoursPerWeek: null, level: null }],
    ['Die Stelle ist in Voll- oder Teilzeit zu besetzen.', { employment: null, schedule: null, duration: null, hoursPerWeek: null, level: null }],
    // A head that completes into no contract word stays as written.
    ['Eine Stelle in Teilzeit im Kinder- und Jugendbereich.', { employment: null, schedule: 'part-time', duration: null, hoursPerWeek: null, level: null }],
  ])('elided compound in %s', (text, contract) => {
    expect(readContractLine(text, false)).toEqual(contract);
  });

  const interamt = 'https://www.interamt.de/koop/app/stelle?id=1';
  const beamter = '<ul><li><span class="ia-m-desc-list__list-term">Dienstverhältnis</span> <span class="ia-m-desc-list__list-desc">Beamter</span></li></ul>';
  it.each([
    // Pay in both systems offered: the post is open to civil servants and employees.
    [`${beamter}<p>Die Einstellung erfolgt bis zur Besoldungsgruppe A 12 HBesG bzw. Vergütung nach der EG 11 TVöD.</p>`, null],
    // Civil servants' pay alone, or nothing more, leaves the label's status.
    [`${beamter}<p>Die Einstellung erfolgt bis zur Besoldungsgruppe A 12 HBesG.</p>`, 'statutory'],
    [beamter, 'statutory'],
    // Without a label, the employees' agreement names the status.
    ['<p>Die Vergütung erfolgt nach Entgeltgruppe 9a TVöD.</p>', 'contractual'],
  ])('employment in %s', (html, employment) => {
    expect(factsOf(html, interamt, 'de').contract?.employment ?? null).toBe(employment);
  });

  it('merges a regime line with the offer sentence', () => {
    const f = factsOf('<p>Contractueel -voltijds - niveau B -</p><p>We bieden je een voltijdse contractuele functie met een arbeidsovereenkomst van onbepaalde duur.</p>');
    expect(f.contract).toEqual({ employment: 'contractual', schedule: 'full-time', duration: 'permanent', hoursPerWeek: null, level: 'B' });
    expect(f.evidence.contract?.text).toBe('Contractueel -voltijds - niveau B -');
  });
});

describe('contacts', () => {
  it.each([
    [
      'Voor meer info kan je terecht bij: Philip De Koninck, waarnemend diensthoofd lokale besturen (03 240 58 39 of philip.dekoninck@provincieantwerpen.be).',
      [{ name: 'Philip De Koninck', role: 'waarnemend diensthoofd lokale besturen', phone: '+3232405839', email: 'philip.dekoninck@provincieantwerpen.be' }],
    ],
    [
      'Für fachliche Fragen steht Ihnen Herr Falk Mende unter +49 40 8998\u20117219 zur Verfügung.',
      [{ name: 'Falk Mende', role: 'fachliche Fragen', phone: '+494089987219', email: null }],
    ],
    [
      'Contact Jan Van der Berg (teamleider) via 09 266 71 11 of Els Peeters via els.peeters@gent.be.',
      [
        { name: 'Jan Van der Berg', role: 'teamleider', phone: '+3292667111', email: null },
        { name: 'Els Peeters', role: null, phone: null, email: 'els.peeters@gent.be' },
      ],
    ],
    ['Inhoudelijke vragen beantwoordt Rachid El Amrani, teamleider Arbo Midden, telefoon 06.41.29.83.57.', [{ name: 'Rachid El Amrani', role: 'teamleider Arbo Midden', phone: '+32641298357', email: null }]],
    ['Over de inhoud: Sofie Claeys, teamleider mobiliteitsplanning, 09 266 28 41, sofie.claeys@stad.gent.', [{ name: 'Sofie Claeys', role: 'teamleider mobiliteitsplanning', phone: '+3292662841', email: 'sofie.claeys@stad.gent' }]],
  ])('%s', (sentence, contacts) => {
    expect(contactsIn(sentence, 'be')).toEqual(contacts);
  });

  it.each([
    ['<dl><dt>Contactpersoon</dt><dd>Mensenwerken</dd></dl>'],
    ['<p>Philip De Koninck is diensthoofd.</p>'],
    ['<!--chrome--><footer><p>Kring vzw, Kunstlaan 1, 1000 Brussel · tel. 02 211 55 00 · info@werkenbijdeoverheid.be</p></footer>'],
    ['<p>Solliciteer via jobs@stad.be.</p>'],
    ['<p>Vragen? Mail naar jobs@gent.be.</p>'],
    ['<p>Publicatiedatum 15.01.2026</p>'],
  ])('none in %s', (html) => {
    expect(factsOf(html, 'https://www.example.be/vacature/1').contacts).toEqual([]);
  });

  it('reads the lines under a contact label', () => {
    const f = factsOf('<h3>Ansprechpartner</h3><p>Herr Patrick Lenarz</p><p>Tel.: 02162 39-1031</p>', 'https://www.interamt.de/koop/app/stelle?id=1', 'de');
    expect(f.contacts).toEqual([{ name: 'Patrick Lenarz', role: null, phone: '+492162391031', email: null }]);
  });
});

describe('location', () => {
  it.each([
    ['<ul><li>Je zal werken in het provinciehuis: Koningin Elisabethlei 22, 2018 Antwerpen. Vlot bereikbaar.</li></ul><dl><dt>Locatie</dt><dd>Antwerpen</dd></dl>', 'Koningin Elisabethlei 22, 2018 Antwerpen'],
    ['<dl><dt>Locatie</dt><dd>Antwerpen</dd></dl>', 'Antwerpen'],
    ['<dl><dt>Dienstort</dt><dd>Rathausmarkt 3, 41747 Viersen</dd></dl>', 'Rathausmarkt 3, 41747 Viersen'],
    ['<p>Lieu de travail : 12 rue de la Paix, 75002 Paris</p>', '12 rue de la Paix, 75002 Paris'],
  ])('%s', (html, location) => {
    expect(factsOf(html).location).toBe(location);
  });

  it.each([
    ['<p>Stuur je brief naar Kunstlaan 1, 1000 Brussel.</p>'],
    ['<!--chrome--><footer><p>Kring vzw, Kunstlaan 1, 1000 Brussel</p></footer>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).location).toBeNull();
  });
});

describe('organisation', () => {
  it.each([
    ['<p>Provincie Antwerpen zoekt een enthousiaste communicatiemedewerker.</p>', 'Provincie Antwerpen'],
    ['<p>Die Stadt Sendenhorst sucht zum nächstmöglichen Zeitpunkt eine/n Stadtplaner/in.</p>', 'Stadt Sendenhorst'],
    ['<p>La Ville de Namur recrute un gestionnaire de projets.</p>', 'Ville de Namur'],
    ['<p>The Home Office is looking for a policy adviser.</p>', 'Home Office'],
    ['<dl><dt>Werkgever</dt><dd>Stad Gent</dd></dl>', 'Stad Gent'],
  ])('%s', (html, organisation) => {
    expect(factsOf(html).organisation).toBe(organisation);
  });

  it.each([
    ['<p>Wij zoeken een enthousiaste collega.</p>'],
    ['<p>Het team zoekt versterking.</p>'],
    ['<h2>Organisatie</h2><h2>Functieinhoud</h2>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).organisation).toBeNull();
  });
});

describe('events', () => {
  it('reads dated selection steps, not the deadline', () => {
    const f = factsOf(
      '<ul><li>Solliciteer ten laatste 1 februari 2026.</li><li>Eventuele redeneertest: 3 of 5 februari 2026 (digitaal).</li><li>Opdracht en competentiegericht interview: 11 februari 2026 het provinciehuis.</li></ul>',
    );
    expect(f.events).toEqual([
      { date: '2026-02-03', label: 'Eventuele redeneertest' },
      { date: '2026-02-05', label: 'Eventuele redeneertest' },
      { date: '2026-02-11', label: 'Opdracht en competentiegericht interview' },
    ]);
  });

  it('gives a year-less date the first year on or after publication', () => {
    const f = factsOf('<dl><dt>Publicatiedatum</dt><dd>15.09.2025</dd></dl><p>De gesprekken vinden plaats op 29 september.</p>');
    expect(f.events).toEqual([{ date: '2025-09-29', label: 'Gesprekken' }]);
  });

  it.each([
    ['<p>Publicatiedatum 15.01.2026</p>'],
    ['<p>De dienst werd opgericht op 1 januari 2020.</p>'],
    ['<p>Solliciteer ten laatste 1 februari 2026 met je cv.</p>'],
  ])('none in %s', (html) => {
    expect(factsOf(html).events).toEqual([]);
  });
});

describe('title and language', () => {
  it('falls back to og:title, then the document title without its site', () => {
    const doc = (head: string) => `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`;
    const run = (h: string) => import('../../../src/extract').then(({ extractFacts }) => extractFacts(new DOMParser().parseFromString(doc(h), 'text/html'), null, new Date(0), { evenIfNotVacancy: true }));
    return Promise.all([
      run('<meta property="og:title" content="Jurist"><title>Other | Site</title>').then((f) => expect(f.title).toBe('Jurist')),
      run('<title>Beleidsmedewerker - Stad Gent | Werken bij</title>').then((f) => expect(f.title).toBe('Beleidsmedewerker - Stad Gent')),
    ]);
  });

  it('scores the vocabulary when <html lang> is missing', async () => {
    const { extractFacts } = await import('../../../src/extract');
    const html = '<html><body><p>Wir suchen für die Stadt eine Person mit Erfahrung, die mit uns und mit den Kollegen im Team arbeitet. Sie ist nicht allein.</p></body></html>';
    expect(extractFacts(new DOMParser().parseFromString(html, 'text/html'), null, new Date(0), { evenIfNotVacancy: true }).language).toBe('de');
  });
});
