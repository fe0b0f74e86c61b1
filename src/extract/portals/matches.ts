/**
 * The government job portals the content script wakes on, as match patterns. They are also the
 * extension's host permissions, so this list is the whole of what it may read without being asked.
 * Keep it in step with the portal rules beside this file.
 */
export const PORTAL_MATCHES = [
  '*://*.werkenbijdeoverheid.be/*',
  '*://*.vlaanderen.be/werken-voor-vlaanderen/*',
  '*://*.werkenvoor.be/*',
  '*://*.travaillerpour.be/*',
  '*://*.workingfor.be/*',
  '*://jobs.stad.gent/*',
  '*://jobs.provincieantwerpen.be/*',
  '*://*.werkenvoornederland.nl/*',
  '*://*.interamt.de/*',
  '*://*.civilservicejobs.service.gov.uk/*',
  '*://*.jobs.nhs.uk/*',
  '*://*.usajobs.gov/*',
  '*://*.choisirleservicepublic.gouv.fr/*',
  '*://*.eu-careers.europa.eu/*',
];

/**
 * The content script as built (entrypoints/vacancy.ts): listed in the manifest for the portals
 * above, and registered by the background for the sites the user allowed.
 */
export const CONTENT_SCRIPT_FILE = 'vacancy.js';

/** The address watcher as built (entrypoints/list-watch.ts), listed at the list addresses below. */
export const LIST_WATCH_FILE = 'list-watch.js';

/**
 * Addresses of the listed portals that are never a single vacancy: home pages and search results,
 * in the shapes the field guide and the fixture pages show. Detection decides there without
 * reading the page, so a search with thousands of rows costs nothing. Only shapes seen on the
 * portals are listed: any other address (an employer's page, a page of a shape not known yet) is
 * read as before, so a wrong entry here could only hide a vacancy, never show one.
 *
 * `paths` are whole paths, `under` path prefixes (matched at a `/`); a trailing `/` is ignored.
 * Plain strings rather than patterns: this runs on every portal page, before anything else.
 */
export const LIST_ADDRESSES: readonly { host: string; paths?: readonly string[]; under?: readonly string[] }[] = [
  // Home; search results at /index.php/page/advsearchvacs/<filter>/<value>/...
  { host: 'werkenbijdeoverheid.be', paths: ['/'], under: ['/index.php/page/advsearchvacs'] },
  // The list of vacancies; a vacancy is /werken-voor-vlaanderen/vacatures/<slug>-<6 hex>.
  { host: 'vlaanderen.be', paths: ['/werken-voor-vlaanderen/vacatures'] },
  // BOSA's home pages, one per language; a vacancy is /<lang>/jobs/<code>-<slug>.
  { host: 'werkenvoor.be', paths: ['/', '/nl', '/fr', '/en', '/de'] },
  { host: 'travaillerpour.be', paths: ['/', '/nl', '/fr', '/en', '/de'] },
  { host: 'workingfor.be', paths: ['/', '/nl', '/fr', '/en', '/de'] },
  // Home and the list; a vacancy is /vacature/<id>/<slug>.
  { host: 'jobs.provincieantwerpen.be', paths: ['/', '/vacatures'] },
  // Home and the search results (filters in the query); a vacancy is /vacatures/<slug>-<ORG>-<YYYY>-<NNNN>.
  { host: 'werkenvoornederland.nl', paths: ['/', '/vacatures'] },
  // The hit list; a vacancy is /koop/app/stelle?id=<id>.
  { host: 'interamt.de', paths: ['/koop/app/trefferliste'] },
  // Home; a vacancy is /csr/jobs.cgi?jcode=<id>.
  { host: 'civilservicejobs.service.gov.uk', paths: ['/', '/csr/index.cgi'] },
  // Home; a vacancy is /offre-emploi/<slug>-reference-<REF>/.
  { host: 'choisirleservicepublic.gouv.fr', paths: ['/'] },
];

/**
 * LIST_ADDRESSES as match patterns, for the manifest: the content script is kept off these
 * addresses (its `exclude_matches`) and a small address watcher runs there instead. A browser
 * matches a pattern's path against the address's path and query, with `*` its only wildcard, so
 * each whole path is spelt with and without its trailing `/` and query, and each prefix with
 * `/*` below it. A pattern is kept only inside the portal pattern that covers its host and path:
 * the manifest may not reach further than PORTAL_MATCHES.
 */
