import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeVacancy } from '../../../src/extract/detect';
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
    ['two sections on a job URL', '<h1>X</h1><strong>Functieprofiel</strong><strong>Aanbod</strong>', 'https://x.be/vacatures/jurist-123'],
    ['label/value spans and a related block', '<h1>X</h1><ul><li><span class="term">Behörde</span> <span class="desc">Kreis Viersen</span></li><li><span class="term">Bewerbungsfrist</span> <span class="desc">24.09.2023</span></li><li><span class="term">Besoldung / Entgelt</span> <span class="desc">E 9a</span></li></ul><section class="related"><p>Bewerbungsfrist 1.10.2023</p><p>Bewerbungsfrist 2.10.2023</p></section>', 'https://x.de/koop/app/stelle?id=1'],
    ['a JobPosting', '<script type="application/ld+json">{"@type":"JobPosting","title":"X"}</script><h1>X</h1>', 'https://x.nl/a'],
  ])('yes: %s', (_, html, url) => {
    expect(looksLikeVacancy(body(html), url)).toBe(true);
  });

  it.each([
    ['a news page', '<h1>Nieuws</h1><p>De provincie opent een nieuw provinciehuis.</p>', 'https://x.be/nieuws/1'],
    ['one section only', '<h1>X</h1><h2>Aanbod</h2>', 'https://x.be/a'],
    ['a heading listing labels', '<h2>Functieinhoud, functieprofiel en selectieprocedure</h2>', 'https://x.be/'],
    ['a list of JobPostings', '<script type="application/ld+json">[{"@type":"JobPosting"},{"@type":"JobPosting"}]</script>', 'https://x.nl/'],
    [
      'a list of vacancies',
      `<h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>${[1, 2, 3, 4, 5, 6].map((d) => `<p>Solliciteer ten laatste ${d} mei</p>`).join('')}`,
      'https://x.be/',
    ],
    ['linked headings', '<h3><a href="/1">A</a></h3><h3><a href="/2">B</a></h3><h3><a href="/3">C</a></h3><h2>Functieinhoud</h2><h2>Functieprofiel</h2><h2>Aanbod</h2>', 'https://x.be/'],
    ['an empty page', '', ''],
  ])('no: %s', (_, html, url) => {
    expect(looksLikeVacancy(body(html), url)).toBe(false);
  });
});
