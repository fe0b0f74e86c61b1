import { addresses as bosa } from './bosa';
import { addresses as choisirLeServicePublic } from './choisirleservicepublic';
import { addresses as civilServiceJobs } from './civilservicejobs';
import { addresses as epso } from './epso';
import { addresses as interamt } from './interamt';
import { addresses as nhsJobs } from './nhsjobs';
import { addresses as provincieAntwerpen } from './provincieantwerpen';
import { addresses as stadGent } from './stad';
import type { PortalAddresses } from './types';
import { addresses as usajobs } from './usajobs';
import { addresses as vlaanderen } from './vlaanderen';
import { addresses as werkenbijdeoverheid } from './werkenbijdeoverheid';
import { addresses as werkenvoornederland } from './werkenvoornederland';

/**
 * Every portal's addresses, as each portal's file declares them, in the order of PORTALS
 * (./index.ts; tests/unit/meta/portals.test.ts holds the two lists to one another). Imported here
 * one by one, not through PORTALS, so the content script, which needs only the addresses, does
 * not carry the portals' rules.
 */
export const PORTAL_ADDRESSES: readonly PortalAddresses[] = [
  werkenbijdeoverheid,
  vlaanderen,
  bosa,
  stadGent,
  provincieAntwerpen,
  werkenvoornederland,
  interamt,
  civilServiceJobs,
  nhsJobs,
  usajobs,
  choisirLeServicePublic,
  epso,
];

const SITES = /* @__PURE__ */ PORTAL_ADDRESSES.flatMap((portal) => portal.sites);

/**
 * The government job portals the content script wakes on, as match patterns. They are also the
 * extension's host permissions, so this list is the whole of what it may read without being asked.
 */
// The derivations are marked pure so that a bundle that uses none of them (the content script
// needs only LIST_ADDRESSES) leaves them out.
export const PORTAL_MATCHES: readonly string[] = /* @__PURE__ */ SITES.map(
  ({ host, subdomains, under = '/' }) => `*://${subdomains === false ? '' : '*.'}${host}${under}*`,
);

/**
 * The content script as built (entrypoints/vacancy.ts): listed in the manifest for the portals
 * above, and registered by the background for the sites the user allowed.
 */
export const CONTENT_SCRIPT_FILE = 'vacancy.js';

/** The address watcher as built (entrypoints/list-watch.ts), listed at the list addresses below. */
export const LIST_WATCH_FILE = 'list-watch.js';

/**
 * Addresses of the listed portals that are never a single vacancy: home pages and search results
 * (each site's `lists`). Detection decides there without reading the page, so a search with
 * thousands of rows costs nothing. Any other address (an employer's page, a page of a shape not
 * known yet) is read as before, so a wrong entry could only hide a vacancy, never show one.
 *
 * `paths` are whole paths, `under` path prefixes (matched at a `/`); a trailing `/` is ignored.
 * Plain strings rather than patterns: this runs on every portal page, before anything else.
 */
export const LIST_ADDRESSES: readonly { host: string; paths?: readonly string[]; under?: readonly string[] }[] = /* @__PURE__ */ SITES.flatMap(
  ({ host, lists }) => (lists ? [{ host, ...lists }] : []),
);

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
    const { portal, origin } = portalPatternCovering(host, portals);
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
 * Addresses of the listed portals that are a single vacancy by their shape (each site's
 * `vacancies`): `under` are path prefixes, each read with whatever follows, query included. There the manifest lists the sidebar's script itself, so the browser brings it with the
 * page: no detection by the content script, message and injection by the background between the
 * page's load and the sidebar (about 40 ms in `npm run bench`). The script still reads the page and
 * shows nothing unless it holds a vacancy, so an address of such a shape without one (taken down,
 * an error page) costs that page the script's compile and detection, never a wrong sidebar.
 */
export const VACANCY_ADDRESSES: readonly { host: string; under: readonly string[] }[] = /* @__PURE__ */ SITES.flatMap(({ host, vacancies }) =>
  vacancies ? [{ host, under: vacancies }] : [],
);

/** The portal pattern that covers `host`, and its origin part ("*://*.host"). */
function portalPatternCovering(host: string, portals: readonly string[]): { portal: string; origin: string } {
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
    const { portal, origin } = portalPatternCovering(host, portals);
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