export function listAddressPatterns(
  list: typeof LIST_ADDRESSES = LIST_ADDRESSES,
  portals: readonly string[] = PORTAL_MATCHES,
): string[] {
  const patterns: string[] = [];
  for (const { host, paths = [], under = [] } of list) {
    const { portal, origin } = portalOf(host, portals);
    // Every portal pattern ends in `*`: what comes before it is the prefix a path must have.
    const inside = (path: string) => path.startsWith(portal.slice(origin.length, -1));
    // `p` and `p/` are the same whole path to isListAddress (for '/', the second is '//').
    const wholes = paths.flatMap((p) => [p, `${p}?*`, `${p}/`, `${p}/?*`]);
    const prefixes = under.flatMap((p) => [p, `${p}?*`, `${p}/*`]);
    for (const path of [...wholes, ...prefixes]) if (inside(path)) patterns.push(`${origin}${path}`);
  }
  return patterns;
}

/** The extractor and the sidebar as built (entrypoints/sidebar): injected, or listed at VACANCY_ADDRESSES. */
export const SIDEBAR_FILE = 'sidebar.js';

/**
 * Addresses of the listed portals that are a single vacancy by their shape, as the field guide and
 * the fixture pages show them: `under` are path prefixes, each read with whatever follows, query
 * included. There the manifest lists the sidebar's script itself, so the browser brings it with the
 * page: no detection by the content script, message and injection by the background between the
 * page's load and the sidebar (about 40 ms in `npm run bench`). The script still reads the page and
 * shows nothing unless it holds a vacancy, so an address of such a shape without one (taken down,
 * an error page) costs that page the script's compile and detection, never a wrong sidebar.
 */
export const VACANCY_ADDRESSES: readonly { host: string; under: readonly string[] }[] = [
  { host: 'werkenbijdeoverheid.be', under: ['/vacature/'] },
  { host: 'vlaanderen.be', under: ['/werken-voor-vlaanderen/vacatures/'] },
  // BOSA, one site per language: /<lang>/jobs/<code>-<slug>.
  { host: 'werkenvoor.be', under: ['/nl/jobs/', '/fr/jobs/', '/en/jobs/', '/de/jobs/'] },
  { host: 'travaillerpour.be', under: ['/nl/jobs/', '/fr/jobs/', '/en/jobs/', '/de/jobs/'] },
  { host: 'workingfor.be', under: ['/nl/jobs/', '/fr/jobs/', '/en/jobs/', '/de/jobs/'] },
  { host: 'jobs.stad.gent', under: ['/nl/vacature/'] },
  { host: 'jobs.provincieantwerpen.be', under: ['/vacature/'] },
  { host: 'werkenvoornederland.nl', under: ['/vacatures/'] },
  { host: 'interamt.de', under: ['/koop/app/stelle?id='] },
  { host: 'civilservicejobs.service.gov.uk', under: ['/csr/jobs.cgi?jcode='] },
  { host: 'jobs.nhs.uk', under: ['/candidate/jobadvert/'] },
  { host: 'usajobs.gov', under: ['/job/'] },
  { host: 'choisirleservicepublic.gouv.fr', under: ['/offre-emploi/'] },
  { host: 'eu-careers.europa.eu', under: ['/en/job-opportunities/', '/fr/job-opportunities/', '/de/job-opportunities/'] },
];

/** The portal pattern that covers `host`, and its origin part ("*://*.host"). */
function portalOf(host: string, portals: readonly string[]): { portal: string; origin: string } {
  const portal = portals.find((p) => p.startsWith(`*://*.${host}/`) || p.startsWith(`*://${host}/`));
  if (!portal) throw new Error(`Address host ${host} is outside PORTAL_MATCHES`);
  return { portal, origin: portal.slice(0, portal.indexOf('/', '*://'.length)) };
}

/**
 * VACANCY_ADDRESSES as match patterns, for the manifest entry that lists the sidebar's script.
 * Each prefix must lie inside the portal pattern of its host and must not be a list address: the
 * manifest entry keeps the list addresses out too (its `exclude_matches`).
 */
export function vacancyAddressPatterns(
  list: typeof VACANCY_ADDRESSES = VACANCY_ADDRESSES,
  portals: readonly string[] = PORTAL_MATCHES,
): string[] {
  return list.flatMap(({ host, under }) => {
    const { portal, origin } = portalOf(host, portals);
    return under.map((prefix) => {
      if (!prefix.startsWith(portal.slice(origin.length, -1))) throw new Error(`${host}${prefix} is outside ${portal}`);
      return `${origin}${prefix}*`;
    });
  });
}

/**
 * Whether `url` matches a match pattern as browsers match content scripts: scheme (`*` is http
 * and https), host (`*.` also takes the host itself), then path and query with `*` as the only
 * wildcard; the fragment is ignored. Used to check a sender's address and to test the patterns.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, anySub, host, path] = m;
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (u.hostname !== host && !(anySub && u.hostname.endsWith(`.${host}`))) return false;
  const target = `${u.pathname}${u.search || (url.split('#')[0]!.endsWith('?') ? '?' : '')}`;
  const glob = new RegExp(`^${path!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return glob.test(target);
}
