/**
 * Per-portal knowledge as data: a URL guard, the selectors of the elements a portal marks a field
 * with, and the labels it uses for a field beyond the generic vocabulary. The generic rules always
 * run after these, and alone on any other site.
 */
export type PortalField = 'title' | 'organisation' | 'reference' | 'portalId' | 'location' | 'contract' | 'published' | 'deadline' | 'salary';

export interface Portal {
  /** Lower-case id, used in evidence as `portal:<id>`. */
  id: string;
  matches: (url: URL) => boolean;
  /** The one employer of a single-employer board (a city's own jobs site), named in its branding. */
  employer?: string;
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

/** A URL guard for a host and its subdomains, optionally under a path prefix. */
export function hostIs(host: string, pathPrefix = ''): (url: URL) => boolean {
  const h = host.toLowerCase();
  return (url) => {
    const u = url.hostname.toLowerCase();
    return (u === h || u.endsWith(`.${h}`)) && url.pathname.startsWith(pathPrefix);
  };
}
