import type { Context, Found } from '../context';
import { LETTER, UPPER } from '../chars';
import { allOf } from '../locales';
import { textOfElement } from '../text';

/**
 * The employer as the page's identity names it, when no sentence or label of the vacancy does.
 *
 * Every name-like phrase the page offers about itself is a candidate: the title's parts (not the
 * post's own), the site name, the logo's text, the header's and footer's first lines, a name the
 * vacancy text defines with its acronym ("Het Koninklijk Meteorologisch Instituut (KMI)"), and
 * a name in the text that the site's address or the contacts' e-mail domain spells ("Haviland" at
 * haviland.be). Each is then weighed by the independent places that name it, an acronym counting
 * for its long form. A site's own identity (title, site name, logo, header, footer, domain) must
 * agree with the vacancy's text, or be stated in three places of the site: a job board's owner,
 * named only in its chrome, is not the employer of the vacancies it carries.
 */

type Place = 'title' | 'meta' | 'logo' | 'header' | 'footer' | 'domain' | 'body' | 'defined';

/** What one place says weighs this much: the title names the page; a definition names the subject. */
const WEIGHT: Record<Place, number> = { title: 2, meta: 1, logo: 1, header: 1, footer: 1, domain: 2, body: 1, defined: 2 };
const SITE: readonly Place[] = ['title', 'meta', 'logo', 'header', 'footer', 'domain'];
const TEXT: readonly Place[] = ['body', 'defined'];
const THRESHOLD = 3;

