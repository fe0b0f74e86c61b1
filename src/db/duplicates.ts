import type { MatchReason } from '../model/duplicates';
import { effectiveFacts, type TrackedVacancy } from '../model/tracked';

/**
 * How the same vacancy is recognised when it is reached from another portal or address. Each
 * record is indexed under keys of three kinds; a new vacancy sharing any key with a tracked one
 * is shown to the user as a possible duplicate, never merged silently.
 */

const PREFIX: Record<MatchReason, string> = { reference: 'ref:', url: 'url:', 'title-organisation': 'to:' };

// Parameters that say how someone arrived, not which vacancy it is.
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|mc_[a-z]+)$/i;

/** An address reduced to what identifies the page: scheme and host case, fragment, tracking parameters, trailing slash. */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '/';
  // http and https, with or without www, are the same page on the portals we know.
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${path}${query}`;
}

/** Lower case without accents, punctuation or repeated spaces: "Communicatie-medewerker (m/v/x)" ≈ "communicatie medewerker m v x". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A reference number is compared without case, spaces or separators: "2026 / 123-A" = "2026123a". */
export function normaliseReference(reference: string): string {
  return normaliseText(reference).replace(/ /g, '');
}

export interface MatchInput {
  sourceUrls: readonly string[];
  facts: TrackedVacancy['facts'];
  corrections?: TrackedVacancy['corrections'];
}

export function matchKeys(v: MatchInput): string[] {
  const facts = effectiveFacts({ facts: v.facts, corrections: v.corrections ?? {} });
  const keys = new Set<string>();
  for (const url of [...v.sourceUrls, facts.url ?? '']) {
    const n = normaliseUrl(url);
    if (n) keys.add(PREFIX.url + n);
  }
  if (facts.reference) {
    const ref = normaliseReference(facts.reference);
    // A reference of one or two characters is too short to name one vacancy.
    if (ref.length >= 3) keys.add(PREFIX.reference + ref);
  }
  if (facts.title && facts.organisation) {
    keys.add(`${PREFIX['title-organisation']}${normaliseText(facts.title)}|${normaliseText(facts.organisation)}`);
  }
  return [...keys];
}

/** Why two key sets match, strongest reason first. */
export function matchReasons(keys: readonly string[], other: readonly string[]): MatchReason[] {
  const shared = new Set(keys.filter((k) => other.includes(k)));
  return (['reference', 'url', 'title-organisation'] as const).filter((reason) =>
    [...shared].some((k) => k.startsWith(PREFIX[reason])),
  );
}
