import type { Context, Found } from '../context';
import type { LabelValue } from '../context';
import { labelValues } from '../context';
import type { PortalField } from '../portals/types';
import { textOfElement } from '../text';

/** Collapse whitespace the way the page text does, for comparing declared values with it. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Evidence for a value the page declares (JSON-LD, meta): the visible line that states it when
 * there is one, so the sidebar can highlight it; otherwise the declared text itself.
 */
export function declared<T>(ctx: Context, source: 'jsonld' | 'microdata' | 'meta', value: T, written: string, visible?: string | null): Found<T> {
  const target = squash(written);
  const line = visible ?? ctx.lines.find((l) => l.text === target)?.text ?? null;
  return { value, evidence: { source, text: (line ?? target).slice(0, 2000) } };
}

/** Two names for the same thing: equal, or one inside the other, case and spacing aside. */
export function sameText(a: string, b: string): boolean {
  const fa = squash(a).toLowerCase();
  const fb = squash(b).toLowerCase();
  return fa === fb || (fa.length > 3 && fb.length > 3 && (fa.includes(fb) || fb.includes(fa)));
}

export const textual = { same: sameText, show: (v: string) => v };

/** The text of the portal's element for a field, as it stands in the page text. */
export function portalText(ctx: Context, field: PortalField): { text: string; source: string } | null {
  const selector = ctx.portal?.selectors[field];
  if (!ctx.portal || !selector) return null;
  const el = ctx.doc.querySelector(selector);
  const found = el ? textOfElement(ctx.page, el) : null;
  if (!found || !found.text.trim()) return null;
  return { text: found.text, source: `portal:${ctx.portal.id}` };
}

/**
 * The values under the portal's own labels for a field, best label first, each with the portal
 * as its source. Empty on other sites.
 */
export function portalLabelValues(ctx: Context, field: PortalField): (LabelValue & { source: string })[] {
  const labels = ctx.portal?.labels?.[field];
  if (!ctx.portal || !labels?.length) return [];
  const source = `portal:${ctx.portal.id}`;
  const found = labelValues(ctx, labels);
  const rank = (l: string) => labels.findIndex((x) => x.toLowerCase() === l.replace(/\s+/g, ' ').toLowerCase());
  return found.sort((a, b) => rank(a.label) - rank(b.label)).map((lv) => ({ ...lv, source }));
}

/** "Permis de conduire catégorie B", "rijbewijs categorie B", "Führerschein Klasse B": a driving licence's class, no level or pay class. */
export const DRIVING_LICENCE = /permis|rijbewijs|führerschein|fuhrerschein|driving|driver|licen[cs]e/i;

/** "the Board's Operations Manager", "the District's Headquarters …": the employer's possessive before a job or a building. */
export const EMPLOYER_POSSESSIVE = /^(?:District|Board|Council|County|City|Town|Authority|Trust|Department|Agency|Service|Commission|Park|University|Hospital|Library|Museum)['’]s\s+(?=[A-Z])/;
