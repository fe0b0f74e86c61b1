import type { Context, Found, Rule } from '../context';
import { declaredAndVisible, hasStem, isShortLabel, labelValues, labelValuesWhere, labelWordPattern, stemsPattern } from '../context';
import { allOf } from '../locales';
import { declared, portalLabelValues, portalText, squash, textual } from './common';

/** "Ref.-Nr. 4271" under "Referenz", "no.CN-2611" after "Job": a label or a number sign the value still opens with. */
let leadingLabel: RegExp | undefined;
function withoutLabel(v: string): string {
  // Most codes open with their digits or letters and no space or stop before a digit: nothing to take off.
  if (!/^\D*[\s.:#]/.test(v)) return v;
  leadingLabel ??= new RegExp(String.raw`^(?:(?:${LABELS})(?:\s*[:#]\s*|\s+)|n[°o]\.\s*|n°\s*|nr\.?\s+|no\s+(?=\d))+(?=[A-Za-z0-9])`, 'i');
  return v.replace(leadingLabel, '');
}

/** A reference is a short code with a digit in it: "VMA060/2023", "AFG23123", "Z2.1-31-326". */
/** "151872 Hiring Department": a code, then the next row's label run into it (two or more capitalised words). */
const CODE_THEN_LABEL = /^(\S*\d\S*)\s+(?:[A-Z][a-z]+\s+)+[A-Z][a-z]+$/;

function asReference(v: string): string | null {
  const s = withoutLabel(squash(v)).replace(/[.;,]$/, '').replace(CODE_THEN_LABEL, '$1');
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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const LABELS = allOf((l) => l.labels.reference).sort((a, b) => b.length - a.length).map(esc).join('|');
/**
 * A code: letters, digits and separators with at least one digit ("HV-2026-03", "2026-0412", "CALOG-C/2026/03"),
 * or a unit's letters, a space and a number of the year ("BfN-Z 14/2026", "AZ 12/2026").
 */
const CODE = String.raw`([A-Z][A-Za-z]{0,5}(?:-[A-Z]{1,3})?\s\d{1,5}\/\d{2,4}(?:-\d{1,4})?(?![\d/-])|[A-Za-z0-9][A-Za-z0-9./_-]*\d[A-Za-z0-9./_-]*|\d[A-Za-z0-9./_-]*)`;
/** A date is never a reference. */
const DATE_SHAPE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/**
 * A part of a facts line that is a label and its code, with or without a colon:
 * "Gepubliceerd op 23 januari 2026 · Vacaturenummer 2026-014", "Référence : 1734", "Vacaturenummer2026-0412".
 */
const LABELLED_PART = new RegExp(String.raw`^(?:${LABELS})(?:\s*[:#]\s*|\s+|(?=\d))(?:n[°o]\.?\s*)?${CODE}$`, 'i');
/** "Vacature ZL-26-031", "Stelle 2026/114": the post's own word, then a code with a separator in it. */
const POST_CODE = /^(?:vacature|stelle|offre|job|vacancy|poste)\s+([A-Za-z]{0,8}\d*[-/.][A-Za-z0-9./-]*\d[A-Za-z0-9./-]*)$/i;
const PART_SEPARATORS = /\s+[·|•]\s+|\s+[-–—]\s+|\s*[|·•]\s*/;

function codeOf(raw: string): string | null {
  const code = raw.replace(/[.,;:)]+$/, '');
  return DATE_SHAPE.test(code) ? null : asReference(code);
}

/** A reference's word opening a word of a label: "Req ID", "Campaign reference", "Offre n°", "Stellen-Nr.". */
const REFERENCE_LABEL_WORD = labelWordPattern(allOf((l) => l.referenceLabelStems));
const LABEL_KEYS = new Set(allOf((l) => l.labels.reference).map((w) => w.toLowerCase()));

/** A reference's label by its words, short; the labels as written are read first. */
const isReferenceLabel = (key: string) =>
  !LABEL_KEYS.has(key) && isShortLabel(key, 5) && REFERENCE_LABEL_WORD.test(key);

/** "Req ID | 3187", "Campaign ID: 2611402", "Stellen-Nr. | FKV-2026-09": a code under a label known by its words. */
const fromLabelWords: Rule<string> = (ctx) => {
  for (const lv of labelValuesWhere(ctx, isReferenceLabel)) {
    // One code and nothing else: "Job posting date | March 2, 2026" is a date under a label with a reference's word.
    const code = WHOLE_CODE.exec(lv.value.trim());
    const ref = code ? codeOf(code[1]!) : null;
    if (ref) return { value: ref, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

const WHOLE_CODE = new RegExp(String.raw`^(?:n[°o]\.?\s*|#\s*)?${CODE}$`, 'i');

/** "Requisition No. 2026-0219", "Vacancy notice ref.: EASA/AD/2026/004": a label known by its words, then its code. */
const WORDS_THEN_CODE = new RegExp(String.raw`^([^\d:]{2,40}?)\s*(?::|#|n[°o]\.?)\s*${CODE}$`, 'i');

const fromLabelledPart: Rule<string> = (ctx) => {
  for (const p of labelledParts(ctx)) {
    const m = LABELLED_PART.exec(p) ?? POST_CODE.exec(p);
    const ref = m ? codeOf(m[1]!) : null;
    if (ref) return { value: ref, evidence: { source: 'text', text: p } };
  }
  return null;
};

const fromWordsThenCode: Rule<string> = (ctx) => {
  for (const p of labelledParts(ctx)) {
    const m = WORDS_THEN_CODE.exec(p);
    // The label with its sign: "Offre n°", "Recruitment #".
    const label = m ? p.slice(0, p.length - m[2]!.length).replace(/[\s:]+$/, '').toLowerCase().replace(/\s+/g, ' ') : '';
    const ref = m && isReferenceLabel(label) ? codeOf(m[2]!) : null;
    if (ref) return { value: ref, evidence: { source: 'text', text: p } };
  }
  return null;
};

/**
 * The short parts of lines a label and its code may fill: a line's parts between separators, and a
 * sentence of its own ("… via de sollicitatiebutton. Vacaturenummer: 2026-019").
 */
function* labelledParts(ctx: Context): Generator<string> {
  for (const line of ctx.lines) {
    if (line.text.length > 300) continue;
    for (const part of line.text.split(PART_SEPARATORS)) {
      const p = part.trim();
      if (p.length <= 70 && /\d/.test(p)) yield p;
    }
  }
  for (const s of ctx.sentences) {
    const p = s.text.trim().replace(/\.$/, '');
    if (p.length <= 70 && /\d/.test(p)) yield p;
  }
}

const QUOTE = allOf((l) => l.referenceQuoteWords);
const NAMED_LABEL = new RegExp(`(?:${LABELS})`, 'i');
const QUOTED = new RegExp(String.raw`(?:${LABELS})\s*[:#]?\s*(?:n[°o]\.?\s*)?["“„«]?\s*${CODE}`, 'i');

const QUOTED_ALL = new RegExp(QUOTED.source, 'gi');
const QUOTE_WORD = new RegExp(stemsPattern(QUOTE), 'i');
/**
 * The labelled code the quote word asks for: "(Stellen-ID 1345678) und geben Sie dabei die Kennziffer
 * 63/04/2026 an" is 63/04/2026, the first labelled code after the quote word, else the last before it.
 */
function quotedCode(text: string): RegExpExecArray | null {
  const all = [...text.matchAll(QUOTED_ALL)] as RegExpExecArray[];
  if (all.length < 2) return all[0] ?? null;
  const at = QUOTE_WORD.exec(text)?.index ?? 0;
  return all.find((m) => m.index >= at) ?? all[all.length - 1]!;
}

/** "Vermeld de referentie HV-2026-03", "en rappelant la référence 2026-114", "quoting reference 4521". */
const fromQuoteSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    if (!hasStem(s.text, QUOTE)) continue;
    const m = /\d/.test(s.text) ? quotedCode(s.text) : null;
    const ref = m ? codeOf(m[1]!) : null;
    if (ref) return { value: ref, evidence: { source: 'text', text: s.text } };
    // "Please quote the selection process number in all correspondence": the code under that label.
    const named = NAMED_LABEL.exec(s.text)?.[0];
    const labelled = named ? labelValues(ctx, [named]).map((lv) => ({ lv, ref: codeOf(lv.value) })).find((x) => x.ref) : undefined;
    if (labelled) return { value: labelled.ref!, evidence: { source: 'text', text: labelled.lv.evidence } };
  }
  return null;
};

export function extractReference(ctx: Context): Found<string> | null {
  // The code applicants are asked to quote is the one that matters to them, before any label's, the portal's too.
  return declaredAndVisible(ctx, [fromJsonLd], [fromQuoteSentence, fromPortal, fromLabel, fromLabelledPart, fromLabelWords, fromWordsThenCode, fromPortalId], textual);
}
