/**
 * Sites the user allowed with "Always on this site": the browser keeps the permission; this keeps
 * the content script registered for exactly those origins, beside the built-in portal list.
 */
export const GRANTED_SCRIPT_ID = 'vacalens-granted-sites';

export interface SiteAccessDeps {
  /** Every host permission the extension holds now (required and granted optional ones). */
  grantedOrigins(): Promise<string[]>;
  /** The match patterns of our registered script, or null when none is registered. */
  registeredMatches(): Promise<string[] | null>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

/** The granted origins beyond the built-in portal list, in a stable order. */
export function extraOrigins(granted: readonly string[], portalMatches: readonly string[]): string[] {
  const builtIn = new Set(portalMatches);
  return [...new Set(granted.filter((o) => !builtIn.has(o) && /^https?:\/\/[^*/]+\/\*$/.test(o)))].sort();
}

/** Brings the registration in line with the permissions (after a grant, a removal, or a start). */
export async function syncGrantedSites(deps: SiteAccessDeps, portalMatches: readonly string[]): Promise<string[]> {
  const wanted = extraOrigins(await deps.grantedOrigins(), portalMatches);
  const current = await deps.registeredMatches();
  if (wanted.length === 0) {
    if (current !== null) await deps.unregister();
  } else if (current === null) {
    await deps.register(wanted);
  } else if ([...current].sort().join(' ') !== wanted.join(' ')) {
    await deps.update(wanted);
  }
  return wanted;
}