/** A name as compared: no accents, lower case, one kind of apostrophe and of space. */
export const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Words that make a phrase the name of a job board or a page, not of an employer. */
const BOARD = /(?:jobs?|vacatures?|vacancies|karriere|careers?|jobb[oö]rse|stellen|emplois?|recrutement|recruitment|werken\b|working\b|travailler|arbeiten|gazette|portal|home|startseite|accueil|menu|zoeken|search|suche|recherche|nieuws|news|aktuelles|actualit)/i;
/** Words that never start an employer's name in a title part: "Vacature: ...", "Job posting". */
const PARTICLES = new Set(['van', 'voor', 'de', 'der', 'den', 'het', 'des', 'du', 'au', 'aux', 'la', 'le', "l'", 'für', 'fur', 'of', 'the', 'and', 'en', 'et', 'und', 'zu', 'am', 'an', 'im', 'auf', "d'", '&', '-', 'für']);
const TYPE_WORDS = new Set(allOf((l) => l.employerTypes).map(plain));
/** The single words of the kinds of employer: "county", "council", "gemeente". */
const KIND_WORDS = new Set([...TYPE_WORDS].flatMap((t) => t.split(' ')).filter((w) => w.length > 2 && !PARTICLES.has(w)));
/** One of the words kinds of employer are made of ("zone", "police", "county"): no employer's own name. */
export const isKindWord = (word: string) => KIND_WORDS.has(word);
/** Words that name a whole public service, never one employer: a board's "Politie", a country's "Government". */
const GENERIC = new Set(['politie', 'police', 'polizei', 'overheid', 'government', 'gouvernement', 'regierung', 'bund', 'etat', 'state']);
/** "De bibliotheek is een dienst van Stad Sint-Niklaas": the service's employer is its parent. */
const PART_OF = /(?:is een dienst van|is een afdeling van|est un service d[eu]|fait partie d[eu]|ist eine (?:Einrichtung|Abteilung) (?:der|des)|is (?:a|one) (?:service|department|part) of)\s+(?:(?:de|het|la|le|l'|der|des|the)\s+)?/i;
const NAME_RUN = String.raw`[${UPPER}][${LETTER}'’.\-]*(?:\s+(?:(?:van|voor|de|der|des|du|la|le|für|of|the|and|en|et|und)\s+){0,2}[${UPPER}][${LETTER}'’.\-]*){0,6}`;
const PARENT = new RegExp(`^(${NAME_RUN})`, 'u');
/** "Name (ACR)": a name the text defines with its acronym. */
const DEFINED = new RegExp(String.raw`((?:[${UPPER}][${LETTER}'’\-]*|[${LETTER}]+['’][${UPPER}][${LETTER}\-]*)(?:,?[ \t]+(?:(?:van|voor|de|der|des|du|la|le|l'|d'|für|of|the|and|en|et|und|[a-zà-ÿ][${LETTER}\-]*)[ \t]+){0,2}[${UPPER}${LETTER}][${LETTER}'’\-]*){0,8})[ \t]+\(([A-Z][A-Za-z]{1,7})\)`, 'gu');

interface Candidate {
  name: string;
  places: Set<Place>;
}

/** Initials of a name's words, particles left out: "Koninklijk Belgisch Instituut voor Natuurwetenschappen" gives "kbin". */
function words(name: string): string[] {
  return plain(name)
    .replace(/\b[ldLD]'/g, '')
    .split(/[\s\-]+/)
    .filter((w) => w && !PARTICLES.has(w));
}

/**
 * Does `acronym` abbreviate `name`? Each letter starts the next word, or continues the current one
 * ("ECHA": European CHemicals Agency); the first letter starts the name, the last letter ends in the last word or one before.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const a = plain(acronym).replace(/[^a-z]/g, '');
  const ws = words(name);
  if (a.length < 2 || ws.length < 2) return false;
  const go = (i: number, w: number, inWord: number): boolean => {
    if (i === a.length) return w >= ws.length - 2;
    // Continue the current word.
    if (w < ws.length && inWord > 0 && ws[w]![inWord] === a[i] && go(i + 1, w, inWord + 1)) return true;
    // Start one of the next words (a word in between may go unabbreviated, as "België" in "KMI").
    for (let next = w + (inWord > 0 ? 1 : 0); next < ws.length && next <= w + 2; next++) {
      if (ws[next]![0] === a[i] && go(i + 1, next, 1)) return true;
      if (i === 0) break;
    }
    return false;
  };
  return go(0, 0, 0);
}

/**
 * "L'Agence fédérale des médicaments et des produits de santé (AFMPS)": a name the page defines with
 * its acronym is a name even with more lower-case words than a name usually has (French and English
 * names of public bodies), as long as it is no longer than a name and holds no sentence's marks.
 */
function definesAcronym(name: string, acronym: string): boolean {
  return name.length <= 90 && !/[!?;:@/|]|\.\s|https?:|\d/.test(name) && name.split(/\s+/).length <= 12 && abbreviates(acronym, name);
}

/** An acronym in brackets may keep a small letter ("(ISSeP)"), never be a word ("(Eurofound)"): two capitals at least. */
const isAcronymShape = (s: string) => (s.match(/[A-Z]/g)?.length ?? 0) >= 2;

/** Does the page's text write `name` with its acronym after it ("… produits de santé (AFMPS)")? */
export function definedWithAcronym(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const m = /^[ \t]*\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(at + name.length, at + name.length + 14));
    if (m && isAcronymShape(m[1]!)) return definesAcronym(name, m[1]!);
  }
  return false;
}

/** An acronym, or a bilingual pair of them ("KIK-IRPA"): the parts, each of which may abbreviate a long form. */
const ACRONYM = /^[A-Z]{2,8}(?:-[A-Z]{2,8})?$/;
const abbreviatesAny = (acronym: string, name: string) => acronym.split('-').some((a) => abbreviates(a, name));

function isCandidateName(name: string): boolean {
  if (name.length < 2 || name.length > 90 || !new RegExp(`^[${UPPER}]`, 'u').test(name)) return false;
  if (/[!?;:@/|]|\.\s|https?:|\d/.test(name) || BOARD.test(name)) return false;
  const ws = name.split(/\s+/);
  if (ws.length > 9) return false;
  // A kind of employer alone ("Politie", "Gemeente") names none.
  if (TYPE_WORDS.has(plain(name)) || GENERIC.has(plain(name))) return false;
  // "KMIKoninklijk Meteorologisch Instituut": an acronym glued to the next word by the markup.
  if (/^[A-Z]{3,}[a-z]/.test(name)) return false;
  // "CINEA website", "Homepage", "Startseite": a link to the site names the site, not its owner.
  if (/(?:^|\s)(?:website|web site|site|homepage|home page|webpage|startseite|accueil|home)$/i.test(name)) return false;
  const lower = ws.filter((w) => /^[a-zà-ÿß]/.test(w) && !PARTICLES.has(w.toLowerCase())).length;
  return lower <= 2;
}

/** A name that opens with a kind of employer: "Rectorat de Bordeaux", "Zone de police X" (not "GGD-kantoor Alkmaar"). */
export function opensWithKind(name: string): boolean {
  const p = plain(name);
  for (const t of TYPE_WORDS) if (p === t || p.startsWith(`${t} `)) return true;
  return false;
}

/** A kind of employer and its name: "Département de la Gironde", "Kent County Council", not "Gironde" alone. */
function isKindWithName(name: string): boolean {
  const p = plain(name);
  for (const t of TYPE_WORDS) if (p.length > t.length + 1 && (p.startsWith(`${t} `) || p.endsWith(` ${t}`))) return true;
  return false;
}

/** A title, logo text or footer line cut into the phrases it is made of. */
const PARTS = /\s+[-|–—:·•»/]\s+|\s*[|·•]\s*|,\s+/;
const cut = (text: string) =>
  text
    .split(PARTS)
    .map((p) => p.replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*/i, '').trim())
    .filter(Boolean);

