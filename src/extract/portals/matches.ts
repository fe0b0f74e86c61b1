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
