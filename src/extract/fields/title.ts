import type { Rule } from '../context';
import { declaredAndVisible, firstOf } from '../context';
import type { Context, Found } from '../context';
import { declared, portalLabelValues, portalText, squash, textual } from './common';

const MAX = 300;
/** What separates the parts of a page's title: "Post | Section | Site", "Post – Employer". */
const TITLE_PARTS = /\s+[|–—]\s+/;

const fromJsonLd: Rule<string> = (ctx) => {
  const t = ctx.jobPosting?.title;
  return t ? declared(ctx, ctx.declaredBy, squash(t).slice(0, MAX), t) : null;
};

/**
 * "Vacature: Projectleider mobiliteit" names the page's kind before the title; "We're recruiting:
 * Community Development Officer" a news post's lead-in.
 */
const KIND =
  /^(?:vacature|vacancy|job bulletin|job|stellenangebot|stellenausschreibung|offre d['’]emploi|offre|emploi|we(?:['’]re| are)(?: now)? recruiting|nous recrutons|wir suchen|wij zoeken|we zoeken)\s*[:–—-]\s+(?=\S)/i;
const withoutKind = (title: string) => title.replace(KIND, '');

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'title');
  if (p && p.text.length <= MAX) return { value: withoutKind(p.text), evidence: { source: p.source, text: p.text } };
  const lv = portalLabelValues(ctx, 'title').find((l) => l.value.length <= MAX);
  return lv ? { value: lv.value, evidence: { source: lv.source, text: lv.evidence } } : null;
};

/** The first h1 of the content; a site name in an h1 (logo headings) is not a title. */
const fromHeading: Rule<string> = (ctx) => {
  const site = siteName(ctx);
  const lines = ctx.lines.filter((l) => l.block === 'h1' && l.text.length >= 3 && l.text.length <= MAX && l.text !== site);
  // "<h1><span class=caption>Place Services – Regulatory Services</span>Licensing Officer</h1>": of a heading
  // read as two lines, the one the document's title names is the post.
  const docTitle = squash(ctx.doc.title ?? '').toLowerCase();
  const named = lines.length > 1 ? lines.slice(0, 3).find((l) => docTitle.includes(l.text.toLowerCase())) : undefined;
  const line = named ?? lines[0];
  if (!line) return null;
  // "Job Bulletin | Environmental Soils Specialist II | Deschutes County" over an h1 "Deschutes County, OR":
  // an h1 that the title's last part names is the employer's banner; the heading the title names before it is the post.
  const parts = docTitle.split(TITLE_PARTS);
  const owner = parts.length >= 2 ? parts[parts.length - 1]! : '';
  const heading = line.text.toLowerCase();
  if (owner.length >= 3 && (heading.startsWith(owner) || owner.startsWith(heading))) {
    const post = ctx.lines.find((l) => /^h[2-3]$/.test(l.block) && l.text.length >= 3 && parts.slice(0, -1).includes(l.text.toLowerCase()));
    if (post) return { value: withoutKind(post.text), evidence: { source: 'text', text: post.text } };
  }
  return { value: withoutKind(line.text), evidence: { source: 'text', text: line.text } };
};

/** A page whose hero banner sits outside <main> keeps its h1 there; a logo's h1 is the site's name. */
const fromChromeHeading: Rule<string> = (ctx) => {
  const site = siteName(ctx);
  // The site's part of the document title ("... | Jobs Stad Gent") names the logo, not the job.
  const parts = squash(ctx.doc.title ?? '').split(TITLE_PARTS);
  const siteParts = [site ?? '', parts.length > 1 ? parts[parts.length - 1]! : ''].filter(Boolean);
  const line = ctx.page.lines.find(
    (l) => l.chrome && l.block === 'h1' && l.text.length >= 3 && l.text.length <= MAX && !siteParts.some((p) => p.includes(l.text)),
  );
  if (!line) return null;
  // "Job Bulletin: Veterans Service Officer | Olmsted County, MN | governmentjobs.com" over a banner's h1 "Olmsted
  // County, MN": an h1 a later part of the title names is the employer's; the heading the first part names is the post.
  if (parts.slice(1).some((p) => p.toLowerCase() === line.text.toLowerCase())) {
    const post = withoutKind(parts[0]!).toLowerCase();
    const heading = ctx.lines.find((l) => /^h[2-3]$/.test(l.block) && l.text.toLowerCase() === post);
    return heading ? { value: heading.text, evidence: { source: 'text', text: heading.text } } : null;
  }
  return { value: withoutKind(line.text), evidence: { source: 'text', text: line.text } };
};

const fromOgTitle: Rule<string> = (ctx) => {
  const og = ctx.doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content');
  if (!og || !squash(og) || squash(og) === siteName(ctx)) return null;
  return declared(ctx, 'meta', withoutKind(squash(og).split(TITLE_PARTS)[0]!).slice(0, MAX), og);
};

/**
 * "Job title - Employer | Site" loses its site suffix; the rest is what the site calls the page. Of three
 * parts or more ("Associate Planner | Job Details tab | Career Pages"), the first names the post and the
 * others the site's sections.
 */
const fromDocumentTitle: Rule<string> = (ctx) => {
  const raw = squash(ctx.doc.title ?? '');
  if (!raw) return null;
  const title = raw.split(TITLE_PARTS)[0]!;
  if (!title || title === siteName(ctx)) return null;
  return declared(ctx, 'meta', title.slice(0, MAX), title);
};

function siteName(ctx: Context): string | null {
  const s = ctx.doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  return s ? squash(s) : null;
}

export function extractTitle(ctx: Context): Found<string> | null {
  return declaredAndVisible(ctx, [fromJsonLd], [fromPortal, fromHeading, fromChromeHeading], textual) ?? firstOf(ctx, [fromOgTitle, fromDocumentTitle]);
}