/** The distinctive words of a host or an e-mail domain: "www.zorgleuven.be" gives ["zorgleuven"]. */
function domainWords(ctx: Context, withEmails = true): string[] {
  const hosts = [ctx.url?.hostname ?? ''];
  if (withEmails) for (const l of ctx.page.lines) for (const m of l.text.matchAll(/@([\w.-]+\.[a-z]{2,})/gi)) hosts.push(m[1]!);
  const generic = /^(?:www|jobs?|werkenbij|werkenvoor|careers?|karriere|emploi|recrutement|vacatures?|mail|email|gov|gouv|admin|org|com|net|info|portal|stellen|etat|europa|bund|belgium|public|police)$/i;
  return [...new Set(hosts.flatMap((h) => h.toLowerCase().split('.').slice(0, -1)).flatMap((p) => p.split('-')).filter((w) => w.length >= 3 && !generic.test(w)))];
}

/**
 * Does a domain spell the name: its words run together, its own words with its kind left out ("Kent
 * County Council" at kent.gov.uk, "Département de la Gironde" at gironde.fr), or, `byAcronym`, its acronym
 * (cfp-psc.gc.ca for the Public Service Commission)?
 */
function spelledBy(name: string, domains: readonly string[], byAcronym = true): boolean {
  const ws = words(name);
  const joined = ws.join('').replace(/[^a-z0-9]/g, '');
  const own = ws.filter((w) => !KIND_WORDS.has(w)).join('').replace(/[^a-z0-9]/g, '');
  if (domains.some((d) => d === joined || (ws.length === 1 && d === ws[0]) || (own.length >= 4 && d === own))) return true;
  return byAcronym && domains.some((d) => d.length >= 3 && d.length <= 8 && abbreviates(d, name));
}

const RUN = new RegExp(String.raw`[${UPPER}][${LETTER}'’\-]*(?:[ \t]+(?:(?:van|voor|de|der|des|du|la|le|für|of|the|and|en|et|und)[ \t]+){0,2}[${UPPER}][${LETTER}'’\-]*){1,7}`, 'gu');

/** The words an acronym abbreviates, where the page writes them out. */
function longForm(acronym: string, ctx: Context): string | null {
  // A line that is the name alone: "Department of the Environment, Tourism, Science and Innovation".
  for (const l of ctx.page.lines) {
    const line = l.text.trim();
    if (line.length <= 90 && /^[A-Z]/.test(line) && isCandidateName(line) && abbreviatesAny(acronym, line) && words(line).length <= acronym.length + 1) return line;
  }
  for (const l of ctx.page.lines) {
    for (const m of l.text.matchAll(RUN)) {
      // Try every start inside the run: "Bij de Dienst Uitvoering Onderwijs".
      const ws = m[0].split(/[ \t]+/);
      for (let i = 0; i < ws.length - 1; i++) {
        if (!/^[A-Z]/.test(ws[i]!)) continue;
        const name = ws.slice(i).join(' ');
        if (abbreviatesAny(acronym, name) && words(name).length <= acronym.length + 1 && isCandidateName(name)) return name;
      }
    }
  }
  return null;
}

/**
 * "Solliciteer via Poolstok", "Veelgestelde vragen over solliciteren via Jobpunt", "Applications must be made online
 * through myjobscotland": the name after applying "via" or "through" is the board one applies through; the site it
 * names is that board's, not the employer's. (In 2,400 pages no employer's name was written after "via".)
 */
