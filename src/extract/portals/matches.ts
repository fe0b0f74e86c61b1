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
