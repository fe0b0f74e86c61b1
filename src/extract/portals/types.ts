/**
 * Per-portal knowledge as data: a URL guard, the selectors of the elements a portal marks a field
 * with, and the labels it uses for a field beyond the generic vocabulary. The generic rules always
 * run after these, and alone on any other site.
 */
export type PortalField = 'title' | 'organisation' | 'reference' | 'portalId' | 'location' | 'contract' | 'published' | 'deadline' | 'salary';

export interface Portal {
  /** Lower-case id, used in evidence as `portal:<id>`. */
  id: string;
  /** Where the portal is; its rules read the pages there (see onPortal). */
  addresses: PortalAddresses;
  /**
   * Hosts outside the manifest whose pages, read when the user asks, still take these rules (a
   * former name, a sister site). Kept off `addresses`, which the content script carries.
   */
  alsoHosts?: readonly string[];
  /** The one employer of a single-employer board (a city's own jobs site), named in its branding. */
  employer?: string;
  /**
   * A board that posts for many employers (BOSA's werkenvoor.be, interamt.de): the names its owner goes
   * by, in its logo, its footer and its recruiters' lines. The owner employs no one a vacancy there seeks.
   */
  ownerNames?: readonly string[];
  /** The country (top-level domain) whose phone numbers the portal shows, when its host has none. */
  country?: string;
  /** CSS selectors whose text is the field's value (or, for contract, the regime line to parse). */
  selectors: Partial<Record<PortalField, string>>;
  /**
   * Labels the portal writes in front of a field's value, in order of preference. `portalId` is the
   * portal's own number for the posting: the reference only when the page gives no code of its own.
   */
  labels?: Partial<Record<PortalField, readonly string[]>>;
}

/**
 * One site of a portal, declared once in the portal's file: the manifest's match patterns, the
 * list addresses detection skips and the vacancy addresses that bring the sidebar with the page
 * are all derived from it (src/extract/portals/matches.ts).
 */
export interface PortalSite {
  host: string;
  /** false: the manifest lists this host alone, not its subdomains (a board on one host of a city's domain). */
  subdomains?: false;
  /** The part of the site that is the portal, a path prefix ending in `/`; the whole site when absent. */
  under?: string;
  /**
   * Addresses that are never a single vacancy: home pages and search results, in the shapes the
   * field guide and the fixture pages show. `paths` are whole paths, `under` path prefixes
   * (matched at a `/`); a trailing `/` is ignored. Detection decides there without reading the
   * page, so only shapes seen on the portal belong here: a wrong entry could hide a vacancy.
   */
  lists?: { paths?: readonly string[]; under?: readonly string[] };
  /**
   * Path prefixes (query included) of a single vacancy's address. There the manifest lists the
   * sidebar's script itself; an address of such a shape without a vacancy shows no sidebar.
   */
  vacancies?: readonly string[];
}

export interface PortalAddresses {
  /** The sites the extension reads without asking: the manifest's host permissions. */
  sites: readonly PortalSite[];
}

const onHost = (hostname: string, host: string) => {
  const h = hostname.toLowerCase();
  return h === host || h.endsWith(`.${host}`);
};

/** Whether the portal's rules read this address: one of its sites (any subdomain, under its path) or its other hosts. */
export function onPortal({ addresses, alsoHosts = [] }: Portal, url: URL): boolean {
  return (
    addresses.sites.some((site) => onHost(url.hostname, site.host) && url.pathname.startsWith(site.under ?? '')) ||
    alsoHosts.some((host) => onHost(url.hostname, host))
  );
}
