import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListAddress } from '../../../src/extract/detect';
import {
  PORTAL_MATCHES,
  VACANCY_ADDRESSES,
  listAddressPatterns,
  matchesPattern,
  vacancyAddressPatterns,
} from '../../../src/extract/portals/matches';
import { fixtureDirs, PAGES_DIR } from '../../../scripts/corpus';

const patterns = vacancyAddressPatterns();
const lists = listAddressPatterns();
/** Whether the manifest brings the sidebar's script with a page at `url` (its matches less its exclude_matches). */
const listed = (url: string) => patterns.some((p) => matchesPattern(p, url)) && !lists.some((p) => matchesPattern(p, url));
const onPortal = (url: string) => PORTAL_MATCHES.some((p) => matchesPattern(p, url));

describe('vacancyAddressPatterns: the manifest brings the sidebar with the portals’ vacancy pages', () => {
  const fixtures = fixtureDirs().flatMap((name) => {
    const { url, isVacancy } = JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as {
      url?: string;
      isVacancy: boolean;
    };
    return url && onPortal(url) ? [[name, url, isVacancy] as const] : [];
  });

  // Every vacancy of a portal with a known shape is listed; no page that is not a vacancy is.
  it.each(fixtures)('fixture %s (%s): listed exactly when a vacancy', (_, url, isVacancy) => {
    expect(listed(url)).toBe(isVacancy);
  });

  it.each([
    // The field guide's shapes, beside the list and other pages next to them.
    ['https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html', true],
    ['https://www.werkenbijdeoverheid.be/Provincie-Antwerpen.html', false],
    ['https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8', true],
    ['https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures', false],
    ['https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/', false],
    ['https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/?page=2', false],
    ['https://werkenvoor.be/nl/jobs/ANG26004-attache-fiscaal-expert', true],
    ['https://werkenvoor.be/nl/faq/weddeschalen', false],
    ['https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031', true],
    ['https://www.werkenvoornederland.nl/vacatures?type=vacature', false],
    ['https://www.werkenvoornederland.nl/vacatures/', false],
    ['https://www.werkenvoornederland.nl/vacatures/?zoekterm=jurist', false],
    ['https://www.interamt.de/koop/app/stelle?id=1017491', true],
    ['https://www.interamt.de/koop/app/trefferliste?id=1', false],
    ['https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=398214', true],
    ['https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=x', false],
    ['https://www.jobs.nhs.uk/candidate/jobadvert/C9140-26-0211', true],
    ['https://www.jobs.nhs.uk/candidate/search/results?keyword=nurse', false],
    ['https://www.usajobs.gov/job/841266300', true],
    ['https://www.usajobs.gov/search/results/?k=nurse', false],
    ['https://choisirleservicepublic.gouv.fr/offre-emploi/gestionnaire-paie-reference-2026-1880954/', true],
    ['https://choisirleservicepublic.gouv.fr/nos-offres/', false],
    ['https://eu-careers.europa.eu/en/job-opportunities/epso-ad-412-26-administrators-competition-law', true],
    ['https://eu-careers.europa.eu/en/news/epso-launches-competition', false],
    ['https://jobs.stad.gent/nl/vacature/12873/projectleider-mobiliteit', true],
    ['https://stad.gent/nl/nieuws-evenementen/stad-gent-werft-aan', false],
    ['https://jobs.provincieantwerpen.be/vacature/3187/jurist-omgevingsvergunningen', true],
    ['https://jobs.provincieantwerpen.be/vacatures', false],
  ])('%s: %s', (url, expected) => {
    expect(listed(url)).toBe(expected);
  });

  it('lists no address the content script treats as a list', () => {
    for (const pattern of patterns) {
      // The pattern's own address, its wildcards spelt out: inside a portal pattern, not a list.
      const address = pattern.replace('*://*.', 'https://www.').replace('*://', 'https://').replaceAll('*', 'x');
      expect(onPortal(address), pattern).toBe(true);
      expect(isListAddress(new URL(address)), pattern).toBe(false);
    }
  });

  it('covers every entry of VACANCY_ADDRESSES, and refuses one outside its portal', () => {
    for (const { host } of VACANCY_ADDRESSES) expect(patterns.some((p) => p.includes(`/${host}/`) || p.includes(`.${host}/`)), host).toBe(true);
    expect(() => vacancyAddressPatterns([{ host: 'example.com', under: ['/job/'] }])).toThrow(/outside PORTAL_MATCHES/);
    expect(() => vacancyAddressPatterns([{ host: 'vlaanderen.be', under: ['/vacatures/'] }])).toThrow(/outside/);
  });
});
