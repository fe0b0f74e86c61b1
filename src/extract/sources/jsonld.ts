/**
 * The JobPosting a page declares in JSON-LD, read leniently: several scripts, arrays, @graph,
 * nested values, and broken JSON skipped rather than fatal. Only plain values come out; the field
 * rules decide what they mean.
 */

export interface JobPosting {
  title: string | null;
  organisation: string | null;
  validThrough: string | null;
  datePosted: string | null;
  identifier: string | null;
  employmentType: string[];
  salary: {
    currency: string | null;
    min: number | null;
    max: number | null;
    unit: string | null;
  } | null;
  address: { street: string | null; postalCode: string | null; locality: string | null; region?: string | null } | null;
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function collect(v: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
  } else if (isObject(v)) {
    if (typesOf(v).some((t) => /(^|[:/])JobPosting$/.test(t))) out.push(v);
    else for (const k of ['@graph', 'mainEntity', 'itemListElement', 'item']) if (k in v) collect(v[k], out, depth + 1);
  }
}

function parseLenient(raw: string): Json {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\*[\s\S]*?\*\//, '');
  try {
    return JSON.parse(text);
  } catch {
    // Trailing commas and raw line breaks inside strings are the usual hand-made mistakes.
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

const MAX_SCRIPT = 200_000;

/** Every JobPosting object declared on the page. */
export function jobPostingObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    // A JobPosting is a few kilobytes; a script this large is something else, or built to be slow.
    if (text.length > MAX_SCRIPT) continue;
    collect(parseLenient(text), out);
  }
  return out;
}

function str(v: Json): string | null {
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name'] ?? v['value'] ?? v['@value'] ?? null);
  return null;
}

function num(v: Json): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** Sites often HTML-escape the JSON they embed ("Provincie &amp; Stad"). */
function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ');
}

/** The page's one JobPosting; null when there is none or several (a list of vacancies). */
export function readJobPosting(doc: Document): JobPosting | null {
  const all = jobPostingObjects(doc);
  if (all.length !== 1) return null;
  const o = all[0]!;
  const salary = readSalary(o['baseSalary'] ?? o['estimatedSalary']);
  const place = Array.isArray(o['jobLocation']) ? o['jobLocation'][0] : o['jobLocation'];
  const address = isObject(place) ? place['address'] : null;
  const types = o['employmentType'];
  return {
    title: str(o['title'] ?? o['name']),
    organisation: str(o['hiringOrganization']),
    validThrough: str(o['validThrough']),
    datePosted: str(o['datePosted']),
    identifier: str(o['identifier']),
    employmentType: (Array.isArray(types) ? types : [types]).map(str).filter((x): x is string => !!x),
    salary,
    address: isObject(address)
      ? { street: str(address['streetAddress']), postalCode: str(address['postalCode']), locality: str(address['addressLocality']), region: str(address['addressRegion']) }
      : typeof address === 'string'
        ? { street: null, postalCode: null, locality: address }
        : null,
  };
}

function readSalary(v: Json): JobPosting['salary'] {
  const s = Array.isArray(v) ? v[0] : v;
  if (!isObject(s)) return null;
  const value = s['value'];
  const q = isObject(value) ? value : {};
  const single = num(isObject(value) ? (q['value'] ?? null) : value);
  return {
    currency: str(s['currency']),
    min: num(q['minValue'] ?? null) ?? single,
    max: num(q['maxValue'] ?? null) ?? single,
    unit: str(q['unitText'] ?? s['unitText'] ?? null),
  };
}
