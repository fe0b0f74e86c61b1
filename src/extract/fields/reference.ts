import type { Context, Found, Rule } from '../context';
import { firstOf, labelValues } from '../context';
import { allOf } from '../locales';
import { declared, portalText, squash } from './common';

/** A reference is a short code with a digit in it: "VMA060/2023", "AFG23123", "Z2.1-31-326". */
function asReference(v: string): string | null {
  const s = squash(v).replace(/[.;,]$/, '');
  if (s.length < 2 || s.length > 40 || !/\d/.test(s) || s.split(' ').length > 4) return null;
  return s;
}

const fromJsonLd: Rule<string> = (ctx) => {
  const id = ctx.jobPosting?.identifier;
  const ref = id ? asReference(id) : null;
  return ref && id ? declared(ctx, 'jsonld', ref, id) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'reference');
  const ref = p ? asReference(p.text) : null;
  return p && ref ? { value: ref, evidence: { source: p.source, text: p.text } } : null;
};

const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, allOf((l) => l.labels.reference))) {
    // "ID" is only a label in upper case; "id" inside prose is not.
    if (lv.label.toLowerCase() === 'id' && lv.label !== 'ID') continue;
    const ref = asReference(lv.value);
    if (ref) return { value: ref, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

export const referenceRules: readonly Rule<string>[] = [fromJsonLd, fromPortal, fromLabel];

export function extractReference(ctx: Context): Found<string> | null {
  return firstOf(ctx, referenceRules);
}
