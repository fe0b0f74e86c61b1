import type { Context, Found } from '../context';
import { textOfElement } from '../text';

/** Collapse whitespace the way the page text does, for comparing declared values with it. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Evidence for a value the page declares (JSON-LD, meta): the visible line that states it when
 * there is one, so the sidebar can highlight it; otherwise the declared text itself.
 */
export function declared<T>(ctx: Context, source: 'jsonld' | 'meta', value: T, written: string, visible?: string | null): Found<T> {
  const target = squash(written);
  const line = visible ?? ctx.lines.find((l) => l.text === target)?.text ?? null;
  return { value, evidence: { source, text: (line ?? target).slice(0, 2000) } };
}

/** The text of the portal's element for a field, as it stands in the page text. */
export function portalText(ctx: Context, field: keyof NonNullable<Context['portal']>['selectors']): { text: string; source: string } | null {
  const selector = ctx.portal?.selectors[field];
  if (!ctx.portal || !selector) return null;
  const el = ctx.doc.querySelector(selector);
  const found = el ? textOfElement(ctx.page, el) : null;
  if (!found || !found.text.trim()) return null;
  return { text: found.text, source: `portal:${ctx.portal.id}` };
}
