import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListAddress } from '../../../src/extract/detect';
import { LIST_ADDRESSES, PORTAL_MATCHES, listAddressPatterns, matchesPattern } from '../../../src/extract/portals/matches';
import { fixtureDirs, PAGES_DIR } from '../../../scripts/corpus';

describe('matchesPattern: as a browser matches a content script', () => {
  it.each([
    ['*://*.x.be/*', 'https://x.be/a', true],
    ['*://*.x.be/*', 'http://www.x.be/a?b=1#c', true],
    ['*://*.x.be/*', 'ftp://x.be/a', false],
    ['*://*.x.be/*', 'https://notx.be/a', false],
    ['*://*.x.be/*', 'https://x.be.evil.com/a', false],
    ['*://x.be/*', 'https://www.x.be/a', false],
    ['https://x.be/*', 'http://x.be/a', false],
    // The path is matched with the query and without the fragment; `?` is no wildcard.
    ['*://x.be/v', 'https://x.be/v', true],
    ['*://x.be/v', 'https://x.be/v#top', true],
    ['*://x.be/v', 'https://x.be/v?p=2', false],
    ['*://x.be/v', 'https://x.be/v/', false],
    ['*://x.be/v', 'https://x.be/vx', false],
    ['*://x.be/v?*', 'https://x.be/v?p=2', true],
    ['*://x.be/v?*', 'https://x.be/v?', true],
    ['*://x.be/v?*', 'https://x.be/vx', false],
    ['*://x.be/v/*', 'https://x.be/v/', true],
    ['*://x.be/v/*', 'https://x.be/v/a/b?c', true],
    ['*://x.be/v.html', 'https://x.be/vxhtml', false],
    ['not a pattern', 'https://x.be/', false],
    ['*://x.be/*', 'not a url', false],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});

const patterns = listAddressPatterns();
const excluded = (url: string) => patterns.some((p) => matchesPattern(p, url));
const onPortal = (url: string) => PORTAL_MATCHES.some((p) => matchesPattern(p, url));

describe('listAddressPatterns: the manifest keeps the content script off exactly the list addresses', () => {
  const fixtures = fixtureDirs().map((name) => {
    const { url } = JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as { url?: string };
    return [name, url] as const;
  });

  it.each(fixtures.filter((f): f is readonly [string, string] => typeof f[1] === 'string' && onPortal(f[1])))(
    'fixture %s: excluded exactly when a list address',
    (_, url) => {
      expect(excluded(url)).toBe(isListAddress(new URL(url)));
    },
  );

  // Each list address in the shapes a browser may show it, beside the vacancies next to it.
  const lists = [
    'https://www.werkenbijdeoverheid.be/',
    'https://werkenbijdeoverheid.be/?lang=nl',
    'https://www.werkenbijdeoverheid.be//',
    'https://www.werkenbijdeoverheid.be/#top',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs?q=jurist',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/provincie-antwerpen/niveau/B',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacs/regio/x/?page=2',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures?page=2',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/?page=2',
    'http://vlaanderen.be/werken-voor-vlaanderen/vacatures',
    'https://werkenvoor.be/',
    'https://werkenvoor.be/nl',
    'https://werkenvoor.be/nl/',
    'https://www.travaillerpour.be/fr?utm=x',
    'https://workingfor.be/en/',
    'https://jobs.provincieantwerpen.be/',
    'https://jobs.provincieantwerpen.be/vacatures/',
    'https://www.werkenvoornederland.nl/',
    'https://www.werkenvoornederland.nl/vacatures?vakgebied=ICT',
    'https://www.werkenvoornederland.nl/vacatures/?vakgebied=ICT',
    'https://www.interamt.de/koop/app/trefferliste?page=3',
    'https://www.civilservicejobs.service.gov.uk/',
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=abc',
    'https://choisirleservicepublic.gouv.fr/',
  ];
  const notLists = [
    'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html',
    'https://www.werkenbijdeoverheid.be/Provincie-Antwerpen.html',
    'https://www.werkenbijdeoverheid.be/index.php/page/advsearchvacsx',
    'https://www.werkenbijdeoverheid.be/index.php/page/vacature/123',
    'https://www.werkenbijdeoverheid.be/index.php?page=advsearchvacs',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures/boswachter-regio-kempen-2d6fa8?ref=list',
    'https://www.vlaanderen.be/werken-voor-vlaanderen/vacatures2',
    'https://werkenvoor.be/nl/jobs/ANG26004-attache-fiscaal-expert-vennootschapsbelasting',
    'https://werkenvoor.be/nl/contact',
    'https://werkenvoor.be/nld',
    'https://jobs.provincieantwerpen.be/vacature/3187/jurist-omgevingsvergunningen',
    'https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031',
    'https://www.werkenvoornederland.nl/vacatures/adviseur-informatiebeveiliging-DUO-2026-0031/?vakgebied=ICT',
    'https://www.interamt.de/koop/app/stelle?id=1017492',
    'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=412873',
    'https://choisirleservicepublic.gouv.fr/offre-emploi/technicien-voirie-et-reseaux-divers-hf-reference-2026-1884417/',
    'https://jobs.stad.gent/',
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9317-26-0042',
  ];

  it.each(lists)('list address, excluded: %s', (url) => {
    expect(onPortal(url)).toBe(true);
    expect(isListAddress(new URL(url))).toBe(true);
    expect(excluded(url)).toBe(true);
  });

  it.each(notLists)('no list address, the content script runs: %s', (url) => {
    expect(onPortal(url)).toBe(true);
    expect(isListAddress(new URL(url))).toBe(false);
    expect(excluded(url)).toBe(false);
  });

  it('reaches no further than the portal list', () => {
    for (const pattern of patterns) {
      // The pattern's own address, its wildcards spelt out: inside a portal pattern.
      const address = pattern.replace('*://*.', 'https://www.').replace('*://', 'https://').replaceAll('*', 'x');
      expect(onPortal(address), pattern).toBe(true);
      expect(isListAddress(new URL(address)), pattern).toBe(true);
    }
  });

  it('spells each whole path four ways and each prefix three', () => {
    expect(listAddressPatterns([{ host: 'vlaanderen.be', paths: ['/werken-voor-vlaanderen/vacatures'] }])).toEqual([
      '*://*.vlaanderen.be/werken-voor-vlaanderen/vacatures',
      '*://*.vlaanderen.be/werken-voor-vlaanderen/vacatures?*',
      '*://*.vlaanderen.be/werken-voor-vlaanderen/vacatures/',
      '*://*.vlaanderen.be/werken-voor-vlaanderen/vacatures/?*',
    ]);
    expect(listAddressPatterns([{ host: 'jobs.provincieantwerpen.be', under: ['/zoek'] }])).toEqual([
      '*://jobs.provincieantwerpen.be/zoek',
      '*://jobs.provincieantwerpen.be/zoek?*',
      '*://jobs.provincieantwerpen.be/zoek/*',
    ]);
  });

  it('leaves out a list address outside its portal pattern, and refuses a host outside every portal', () => {
    // vlaanderen.be is listed from /werken-voor-vlaanderen/ down only.
    expect(listAddressPatterns([{ host: 'vlaanderen.be', paths: ['/'] }])).toEqual([]);
    expect(() => listAddressPatterns([{ host: 'example.com', paths: ['/'] }])).toThrow(/outside PORTAL_MATCHES/);
  });

  it('covers every entry of LIST_ADDRESSES', () => {
    for (const { host } of LIST_ADDRESSES) expect(patterns.some((p) => p.includes(`/${host}/`) || p.includes(`.${host}/`)), host).toBe(true);
  });
});
