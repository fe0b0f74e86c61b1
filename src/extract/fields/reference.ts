import type { Context, Found, Rule } from '../context';
import { declaredAndVisible, labelValues } from '../context';
import { allOf } from '../locales';
import { declared, portalLabelValues, portalText, squash, textual } from './common';

/** A reference is a short code with a digit in it: "VMA060/2023", "AFG23123", "Z2.1-31-326". */
function asReference(v: string): string | null {
  const s = squash(v).replace(/[.;,]$/, '');
  if (s.length < 2 || s.length > 40 || !/\d/.test(s) || s.split(' ').length > 4) return null;
  return s;
}

const fromJsonLd: Rule<string> = (ctx) => {
  const id = ctx.jobPosting?.identifier;
  const ref = id ? asReference(id) : null;
  return ref && id ? declared(ctx, ctx.declaredBy, ref, id) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'reference');
  const ref = p ? asReference(p.text) : null;
  if (p && ref) return { value: ref, evidence: { source: p.source, text: p.text } };
  return fromPortalLabel(ctx, 'reference');
};

function fromPortalLabel(ctx: Parameters<Rule<string>>[0], field: 'reference' | 'portalId'): ReturnType<Rule<string>> {
  for (const lv of portalLabelValues(ctx, field)) {
    const ref = asReference(lv.value);
    if (ref) return { value: ref, evidence: { source: lv.source, text: lv.evidence } };
  }
  return null;
}

/** The portal's own number for the posting: the reference only when the page gives no other. */
const fromPortalId: Rule<string> = (ctx) => fromPortalLabel(ctx, 'portalId');

const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.reference))) {
    // "ID" is only a label in upper case; "id" inside prose is not.
    if (lv.label.toLowerCase() === 'id' && lv.label !== 'ID') continue;
    const ref = asReference(lv.value);
    if (ref) return { value: ref, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

export function extractReference(ctx: Context): Found<string> | null {
  return declaredAndVisible(ctx, [fromJsonLd], [fromPortal, fromLabel, fromPortalId], textual);
}
