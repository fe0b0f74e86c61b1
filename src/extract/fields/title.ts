import type { Rule } from '../context';
import { firstOf } from '../context';
import type { Context, Found } from '../context';
import { declared, portalText, squash } from './common';

const MAX = 300;

const fromJsonLd: Rule<string> = (ctx) => {
  const t = ctx.jobPosting?.title;
  return t ? declared(ctx, 'jsonld', squash(t).slice(0, MAX), t) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'title');
  return p && p.text.length <= MAX ? { value: p.text, evidence: { source: p.source, text: p.text } } : null;
};

/** The first h1 of the content; a site name in an h1 (logo headings) is not a title. */
const fromHeading: Rule<string> = (ctx) => {
  const site = siteName(ctx);
  const line = ctx.lines.find((l) => l.block === 'h1' && l.text.length >= 3 && l.text.length <= MAX && l.text !== site);
  return line ? { value: line.text, evidence: { source: 'text', text: line.text } } : null;
};

const fromOgTitle: Rule<string> = (ctx) => {
  const og = ctx.doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content');
  if (!og || !squash(og) || squash(og) === siteName(ctx)) return null;
  return declared(ctx, 'meta', squash(og).slice(0, MAX), og);
};

/** "Job title - Employer | Site" loses its site suffix; the rest is what the site calls the page. */
const fromDocumentTitle: Rule<string> = (ctx) => {
  const raw = squash(ctx.doc.title ?? '');
  if (!raw) return null;
  const parts = raw.split(/\s+[|–—]\s+/);
  const title = parts.length > 1 ? parts.slice(0, -1).join(' | ') : raw;
  if (!title || title === siteName(ctx)) return null;
  return declared(ctx, 'meta', title.slice(0, MAX), title);
};

function siteName(ctx: Context): string | null {
  const s = ctx.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  return s ? squash(s) : null;
}

export const titleRules: readonly Rule<string>[] = [fromJsonLd, fromPortal, fromHeading, fromOgTitle, fromDocumentTitle];

export function extractTitle(ctx: Context): Found<string> | null {
  return firstOf(ctx, titleRules);
}