const CHANNEL = new RegExp(
  String.raw`(?<![${LETTER}])(?:sollicit|apply|applie|applica|postul|candidat|bewerb|reageer|reageren|selectie|sélection|selection|werven|vacatures)[${LETTER}]*(?:\s+[${LETTER}]+){0,3}\s+(?:via|through)\s+([${UPPER}a-z][${LETTER}.]*(?:\s+[${UPPER}][${LETTER}]*){0,2})`,
  'giu',
);
function channelsIn(text: string): string[] {
  // "submitted through Eurofound's e-recruitment tool": the employer's own tool, no board.
  return [...text.matchAll(CHANNEL)].filter((m) => !/^['’]s\b/.test(text.slice(m.index + m[0].length))).map((m) => plain(m[1]!)).filter((c) => c.length >= 3);
}
function isChannel(name: string, channels: readonly string[]): boolean {
  const p = plain(name);
  return channels.some((c) => c === p || c.startsWith(`${p} `) || p.startsWith(`${c} `));
}

export function employerFromIdentity(ctx: Context): Found<string> | null {
  const doc = ctx.doc;
  const heading = plain(doc.querySelector('h1')?.textContent ?? '');
  const candidates = new Map<string, Candidate>();
  const add = (raw: string, place: Place, definedBy?: string) => {
    // The site writes its own name as it is ("De Vlaamse Waterweg nv"); a sentence puts an article before it.
    const spaced = raw.replace(/\s+/g, ' ').trim();
    const name = place === 'defined' || place === 'body' ? spaced.replace(/^(?:de|het|la|le|les|die|der|das|the)\s+(?=[A-Z])/i, '') : spaced;
    if (!isCandidateName(name) && !(definedBy && definesAcronym(name, definedBy))) return;
    const key = plain(name);
    const c = candidates.get(key) ?? { name, places: new Set<Place>() };
    c.places.add(place);
    candidates.set(key, c);
  };

  const titleParts = cut(doc.title ?? '');
  // The first part is the post, and so is any part its heading holds.
  for (const part of titleParts.slice(1)) if (!heading.includes(plain(part))) add(part, 'title');
  for (const sel of ['meta[property="og:site_name"]', 'meta[name="application-name"]']) {
    const c = doc.querySelector(sel)?.getAttribute('content');
    if (c) for (const part of cut(c)) add(part, 'meta');
  }
  const logos = 'header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], a[href="/"] img[alt], a[rel="home"] img[alt], a[class*="logo" i][aria-label], a[class*="brand" i][aria-label], [class*="logo" i]:not(:has(img))';
  for (const el of Array.from(doc.querySelectorAll(logos)).slice(0, 6)) {
    const v = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    add(cut(v)[0] ?? '', 'logo');
  }
  // The chrome before the vacancy (the header's site name) and the footer's first lines.
  const firstBody = ctx.lines[0]?.start ?? Infinity;
  let headerLines = 0;
  for (const l of ctx.page.lines) {
    if (!l.chrome || l.start >= firstBody || headerLines >= 12) break;
    headerLines++;
    if (l.text.length <= 90) for (const part of cut(l.text).slice(0, 2)) add(part, 'header');
  }
  const footerParents: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('footer, [role="contentinfo"]')).slice(-2)) {
    const found = textOfElement(ctx.page, el);
    if (!found) continue;
    found.text.split('\n').forEach((line, i) => {
      if (i < 8 && line.length <= 160) add(cut(line)[0] ?? '', 'footer');
      const part = PART_OF.exec(line);
      // "Travaillerpour.be est un service du SPF Stratégie et Appui": the site's publisher, not the employer.
      const aboutSite = part !== null && /\.(?:be|nl|de|fr|lu|ch|at|eu|uk|ie|com|org|gov|net)\b/i.test(line.slice(0, part.index));
      const parent = part && !aboutSite && PARENT.exec(line.slice(part.index + part[0].length));
      if (parent) footerParents.push(parent[1]!.replace(/[.,]+$/, ''));
    });
  }
  for (const parent of footerParents) add(parent, 'footer');

  // Names the vacancy's text defines: "Das Bundesamt für Kartographie und Geodäsie (BKG) ist ...".
  const body = ctx.lines.map((l) => l.text).join('\n');
  for (const m of body.matchAll(DEFINED)) {
    const name = m[1]!.replace(/^(?:(?:de|het|la|le|les|die|der|das|the|im|beim|bij|at)\s+|l['’]|d['’])/i, '');
    if (isAcronymShape(m[2]!) && abbreviates(m[2]!, name)) {
      add(name, 'defined', m[2]!);
      add(m[2]!, 'defined');
    }
  }
  // A board that posts for many employers (werkenvoor.be) names its owner in its chrome, its address and
  // its recruiters' e-mail; the employer is another name ("onem.be" spells the ONEM).
  const owners = (ctx.portal?.ownerNames ?? []).map((o) => ` ${plain(o)} `);
  const isOwner = (name: string) => owners.some((o) => ` ${plain(name).replace(/[^a-z0-9' ]+/g, ' ')} `.includes(o));
  const board = owners.length > 0;
  const hostWords = domainWords(ctx, false);
  const domains = board ? domainWords(ctx).filter((d) => !hostWords.includes(d) && !isOwner(d)) : domainWords(ctx);
  // A name the domain spells, as the text writes it: "Haviland" (haviland.be), "Zorg Leuven" (zorgleuven.be).
  for (const d of domains) {
    if (d.length < 4) continue;
    const re = new RegExp(String.raw`(?<![${LETTER}])([${UPPER}][${LETTER}]+(?:[\s\-][${UPPER}][${LETTER}]+){0,2})(?![${LETTER}])`, 'gu');
    for (const l of ctx.page.lines) {
      for (const m of l.text.matchAll(re)) {
        const joined = plain(m[1]!).replace(/[^a-z]/g, '');
        // "KernCounty.com" is the site's address, not a name the text writes.
        if (joined === d && !/^\.[a-z]{2,}/i.test(l.text.slice(m.index + m[1]!.length))) add(m[1]!, l.chrome ? 'footer' : 'body');
      }
    }
  }

  // Where else each candidate appears: in the vacancy's text, spelled by the domain, abbreviated.
  const bodyPlain = ` ${plain(body).replace(/[^a-z0-9' ]+/g, ' ')} `;
  const all = [...candidates.values()];
  for (const c of all) {
    const key = plain(c.name).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ');
    if (bodyPlain.includes(` ${key} `)) c.places.add('body');
    if (spelledBy(c.name, domains)) c.places.add('domain');
  }
  // An acronym's places count for the long form it abbreviates ("KMI" in the title, the name in the footer).
  for (const long of all) {
    for (const short of all) {
      if (short !== long && ACRONYM.test(short.name) && abbreviatesAny(short.name, long.name)) {
        for (const p of short.places) long.places.add(p);
      }
    }
  }
  // A longer form that holds a name gets its places ("Stadtwerke Tübingen" in the title, "Stadtwerke Tübingen GmbH" in the footer).
  for (const long of all) {
    const lk = ` ${plain(long.name)} `;
    for (const short of all) {
      if (short !== long && short.name.split(' ').length >= 2 && lk.includes(` ${plain(short.name)} `) && /\b(?:gmbh|ag|nv|bv|vzw|asbl|sa|ltd|plc|ev|e\.v\.|se|kg)$/i.test(long.name)) {
        for (const p of short.places) long.places.add(p);
        short.places.clear();
      }
    }
  }
  // The site's own employer: a kind of employer with its name ("Département de la Gironde", "GGD Hollands
  // Noorden") in the footer or the logo, spelled by the site's address (gironde.fr). Its site is no job board:
  // the employer needs no word of the vacancy's text, and a part of the page title (a workplace, "Centre
  // routier de Langon") does not outweigh it.
  const owner = all.find((c) => (c.places.has('footer') || c.places.has('logo')) && isKindWithName(c.name) && spelledBy(c.name, hostWords, false));
  // A service's parent beats the service ("Bibliotheek Sint-Niklaas ... is een dienst van Stad Sint-Niklaas").
  const parents = new Set(footerParents.map(plain));

  const channels = channelsIn(ctx.page.text);
  let best: { c: Candidate; score: number } | null = null;
  for (const c of all) {
    if (isOwner(c.name) || isChannel(c.name, channels)) continue;
    if (ACRONYM.test(c.name) && all.some((o) => o !== c && abbreviatesAny(c.name, o.name) && o.places.size > 0)) continue;
    const site = SITE.filter((p) => c.places.has(p));
    const text = TEXT.filter((p) => c.places.has(p));
    const agreed = (site.length >= 1 && text.length >= 1) || (site.length >= 3 && c.places.has('title')) || c === owner;
    let score = [...c.places].reduce((s, p) => s + WEIGHT[p], 0);
    if (parents.has(plain(c.name))) score += 3;
    if (!(agreed || parents.has(plain(c.name))) || score < THRESHOLD) continue;
    // The title names the page: on a job board its employer, where the footer and the address name the board's owner.
    if (c.places.has('title') && (!owner || owner === c)) score += 10;
    if (!best || score > best.score || (score === best.score && c.name.length > best.c.name.length)) best = { c, score };
  }
  if (!best) return null;
  const parent = board ? undefined : footerParents.find(isCandidateName);
  // An acronym alone ("DUO") is named in full where the page spells it out ("Dienst Uitvoering Onderwijs").
  const name = parent ?? (ACRONYM.test(best.c.name) ? longForm(best.c.name, ctx) ?? best.c.name : best.c.name);
  const line = ctx.lines.find((l) => l.text.includes(name)) ?? ctx.page.lines.find((l) => l.text.includes(name));
  return line
    ? { value: name, evidence: { source: 'text', text: line.text.slice(0, 300) } }
    : { value: name, evidence: { source: 'meta', text: (doc.title || name).slice(0, 300) } };
}
