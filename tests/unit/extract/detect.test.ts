import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListAddress, looksLikeVacancy } from '../../../src/extract/detect';
import { fixtureDirs, PAGES_DIR } from '../../../scripts/corpus';
import { parse } from './helpers';

const fixture = (name: string) => parse(readFileSync(join(__dirname, '../../fixtures/pages', name, 'page.html'), 'utf8'));
const body = (html: string) => parse(`<!doctype html><html><body>${html}</body></html>`);

describe('looksLikeVacancy', () => {
  it('says yes to the seed and no to the portal home page', () => {
    expect(looksLikeVacancy(fixture('wbdo-provincie-antwerpen-communicatiemedewerker'), 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/x.html')).toBe(true);
    expect(looksLikeVacancy(fixture('wbdo-home'), 'https://www.werkenbijdeoverheid.be/')).toBe(false);
  });

  it.each([
    ['nl sections', '<h1>Jurist</h1><h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>', 'https://x.be/a'],
    ['fr sections', '<h1>Juriste</h1><h2>Missions</h2><h2>Profil</h2><h2>Nous offrons</h2>', 'https://x.be/a'],
    ['de sections', '<h1>Sachbearbeiter</h1><h3>Ihre Aufgaben:</h3><h3>Ihr Profil:</h3><h3>Wir bieten:</h3>', 'https://x.de/a'],
    ['en labels', '<h1>Policy adviser</h1><dl><dt>Closing date</dt><dd>1 May 2026</dd><dt>Salary</dt><dd>£40,000</dd></dl><h2>Job description</h2>', 'https://x.uk/a'],
    ['two sections and a call to apply on a job URL', '<h1>X</h1><strong>Functieprofiel</strong><strong>Aanbod</strong><p>Solliciteer via de knop.</p>', 'https://x.be/vacatures/jurist-123'],
    ['label/value spans and a related block', '<h1>X</h1><ul><li><span class="term">Behörde</span> <span class="desc">Kreis Viersen</span></li><li><span class="term">Bewerbungsfrist</span> <span class="desc">24.09.2023</span></li><li><span class="term">Besoldung / Entgelt</span> <span class="desc">E 9a</span></li></ul><section class="related"><p>Bewerbungsfrist 1.10.2023</p><p>Bewerbungsfrist 2.10.2023</p></section>', 'https://x.de/koop/app/stelle?id=1'],
    ['a JobPosting', '<script type="application/ld+json">{"@type":"JobPosting","title":"X"}</script><h1>X</h1>', 'https://x.nl/a'],
    // Headings are counted, not the links in them: two linked headings stay below three labels.
    [
      'two headings of two links each',
      '<h3><a href="/1">A</a> <a href="/1b">A2</a></h3><h3><a href="/2">B</a> <a href="/2b">B2</a></h3><h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>',
      'https://x.be/',
    ],
  ])('yes: %s', (_, html, url) => {
    expect(looksLikeVacancy(body(html), url)).toBe(true);
  });

  it.each([
    ['a news page', '<h1>Nieuws</h1><p>De provincie opent een nieuw provinciehuis.</p>', 'https://x.be/nieuws/1'],
    ['one section only', '<h1>X</h1><h2>Aanbod</h2>', 'https://x.be/a'],
    ['two sections on a job URL and nothing that offers a post', '<h1>X</h1><strong>Functieprofiel</strong><strong>Aanbod</strong>', 'https://x.be/vacatures/jurist-123'],
    ['a careers landing page', '<h1>Werken bij Stad Mechelen</h1><h2>Ons aanbod</h2><h2>Salaris</h2><h2>Selectieprocedure</h2><p>Solliciteer via onze vacatures.</p>', 'https://x.be/werken-bij'],
    ['a heading listing labels', '<h2>Functieinhoud, functieprofiel en selectieprocedure</h2>', 'https://x.be/'],
    ['a list of JobPostings', '<script type="application/ld+json">[{"@type":"JobPosting"},{"@type":"JobPosting"}]</script>', 'https://x.nl/'],
    [
      'a list of vacancies',
      `<h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>${[1, 2, 3, 4, 5, 6].map((d) => `<p>Solliciteer ten laatste ${d} mei</p>`).join('')}`,
      'https://x.be/',
    ],
    ['linked headings', '<h3><a href="/1">A</a></h3><h3><a href="/2">B</a></h3><h3><a href="/3">C</a></h3><h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>', 'https://x.be/'],
    [
      'a list of thousands of linked rows, each with the labels of a vacancy',
      `<h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2><ul>${Array.from({ length: 3000 }, (_, i) => `<li><h3><a href="/vacature/${i}">Functie ${i}</a></h3><p>Solliciteer ten laatste 1 mei</p></li>`).join('')}</ul>`,
      'https://x.be/',
    ],
    ['an empty page', '', ''],
  ])('no: %s', (_, html, url) => {
    expect(looksLikeVacancy(body(html), url)).toBe(false);
  });
});

describe('looksLikeVacancy: prose with few labels, weighed by what it says', () => {
  const prose = {
    nl: '<h1>Vacature: deskundige personeel (B1-B3)</h1><p>Gemeente Kapellen is op zoek naar een gedreven deskundige personeel (m/v/x) voor onze dienst HR.</p><p>Je werkt voltijds in een contractueel dienstverband van onbepaalde duur. Je wordt verloond volgens salarisschaal B1-B3: minimum € 3.059,65 bruto per maand.</p><p>Interesse? Stuur je kandidatuur ten laatste op 15 maart 2026 naar vacatures@kapellen.be.</p>',
    fr: '<h1>Agent d\'accueil (H/F)</h1><p>La commune de Bièvres recrute un agent d\'accueil à temps plein, par voie statutaire ou à défaut contractuelle.</p><p>Rémunération : grille indiciaire C1 + RIFSEEP.</p><p>Les candidatures sont à adresser avant le 12 avril 2026 à Monsieur le Maire.</p>',
    de: '<h1>Sachbearbeitung Bauordnung</h1><p>Die Stadt Moers sucht zum nächstmöglichen Zeitpunkt eine Sachbearbeitung (m/w/d) in Vollzeit, unbefristet.</p><p>Die Vergütung erfolgt nach Entgeltgruppe 9a TVöD.</p><p>Bewerben Sie sich bis zum 30.04.2026 über unser Online-Portal.</p>',
    en: '<h1>Planning Officer</h1><p>Fingal County Council is recruiting a Planning Officer on a permanent, full-time basis.</p><p>Salary: €52,380 - €68,750 per annum.</p><p>How to apply: submit your application by 12 noon on Thursday 16 April 2026.</p>',
  };
  it.each(Object.entries(prose))('yes: a %s vacancy written as prose on a plain page', (_, html) => {
    expect(looksLikeVacancy(body(html), 'https://www.example.org/nieuwsbericht-123')).toBe(true);
  });

  it.each([
    ['a closed notice with the old text still there', `${prose.nl}<div class="alert">Deze vacature is afgesloten. Je kan niet meer solliciteren.</div>`],
    ['an English post that has closed', `${prose.en}<p>This vacancy has now closed.</p>`],
    ['a German post already filled', `${prose.de}<p>Die Stelle ist bereits besetzt.</p>`],
    ['a job alert sign-up', '<h1>Jobalert: ontvang nieuwe vacatures in je mailbox</h1><p>Solliciteer als eerste: stel je jobalert in en ontvang elke week de vacatures van Stad Leuven (niveau B, voltijds, salarisschaal B1-B3).</p><label>E-mail</label><input>'],
    ['an open-application page', '<h1>Candidature spontanée</h1><p>Vous ne trouvez pas d\'offre qui vous convient ? La Ville de Namur recrute régulièrement. Envoyez votre candidature spontanée à temps plein ou temps partiel.</p><h2>Profil</h2><h2>Procédure de sélection</h2>'],
    ['a job fair', '<h1>Jobbeurs Lokale Besturen 2026</h1><p>Op 12 maart 2026 zijn twintig gemeenten op zoek naar nieuwe collega\'s. Solliciteer ter plaatse, statutair of contractueel, voltijds of deeltijds.</p>'],
    ['a list\'s heading', '<h1>Vacatures</h1><p>Stad Mechelen is op zoek naar collega\'s. Solliciteer voor 1 april 2026. Voltijds, salarisschaal B1-B3.</p>'],
  ])('no: %s', (_, html) => {
    expect(looksLikeVacancy(body(html), 'https://www.example.org/vacature/123')).toBe(false);
  });

  it('no: a guide about applying to government jobs, with labels, scales and deadlines', () => {
    const html =
      '<meta property="og:type" content="article"><h1>Hoe solliciteer je bij de overheid?</h1><h2>Functieprofiel</h2><p>Lees het functieprofiel goed.</p><h2>Selectieprocedure</h2><p>Meestal volgt een schriftelijke proef.</p><h2>Salarisschaal</h2><p>Niveau B start in salarisschaal B1: € 3.059,65 bruto per maand. Solliciteer ten laatste op de sluitingsdatum, bijvoorbeeld 15 maart 2026.</p>';
    expect(looksLikeVacancy(parse(`<!doctype html><html><head>${html.slice(0, 45)}</head><body>${html.slice(45)}</body></html>`), 'https://www.example.org/blog/solliciteren-bij-de-overheid')).toBe(false);
  });

  it('no: a page that only mentions applying, with no post, pay or contract', () => {
    expect(looksLikeVacancy(body('<h1>Contact</h1><p>Vragen over je sollicitatie? Stuur je kandidatuur niet naar dit adres maar solliciteer via de vacature.</p>'), 'https://www.example.org/contact')).toBe(false);
  });
});

describe('isListAddress: a portal home or search address is decided without reading the page', () => {
  it.each([
    'https://www.werkenbijdeoverheid.be/',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/provincie-antwerpen/niveau/B',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/?page=2',
    'https://travaillerpour.be/fr',
    'https://werkenvoor.be/nl/',
    'https://jobs.provincieantwerpen.be/vacatures',
    'https://www.werkenvoornederland.nl/vacatures?vakgebied=ICT',
    'https://www.interamt.de/koop/app/trefferliste',
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi',
    'https://choisirleservicepublic.gouv.fr/',
  ])('list: %s', (url) => {
    expect(isListAddress(new URL(url))).toBe(true);
    // No page is read there: even a page full of vacancy labels is not taken for a vacancy.
    expect(looksLikeVacancy(body('<h1>X</h1><h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>'), url)).toBe(false);
  });

  it.each([
    'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html',
    // An employer's page lists its vacancies but has no shape of its own: read as any page.
    'https://www.werkenbijdeoverheid.be/Provincie-Antwerpen.html',
    'https://www.werkenbijdeoverheid.be/spa/vacature/1',
    'https://www.werkenbijdeoverheid.be/index.php/page/vacature/123',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8',
    'https://werkenvoor.be/nl/jobs/ANG26004-attache-fiscaal-expert-vennootschapsbelasting',
    'https://werkenvoor.be/nl/contact',
    'https://jobs.provincieantwerpen.be/vacature/3187/jurist-omgevingsvergunningen',
    'https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031',
    'https://www.interamt.de/koop/app/stelle?id=1017492',
    'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=412873',
    'https://choisirleservicepublic.gouv.fr/offre-emploi/technicien-voirie-et-reseaux-divers-hf-reference-2026-1884417/',
    // Another site at a path a portal uses for its list: only the portal's own host counts.
    'https://www.gemeente-voorbeeld.be/vacatures',
    'https://notwerkenvoornederland.nl/vacatures',
  ])('not a list address: %s', (url) => {
    expect(isListAddress(new URL(url))).toBe(false);
  });

  const fixtures = fixtureDirs().map((name) => {
    const { url, isVacancy } = JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as { url: string; isVacancy: boolean };
    return [name, url, isVacancy] as const;
  });

  it.each(fixtures.filter(([, , isVacancy]) => isVacancy))('no vacancy of the corpus sits at a list address: %s', (_, url) => {
    expect(isListAddress(new URL(url))).toBe(false);
  });

  it('covers the home and search pages of the corpus', () => {
    const lists = fixtures.filter(([, url]) => isListAddress(new URL(url))).map(([name]) => name);
    expect(lists.sort()).toEqual(
      [
        'bosa-fr-accueil',
        'csj-home',
        'csp-accueil',
        'interamt-trefferliste',
        'provant-vacatures-overzicht',
        'vlaanderen-vacatures-overzicht',
        'wbdo-home',
        'wbdo-zoekresultaten-antwerpen-niveau-b',
        'wvn-zoekresultaten',
      ].sort(),
    );
  });
});
