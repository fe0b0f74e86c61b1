/** Longer addresses are not kept (the background refuses them too). */
const MAX_ADDRESS = 4096;

/**
 * The address a page declares as its own: its canonical link, else its og:url. Portals that
 * republish a vacancy often point there to the original, which lets a vacancy seen on two portals
 * be recognised as one. Resolved against `base` when given; only an http(s) address of sensible
 * length is returned, since a page can declare anything.
 */
export function declaredAddress(doc: Document, base?: string): string | null {
  const declared =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() ||
    doc.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content')?.trim();
  if (!declared) return null;
  let address: URL;
  try {
    address = new URL(declared, base);
  } catch {
    return null;
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return null;
  return address.href.length <= MAX_ADDRESS ? address.href : null;
}
