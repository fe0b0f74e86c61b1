import type { Context, Found, Rule, Sentence } from '../context';
import { declaredAndVisible, firstOf, labelValues } from '../context';
import { DIGIT, LETTER, LOWER, UPPER } from '../chars';
import { allOf, isFactLabel } from '../locales';
import { declared, portalLabelValues, portalText, squash, textual } from './common';
import { textOfElement } from '../text';
import { abbreviates, definedWithAcronym, employerFromIdentity, isKindWord, opensWithKind, plain } from './identity';

const MAX = 150;

/**
 * The declared employer and the one the page shows agree when they are the same text, or when the
 * page writes the declared name's acronym ("Werken bij HHNK", declared "Hoogheemraadschap Hollands
 * Noorderkwartier"): the name written out is then shown, the page's words as its evidence.
 */
/**
 * "HHNK" for "Hoogheemraadschap Hollands Noorderkwartier": every word gives its initial, and a
 * compound word may give a second letter from inside it ("Noorder|kwartier").
 */
function initialsOfCompounds(acronym: string, name: string): boolean {
  const letters = plain(acronym).replace(/[^a-z]/g, '');
  const ws = plain(name).split(/[\s-]+/).filter((w) => w.length > 3);
  if (ws.length < 2 || ws.length > letters.length) return false;
  // Word `w` starts with letter `i`; it may give more letters, in order, from inside it.
  const go = (i: number, w: number): boolean => {
    if (w === ws.length) return i === letters.length;
    const word = ws[w]!;
    if (word[0] !== letters[i]) return false;
    if (go(i + 1, w + 1)) return true;
    let at = 1;
    for (let j = i + 1; j < letters.length; j++) {
      at = word.indexOf(letters[j]!, at) + 1;
      if (at === 0) return false;
      if (go(j + 1, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

const SAME_EMPLOYER = {
  // "Pima County" declared, "Pima County Development Services is seeking …" written: the page names a
  // service of the declared employer, who employs (the declared name is kept).
  same: (d: string, v: string) => textual.same(d, v) || (/^[A-Z]{2,6}$/.test(v) && (abbreviates(v, d) || initialsOfCompounds(v, d))),
  show: textual.show,
  // "Ministerie van Onderwijs, Cultuur en Wetenschap" declared, the site's chrome cut at the comma: the whole name, a
  // list of matters; "Dane County, WI" adds only where it is.
  merge: (d: string, v: string) => (textual.same(d, v) && !plain(v).startsWith(`${plain(d)} `) && !(d.startsWith(`${v}, `) && LIST_ENDS.test(d.slice(v.length))) ? v : d),
};
/** ", Cultuur en Wetenschap", ", Energy and Water": the last of a list of names. */
const LIST_ENDS = new RegExp(String.raw`\s(?:en|and|und|et)\s+[${UPPER}][${LETTER}-]*$`, 'u');
/** A name's word; a Dutch town may open with its old article ("'s-Hertogenbosch"). */
const TOKEN = String.raw`(?:(?:['’]s-)?[${UPPER}][${LETTER}${DIGIT}'’&.\-]*)`;
const PARTICLE = String.raw`(?:van|voor|de|der|den|het|des|du|au|aux|la|le|für|fur|of|the|and|en|et|und|zu|am|an|im|auf|&|-)`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const VERBS = allOf((l) => l.hiringVerbs).sort((a, b) => b.length - a.length).map(esc).join('|');
const ARTICLES = allOf((l) => l.droppedArticles).map(esc).join('|');
/**
 * "Provincie Antwerpen zoekt een ...", "Die Stadt Köln sucht ...", "La Ville de Namur recrute ...":
 * capitalised words (with name particles between them) at the start of a sentence, right before a
 * hiring verb. Bounded to eight words, so a long clause never becomes an employer. A town's bracketed part is
 * the name's ("Die Stadt Kempten (Allgäu) sucht"); an acronym in brackets is not ("… (VMM) is op zoek").
 */
const HIRING = new RegExp(
  String.raw`^(?:(?:${ARTICLES})\s*)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7}(?:\s+\([${UPPER}][${LOWER}]+\))?)(?:\s+\([A-Z]{2,8}\))?\s+(?:${VERBS})(?![${LETTER}])`,
  'u',
);
/**
 * "IGS Hofheide, de intergemeentelijke samenwerking voor crematoriumbeheer in het arrondissement Leuven, zoekt",
 * "Bassetlaw District Council, one of the largest employers in the area, is recruiting": the name, then a clause that
 * says what it is, opening in lower case between two commas, then the verb.
 */
const APPOSITIVE_HIRING = new RegExp(
  String.raw`^(?:(?:${ARTICLES})\s*)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7}),\s+[${LOWER}][^,;.:()]{3,150},\s+(?:${VERBS})(?![${LETTER}])`,
  'u',
);
const ADVERBS = allOf((l) => l.leadingAdverbs);
/** "Daarom zoekt IVAREM extra versterking": after a leading adverb, the employer follows the verb. */
const INVERTED_HIRING = new RegExp(
  String.raw`^(?:${ADVERBS.map((a) => `[${a[0]!.toUpperCase()}${a[0]}]${esc(a.slice(1))}`).join('|')})\s+(?:${VERBS})\s+(?:(?:${ARTICLES})\s*)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})(?![${LETTER}])`,
  'u',
);
const ADVERB_SET = new Set(ADVERBS);
/** A hiring verb anywhere in a sentence: the cheap test before the patterns that need one (most sentences have none). */
const HAS_HIRING_VERB = new RegExp(`(?:${VERBS})(?![a-zA-Z\u00c0-\u024f])`, 'i');
/** "... aan voor X", "... pour le compte de X", "... für das Landratsamt X", "... on behalf of X". */
const FOR_EMPLOYER = new RegExp(
  String.raw`^\s*(?:aan\s+)?(?:voor|pour le compte de|pour|für|on behalf of)\s+(?:(?:de|het|la|le|l'|das|die|den|dem|the)\s+)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})`,
  'u',
);
/** "… werft aan voor het lokaal bestuur Houthulst": the employer's kind in lower case, its name after it. */
let forTypedEmployer: RegExp | undefined;
const TOKENS_AFTER_KIND = new RegExp(String.raw`^\s+((?:${PARTICLE}\s+){0,2}${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,3})`, 'u');

/** Whom a recruiter's sentence posts for, after its verb: "… aan voor APB Campus Vesta", "… voor het lokaal bestuur Houthulst". */
function employerFor(rest: string): string | null {
  const named = FOR_EMPLOYER.exec(rest)?.[1]?.replace(/[.,;:]$/, '');
  if (named && !isUnit(named)) return named;
  forTypedEmployer ??= new RegExp(String.raw`^\s*(?:aan\s+)?(?:voor|pour le compte de|pour|für|on behalf of)\s+(?:(?:de|het|la|le|l'|das|die|den|dem|the)\s+)?(${EMPLOYER_TYPES})(?![${LETTER}])`, 'i');
  const kind = forTypedEmployer.exec(rest);
  const name = kind ? TOKENS_AFTER_KIND.exec(rest.slice(kind[0].length))?.[1] : undefined;
  return kind && name ? capitalised(`${kind[1]!} ${name.replace(/[.,;:]$/, '')}`) : null;
}

/** A name starts with a capital or a digit ("3M", "1822direkt"). */
const NAME_START = new RegExp(`^[${UPPER}${DIGIT}]`, 'u');
/** Words that start a hiring sentence without being an employer: "Wij zoeken", "Nous recrutons". */
const PRONOUNS = new Set(['wij', 'we', 'wir', 'nous', 'je', 'jij', 'ons', 'onze', 'our', 'on', 'il', 'elle', 'sie', 'ihr', 'they', 'he', 'she', 'who', 'wie', 'wer', 'qui', 'men', 'man']);

const fromJsonLd: Rule<string> = (ctx) => {
  const o = ctx.jobPosting?.organisation;
  return o ? declared(ctx, ctx.declaredBy, squash(o).slice(0, MAX), o) : null;
};

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'organisation');
  if (p && p.text.length <= MAX) return { value: p.text, evidence: { source: p.source, text: p.text } };
  // "Entiteit | Afdeling Tarieven en Marktwerking" under "Organisatie | Vlaamse Nutsregulator": a division is no employer.
  const lv = portalLabelValues(ctx, 'organisation').find((l) => l.value.length <= MAX && NAME_START.test(l.value) && !isHeadedByUnit(l.value.trim()));
  return lv ? { value: lv.value.trim(), evidence: { source: lv.source, text: lv.evidence } } : null;
};

/**
 * "De Vlaamse Milieumaatschappij (VMM) is op zoek": a sentence's article is no part of the name,
 * unless the site writes its own name with it ("De Vlaamse Waterweg nv" in its title and footer).
 */
function withoutArticle(ctx: Context, name: string): string {
  const m = /^(?:De|Het|Die|Der|Das|The|La|Le)\s+(?=[A-ZÀ-Ý])/.exec(name);
  if (!m) return name;
  // "De SERV zoekt": initials never carry the article.
  if (/^[A-Z]{2,8}$/.test(name.slice(m[0].length))) return name.slice(m[0].length);
  const chrome = ctx.doc.title + '\n' + ctx.page.lines.filter((l) => l.chrome).map((l) => l.text).join('\n');
  if (chrome.includes(name)) return name;
  const bare = name.slice(m[0].length);
  // A name of one word keeps its article ("De Lijn", "De Watergroep"), unless the site writes it without one
  // ("Onderwijsinspectie" in the title for "De Onderwijsinspectie zoekt").
  return name.split(/\s+/).length >= 3 || new RegExp(`(?<![${LETTER}])${esc(bare)}(?![${LETTER}])`).test(chrome) ? bare : name;
}

/** A label in capitals or a few words before a colon that opens a sentence: "BRIEF JOB DESCRIPTION: ", "About the role: ". */
const LEADING_LABEL = new RegExp(String.raw`^(?:[${UPPER}][${UPPER}\s&/-]{2,40}|[${UPPER}][${LETTER}]*(?:\s[${LETTER}]+){0,3}):\s+(?=[${UPPER}])`, 'u');

/** The public welfare centre's long name, which its pages and the corpus write by its initials. */
const CPAS_LONG = /\bCentre public d['’]action sociale\s+(?=(?:de|d['’]|du)\s*[A-Z])/gi;
const OCMW_LONG = /\bOpenbaar Centrum voor Maatschappelijk Welzijn\s+(?:van\s+)?(?=[A-Z])/gi;

const fromHiringSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    if (!HAS_HIRING_VERB.test(s.text) || isLinkText(ctx, s)) continue;
    // "BRIEF JOB DESCRIPTION: The Maine Department of … is seeking": a section's label before the sentence is no part of it.
    const label = LEADING_LABEL.exec(s.text)?.[0].length ?? 0;
    // "Le Centre public d'action sociale de Trooz procède à l'engagement": the body by the name it signs with, "CPAS de Trooz"
    // ("OCMW Gent" for the Openbaar Centrum voor Maatschappelijk Welzijn van Gent).
    const text = s.text.slice(label).replace(CPAS_LONG, 'CPAS ').replace(OCMW_LONG, 'OCMW ');
    const plain = INVERTED_HIRING.exec(text) ?? HIRING.exec(text);
    const appositive = plain ? null : APPOSITIVE_HIRING.exec(text);
    // "In Leuven, een stad met veel studenten, zoekt het stadsbestuur": words before an appositive name an
    // employer only when they say its kind or are the site's own name.
    if (appositive && !KIND_OF_EMPLOYER.test(appositive[1]!) && !isSiteOwner(ctx, appositive[1]!)) continue;
    const opening = plain ?? appositive;
    const m = opening ? { name: opening[1]!, end: label + opening.index + opening[0].length } : hiringAfterComma(s.text);
    if (!m) continue;
    // "Het OCMW Ieper zoekt": a Dutch article in front of a kind of employer is no part of its name.
    const name = withoutArticle(ctx, m.name.replace(ARTICLE_BEFORE_KIND, ''));
    const words = name.split(/\s+/);
    if (words.length === 1 && (PRONOUNS.has(name.toLowerCase()) || ADVERB_SET.has(name.toLowerCase()))) continue;
    if (PRONOUNS.has(words[0]!.toLowerCase())) continue;
    // "Le Département des Travaux de la Ville de Liège recrute": a unit of an employer the sentence names.
    const of = UNIT_OF_EMPLOYER.exec(name);
    if (of && opensWithKind(of[1]!) && isName(of[1]!)) return { value: of[1]!, evidence: { source: 'text', text: s.text } };
    // "Das Departement für Bau und Umwelt sucht", "The Assessment & Taxation Department is recruiting": a unit
    // recruits for its employer, whom the sentence does not name.
    if (isHeadedByUnit(name) || (UNIT_LAST.test(name) && !KIND_OF_EMPLOYER.test(name.replace(UNIT_LAST, '')))) continue;
    // "Provincie Antwerpen werft aan voor APB Campus Vesta": the recruiter posts for the employer; "Die Stadt
    // Paderborn sucht für das Straßen- und Brückenbauamt" names the city's own office.
    const forWhom = employerFor(s.text.slice(m.end));
    if (forWhom) return { value: forWhom, evidence: { source: 'text', text: s.text } };
    return { value: name, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/** "<a href=/nieuws/…>Speelpleinwerking zoekt jobstudenten</a>": a link's words head another page, whose hiring is its own. */
function isLinkText(ctx: Context, s: Sentence): boolean {
  const node = ctx.page.nodes[ctx.page.nodeIndex[s.start] ?? -1];
  return node?.parentElement?.closest('a[href]') != null;
}

/** The name is the one the site's title, logo or footer gives its owner ("IGS Hofheide" on hofheide.be, which says "Hofheide"). */
function isSiteOwner(ctx: Context, name: string): boolean {
  const owner = siteOwnerOf(ctx);
  return owner !== null && SAME_EMPLOYER.same(owner.value, name);
}

/** Who owns the site (SITE_OWNER), read once per page however many rules ask. */
const siteOwners = new WeakMap<Context, Found<string> | null>();
function siteOwnerOf(ctx: Context): Found<string> | null {
  if (!siteOwners.has(ctx)) siteOwners.set(ctx, firstOf(ctx, SITE_OWNER));
  return siteOwners.get(ctx)!;
}

const HIRING_VERB = new RegExp(`(?<![${LETTER}])(?:${VERBS})(?![${LETTER}])`, 'u');

/**
 * "Au cœur de l'Occitanie, …, la Communauté d'agglomération du Grand Montauban (11 communes, 80 000 habitants) recrute":
 * a kind of employer opening the clause before the verb, after a comma, what a bracket explains left out.
 */
function hiringAfterComma(text: string): { name: string; end: number } | null {
  const verb = HIRING_VERB.exec(text);
  if (!verb) return null;
  const before = text.slice(0, verb.index).replace(/\s*\([^()]{1,80}\)\s*$/, '');
  const comma = before.lastIndexOf(', ');
  if (comma < 0) return null;
  const clause = before.slice(comma + 2).trim().replace(/^(?:la|le|les|de|het|die|der|das|the)\s+|^l['’]/i, '');
  return opensWithKind(clause) && isName(clause) && clause.split(/\s+/).length <= 8 ? { name: clause, end: verb.index + verb[0].length } : null;
}

/** A unit's kind, then its employer after a genitive: "Département des Travaux de la Ville de Liège", "Dienst Wegen van de Stad Gent". */
const UNIT_OF_EMPLOYER = /^(?:Département|Departement|Service|Direction|Dienst|Afdeling|Department|Division|Abteilung|Amt)\s.+?\s(?:de la|de l['’]|du|des|van de|van het|van|of the|of|der|des)\s(.+)$/u;
/** "Assessment & Taxation Department", "Planning Division", "Labour Statistics Branch": an English unit names its kind last. */
const UNIT_LAST = /\s(?:Department|Division|Directorate|Section|Unit|Branch)$/;

/**
 * "Für das Landratsamt München suchen wir ...", "Voor de Stad Gent zoeken we ...": one authority
 * recruiting for another names the employer first; it beats the portal's posting authority.
 */
const FOR_SENTENCE = new RegExp(
  String.raw`^(?:Für|Voor|Pour le compte (?:de|du|des)|Pour|On behalf of)\s+(?:(?:das|den|die|dem|de|het|la|le|l'|the)\s+)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})\s+(?:suchen|sucht|zoeken|zoekt|recrutons|recrute|recherche|recherchons|we are|is)(?![${LETTER}])`,
  'u',
);

/**
 * A selection run for the employer by someone else: "De selectieprocedure wordt georganiseerd door Jobpunt
 * Vlaanderen in opdracht van het Agentschap Wegen en Verkeer", "im Auftrag der Stadt Kiel", "on behalf of
 * the Department of Health". Read only in a sentence about the selection or the recruitment.
 */
const ON_BEHALF = new RegExp(
  String.raw`(?<![${LETTER}])(?:in opdracht van|im Auftrag (?:des|der|von)|pour le compte (?:de la|de l'|du|des|de)|on behalf of)\s+(?:(?:het|de|the|la|le|l')\s+)?(${TOKEN}(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){0,7})\s*(?:[.,;:()]|$)`,
  'u',
);
const SELECTION_CONTEXT = /selecti|procedure|procédure|recrut|recruit|auswahl|sollicit|candidat|bewerb|werving/i;

/** "Für den Standort Zeuthen suchen wir", "Voor Bib Latem zoeken we": a site or a unit of the employer, not the employer. */
const UNITS = new Set(['bib', 'bibliotheek', 'standort', 'bereich', 'abteilung', 'sachgebiet', 'fachbereich', 'referat', 'team', 'site', 'vestiging', 'locatie', 'afdeling', 'service', 'location', 'fachgruppe', 'gruppe', 'arbeitsgruppe', 'dezernat', 'regionaldirektion', 'direktion', 'sektion', 'division', 'directorate', 'direction', 'directie', 'dienst', 'branch', 'region']);

/**
 * A unit's kind heading its name: "Fachdienst Umwelt", "Wohngeldstelle Kalk", "Das Departement für Bau und
 * Umwelt" (a Swiss canton's). German compounds end in the unit's word.
 */
/** How a German compound naming a unit ends: "Wohngeldstelle", "Stadtdienst", "Rechtsreferat", "Bauabteilung", "Fachbereich". */
const GERMAN_UNIT_ENDINGS = 'stelle|dienst|referat|abteilung|bereich';
const UNIT_HEAD = new RegExp(`^(?:amt|abteilung|referat|geschäftsbereich|sachgebiet|dezernat|afdeling|directie|directoraat-generaal|[a-zäöüß]+(?:${GERMAN_UNIT_ENDINGS}))$`);

/** A unit of the employer, not an employer: "Fachbereich Bauen", "Straßen- und Brückenbauamt" (an office's "-amt" that is no kind of employer). */
function isUnit(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  // "Straßen- und Brückenbauamt", "Veterinäramt und Lebensmittelüberwachung": an office of the authority, wherever in
  // the name its "-amt" stands.
  // "für die Baupolizei", "für die Ausländerbehörde": one German compound naming a service of the authority.
  // "für die Zentrale Bußgeldstelle": an adjective before such a unit's compound keeps it a unit.
  const service = words.length === 1 ? GERMAN_SERVICE_END.test(last) : GERMAN_UNIT_END.test(last) && !KIND_OF_EMPLOYER.test(name);
  return words.some((w) => UNITS.has(w)) || isHeadedByUnit(name) || service || ((/amt$/.test(last) || /^[a-zäöüß-]+amt$/.test(words[0]!)) && !KIND_OF_EMPLOYER.test(name));
}
const GERMAN_SERVICE_END = new RegExp(`[a-zäöüß](?:polizei|behörde|verwaltung|${GERMAN_UNIT_ENDINGS})$`);
const GERMAN_UNIT_END = new RegExp(`[a-zäöüß](?:${GERMAN_UNIT_ENDINGS})$`);

/** "Fachdienst Bauaufsicht", "Departement für Bau und Umwelt": a name that opens with a unit's kind, no kind of employer in it. */
function isHeadedByUnit(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // A Flemish "Departement Omgeving" employs; a Swiss canton's "Departement für …" is one of its units.
  return (words.length > 1 && UNIT_HEAD.test(words[0]!) && !KIND_OF_EMPLOYER.test(name)) || /^Departement\s+(?:für|des|der)\s/.test(name);
}

const fromForSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const m = FOR_SENTENCE.exec(s.text);
    if (!m) continue;
    // "Für die Umsetzung des Klimaschutzkonzepts sucht das Landratsamt Ebersberg": the sentence names a purpose
    // first and the employer after its verb.
    const after = /^\s*(?:das|der|die|de|het|la|le|l['’]|the)\s+/i.exec(s.text.slice(m.index + m[0].length));
    const named = after ? employerIn(s.text.slice(m.index + m[0].length, m.index + m[0].length + 90).split(/\s(?:für|voor|pour|for|zum|zur|ab|per|auf)\s/)[0]!) : null;
    if (named) return { value: named, evidence: { source: 'text', text: s.text } };
    const head = m[1]!.split(/\s+/)[0]!;
    if (/ung$/.test(head) && !KIND_OF_EMPLOYER.test(m[1]!)) continue;
    if (!PRONOUNS.has(head.toLowerCase()) && !isUnit(m[1]!)) return { value: m[1]!, evidence: { source: 'text', text: s.text } };
  }
  for (const s of ctx.sentences) {
    const m = SELECTION_CONTEXT.test(s.text) ? ON_BEHALF.exec(s.text) : null;
    if (m && !m[1]!.toLowerCase().split(/\s+/).some((w) => UNITS.has(w))) return { value: m[1]!.replace(/\.$/, ''), evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/** A single-employer board (a city's own jobs site) names its employer in its branding. */
const fromPortalEmployer: Rule<string> = (ctx) => {
  const e = ctx.portal?.employer;
  return e && ctx.page.text.includes(e) ? { value: e, evidence: { source: `portal:${ctx.portal!.id}`, text: e } } : null;
};

/** Name particles of employers: "Commune de Bièvres", "Landesamt für Vermessung", "City of Ottawa". */
const NAME_PARTICLES = new Set(['van', 'voor', 'de', 'der', 'den', 'het', 'des', 'du', 'au', 'aux', 'la', 'le', "l'", 'l’', 'für', 'of', 'the', 'and', 'en', 'et', 'und', 'zu', 'am', 'an', 'im', 'auf', 'd\'', 'd’', '&', '-']);

/**
 * A name is a name: short, no sentence in it. At most ten words, and at most two lower-case words
 * that are no name particles ("Cour des comptes européenne" passes, "there are 3 posts at the
 * council" does not); no full stop, question mark, colon or e-mail inside.
 */
const RUNS_ON = /^(?:à|a|au|aux|la|le|les|l['’]|de|du|des|d['’]|en|et|est|sont|of|the|and|is|are|van|het|der|die|das|den|dem|und|zu|im|am|für|voor|op|bij)$/;

export function isName(v: string): boolean {
  if (v.length < 2 || v.length > 100 || !NAME_START.test(v)) return false;
  // An address is no name: "Abteilung Baurecht, Widmanngasse 43, 9500 Villach".
  // Nor two names a separator joins ("Ministerie van … · CJIB"), nor a breadcrumb ("Accueil › Jobs", "Accueil > Jobs > …").
  // A saint's abbreviation is no sentence's end: "Landeshauptstadt St. Pölten", "Ville de St. Gallen".
  if (/[!?;:@|·•›»]|\s>\s|(?<!\b(?:St|Ste|Sta|Mt|Ft))\.\s|https?:|\s[-–]\s|,\s*[a-z]|\d{2,}/.test(v)) return false;
  // A site's address names the site, not who employs: "Vlaanderen.be", "werkenvoor.be".
  if (/\.(?:be|nl|de|fr|lu|ch|at|eu|uk|ie|com|org|gov|net)$/i.test(v)) return false;
  const words = v.split(/\s+/);
  if (words.length > 10) return false;
  // An article, a preposition or a verb ends no name, the name runs on into a sentence: "Ville de Rimouski est à la"
  // (a legal form does: "De Vlaamse Waterweg nv", "IGO div").
  if (words.length > 1 && RUNS_ON.test(words[words.length - 1]!)) return false;
  const lower = words.filter((w) => /^[a-zà-ÿß]/.test(w) && !NAME_PARTICLES.has(w.toLowerCase())).length;
  return lower <= 2;
}


/** A name, or one the page defines with its acronym, whatever its lower-case words ("Agence fédérale des médicaments … (AFMPS)"). */
export function isEmployerName(value: string, pageText: string): boolean {
  return isName(value) || definedWithAcronym(pageText, value);
}

/** "EMSA Recruitment", "Stad Gent Jobs": the site's section after the employer's name; "APPF logo": a logo's caption. */
const SITE_SECTION = /\s+(?:Recruitment|Careers|Jobs|Vacancies|Karriere|Stellenangebote|Vacatures|Recrutement|Emplois|[Ll]ogo)$/;

const TRAILING_VERB = new RegExp(`\\s+(?:${VERBS})$`, 'i');

const POWERED_BY = /\bpowered by\s+([^\n·|,;]+)/i;

/** Only names pass: a rule whose value is a sentence lets the next rule try. */
const TOWNS_BRACKET = new RegExp(String.raw`\s*\((?:[${UPPER}][${LETTER}'’-]+(?:\s[${UPPER}][${LETTER}'’-]+)?(?:,\s*|\s+(?:en|et|und|and)\s+))+[${UPPER}][${LETTER}'’-]+(?:\s[${UPPER}][${LETTER}'’-]+)?\)$`, 'u');

/** " (HSE)", " (BELSPO)", " (EUCAP Somalia)": the name's acronym in brackets after it, with the place a mission's short name adds. */
const ACRONYM_AFTER = /(?<=\S)\s*\((?=(?:[^()]*[A-Z]){2})[A-Z][A-Za-z&.-]{1,9}(?:\s[A-Z][a-z]{2,})?\)$/;

const named =
  (rule: Rule<string>): Rule<string> =>
  (ctx) => {
    const found = rule(ctx);
    if (!found) return null;
    // "Lokaal Bestuur Herzele (gemeente en OCMW)": a bracket that explains the name is no part of it.
    // "Ville de La Rochelle recrute": a heading's hiring verb is no part of the name.
    // "Politiezone Noorderkempen (Hoogstraten, Merksplas, Rijkevorsel)": the towns a zone serves are no part of its name.
    // "Health Service Executive (HSE)": the name's acronym after it is no part of it.
    const value = found.value.replace(/\s*\([a-zà-ÿ][^()]*\)$/u, '').replace(ACRONYM_AFTER, '').replace(TOWNS_BRACKET, '').replace(SITE_SECTION, '').replace(TRAILING_VERB, '');
    // "Powered by Taleo", "Powered by ADP Workforce Now": the software the site runs on (or its maker), no employer.
    const software = POWERED_BY.exec(ctx.page.text)?.[1]?.trim().toLowerCase();
    if (software && (software === value.toLowerCase() || software.startsWith(`${value.toLowerCase()} `))) return null;
    return isEmployerName(value, ctx.page.text) && !ONLY_A_KIND.test(value) ? { ...found, value } : null;
  };

const EMPLOYER_TYPES = allOf((l) => l.employerTypes).sort((a, b) => b.length - a.length).map(esc).join('|');
const PREFIXES = allOf((l) => l.employerPrefixes).sort((a, b) => b.length - a.length).map(esc).join('|');
const LOWER_TOKEN = String.raw`(?:[${LETTER}${DIGIT}][${LETTER}${DIGIT}'’&.\-]*)`;
/**
 * "Bayerisches Landesamt für Umwelt", "Sächsische Staatskanzlei", "Federaal Agentschap voor …", "Koninklijk
 * Belgisch Instituut voor …", "European Union Agency for …": a state's or a nation's adjective (German, Dutch), or
 * the Union's, belongs to the name of its authority. Looked for only before a kind of employer that was found:
 * in the pattern that finds one it would be tried at every word.
 */
// "Vlaamse Milieumaatschappij", "Technological University Dublin", "Royal Botanic Garden", "Scottish Fire and Rescue
// Service": adjectives before the kind.
const ADJECTIVES_BEFORE = new RegExp(
  String.raw`(?<![${LETTER}])(?:(?:European Union|European|EU)\s+)?(?:[${UPPER}](?:[${LETTER}]+(?:isch(?:e|es|er|en)?|aal|ale|ijk|ijke|sche|ical|onal|eral|yal|ipal|itan|ic|ish)|[a-zà-ÿ]{2,}[bcdfghjklmnpqrstvwxz]se)\s+){0,2}$`,
  'u',
);
/** A kind of employer, then its name: "Gemeente Kapellen", "commune de Bièvres", "Landratsamt München", "City of Ottawa". */
const TYPE_FIRST = new RegExp(
  // "Ministerie van Volksgezondheid, Welzijn en Sport", "Department of Climate Change, Energy, the Environment and Water":
  // a list of capitalised names closed by "en" / "and" belongs to the name.
  String.raw`(?<![${LETTER}])((?:${EMPLOYER_TYPES})(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){1,4}(?:(?:,\s+(?:the\s+|de\s+|la\s+)?${TOKEN}(?:\s+${TOKEN})?)+\s+(?:en|and|und|et)\s+(?:the\s+|de\s+|la\s+)?${TOKEN})?)`,
  'i',
);
/** A name, then its kind: "Fingal County Council", "Leeds Teaching Hospitals NHS Trust". */
const TYPE_LAST = new RegExp(
  // "Newry, Mourne and Down District Council", "Armagh City, Banbridge and Craigavon Borough Council": a list of
  // places closed by "and" belongs to the name.
  String.raw`(?<![${LETTER}])((?:(?:${TOKEN}(?:\s+${TOKEN})?,\s+)+${TOKEN}\s+(?:and|&)\s+${TOKEN}|${TOKEN}(?:\s+(?:(?:and|of|for|the|&)\s+)?${TOKEN}){0,6})\s+(?:Council|County Council|County Government|County|City Council|District Council|Borough Council|Health Board|NHS Foundation Trust|NHS Trust|University|Police|Authority|Agency|Commission))(?![${LETTER}])`,
  'u',
);
/** Words that follow a type word but are not a name: "Stad Gent Vacatures", "Gemeente Jobs". */
const NOT_NAME_WORDS = /^(?:vacatures?|jobs?|careers?|karriere|stellenangebote|emplois?|offres?|werken|home|accueil|startseite|contact|nieuws|news)$/i;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const OFFICE_NOUN = new RegExp(`^[${UPPER}][${LOWER}]{3,} $`, 'u');

/** The employer a short text names by its kind, or null: "Werken bij gemeente Amersfoort" gives "Gemeente Amersfoort". */
export function employerIn(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const typeFirst = TYPE_FIRST.exec(t);
  const last = TYPE_LAST.exec(t);
  // "Royal Devon University Healthcare NHS Foundation Trust": a name that ends in its kind and holds the one a kind
  // opens ("University …") is the whole.
  const first = typeFirst && last && last.index < typeFirst.index && last.index + last[0].length >= typeFirst.index + typeFirst[0].length ? null : typeFirst;
  const m = first ?? last;
  if (!m) return null;
  // "Publications Office of the EU", "Home Office": the noun that opens the text before an office is its name's.
  const noun = first && /^Office of\s/.test(first[1]!) ? OFFICE_NOUN.exec(t.slice(0, first.index))?.[0] : undefined;
  const officeNoun = noun && !NOT_NAME_WORDS.test(noun.trim()) && !SITE_PREFIX.test(noun) ? noun : undefined;
  const adjectives = first ? (officeNoun ?? ADJECTIVES_BEFORE.exec(t.slice(0, first.index))?.[0] ?? '') : '';
  // A sentence's full stop is no part of the name: "... een dienst van Stad Sint-Niklaas."
  const words = (adjectives + m[1]!).replace(/\.$/, '').split(' ');
  while (words.length > 1 && (NOT_NAME_WORDS.test(words[words.length - 1]!) || NAME_PARTICLES.has(words[words.length - 1]!.toLowerCase()))) words.pop();
  const name = capitalised(words.join(' '));
  // A type word alone is no employer ("Stad", "Council").
  return words.length > 1 && isName(name) ? name : null;
}

/** The page's own name for itself: its title's parts, og:site_name, the logo's text, the footer's first lines. */
function identityTexts(ctx: Context): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  const doc = ctx.doc;
  for (const part of (doc.title ?? '').split(/\s+[-|–—:·•»]\s+|\s*\|\s*/)) out.push({ text: part, where: 'title' });
  for (const sel of ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="author"]']) {
    const c = doc.querySelector(sel)?.getAttribute('content');
    if (c) out.push({ text: c, where: 'meta' });
  }
  const logos = 'header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt], a[href="/"] img[alt], a[rel="home"] img[alt], a[class*="logo" i][aria-label], a[class*="brand" i][aria-label]';
  for (const el of Array.from(doc.querySelectorAll(logos)).slice(0, 6)) {
    const v = el.getAttribute('alt') ?? el.getAttribute('aria-label');
    if (v) out.push({ text: v, where: 'logo' });
  }
  // The footer's address block and copyright line: "© 2026 Gemeente Kapellen".
  for (const el of Array.from(doc.querySelectorAll('footer, [role="contentinfo"], address')).slice(-3)) {
    const found = textOfElement(ctx.page, el);
    if (!found) continue;
    for (const line of found.text.split('\n').slice(0, 12)) {
      if (line.length <= 120) out.push({ text: line.replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?:\d{4})?\s*/i, ''), where: 'footer' });
    }
  }
  return out;
}

/** The distinctive words of a host or an e-mail domain: "www.kapellen.be" gives ["kapellen"]. */
function domainWords(ctx: Context): string[] {
  const hosts = [ctx.url?.hostname ?? ''];
  for (const l of ctx.lines) for (const m of l.text.matchAll(/@([\w.-]+\.[a-z]{2,})/gi)) hosts.push(m[1]!);
  const generic = /^(?:www|jobs?|werkenbij|werkenvoor|careers?|karriere|emploi|recrutement|vacatures?|mail|email|gov|gouv|admin|nhs|org|com|net|info|portal|stellen|etat|staat|state|stadt|ville|gemeente|city|county|canton|kanton|land|bund|regierung|police|politie)$/i;
  // "werkenbijamersfoort.nl", "jobs-leuven.be": the site's own prefix is no part of the name.
  const prefix = /^(?:werkenbij|werkenvoor|werkenin|jobsbij|jobs|careers?|karriere|emploi)(?=[a-z]{3})/i;
  return hosts
    .flatMap((h) => h.toLowerCase().split('.').slice(0, -1))
    .flatMap((p) => p.split('-'))
    .map((w) => w.replace(prefix, ''))
    .filter((w) => w.length >= 3 && !generic.test(w));
}


/**
 * The employer the page names for itself, when the vacancy's text does not: a name with a kind of
 * employer in it ("Gemeente Kapellen") found in the title, the site name, the logo or the footer,
 * kept only when a second source agrees: another of those places, or the site's address or the
 * contacts' e-mail domain ("kapellen.be"). A portal that posts for many employers names none of them
 * this way, so it is never taken for the employer.
 */
type PageIdentity = { best: Found<string> | null; fallback: Found<string> | null };
/** Read once per page: the first and the last rule of the site's owner both ask. */
const identities = new WeakMap<Context, PageIdentity>();
function pageIdentity(ctx: Context): PageIdentity {
  let found = identities.get(ctx);
  if (!found) identities.set(ctx, (found = readPageIdentity(ctx)));
  return found;
}

/** The name the site gives itself in two places (or one its domain confirms); else, apart, one its title names in other words. */
function readPageIdentity(ctx: Context): PageIdentity {
  const seen = new Map<string, { name: string; where: Set<string>; from: string }>();
  for (const { text, where } of identityTexts(ctx)) {
    const stripped = text.replace(new RegExp(`^(?:${PREFIXES})\\s+`, 'i'), '').trim();
    const name = employerIn(stripped);
    if (!name) continue;
    // "EU Agency for …" in the title and "European Union Agency for …" in the logo are one name, shown written out.
    const key = plain(name).replace(/^eu\s/, 'european union ');
    const entry = seen.get(key) ?? { name, where: new Set<string>(), from: text };
    if (name.length > entry.name.length) entry.name = name;
    entry.where.add(where);
    seen.set(key, entry);
  }
  const domains = domainWords(ctx);
  const titleWords = new Set(plain(ctx.doc.title ?? '').split(/[^a-z0-9]+/));
  let best: { name: string; score: number; from: string } | null = null;
  let fallback: { name: string; score: number; from: string } | null = null;
  for (const { name, where, from } of seen.values()) {
    const distinctive = plain(name).split(/[\s'’-]+/).filter((w) => w.length >= 3);
    // "Waterschap Aa en Maas" at aaenmaas.nl: the domain is the name's words run together.
    const joined = plain(name).replace(/[^a-z0-9]/g, '');
    const confirmed = distinctive.some((w) => domains.some((d) => d === w || (d.length >= 5 && w.includes(d)))) || domains.some((d) => d.length >= 6 && joined.includes(d));
    const named = !where.has('title') && distinctive.some((w) => !isKindWord(w) && titleWords.has(w));
    const score = where.size + (confirmed ? 2 : 0);
    // "Government of Manitoba": a whole government is the site's owner, not the department that hires.
    if (named && score === 1 && !/\b(?:government|gouvernement|regierung|overheid)\b/i.test(name)) fallback ??= { name, score, from };
    if (score >= 2 && (!best || score > best.score)) best = { name, score, from };
  }
  const shown = (c: { name: string; from: string } | null): Found<string> | null => {
    if (!c) return null;
    // Evidence the page shows where it can (a footer line, the logo's caption); else the title or site name it was read from.
    const line = ctx.page.lines.find((l) => l.text.includes(c.name));
    return line ? { value: c.name, evidence: { source: 'text', text: line.text.slice(0, 300) } } : { value: c.name, evidence: { source: 'meta', text: c.from.slice(0, 300) } };
  };
  return { best: shown(best), fallback: shown(fallback) };
}

const fromPageIdentity: Rule<string> = (ctx) => pageIdentity(ctx).best;
/**
 * "Zone de police Montgomery" in the footer of a page titled "… | Police locale Montgomery": the title names
 * the same employer in other words. Last of all, where nothing else names the employer.
 */
const fromFooterTheTitleNames: Rule<string> = (ctx) => pageIdentity(ctx).fallback;

const ARTICLE_BEFORE_KIND = new RegExp(`^(?:Het|De)\\s+(?=(?:${EMPLOYER_TYPES})(?![${LETTER}]))`, 'u');

/**
 * "De gemeente Kapellen is op zoek naar", "La commune de Bièvres recrute": an article, a kind of
 * employer in lower case, its name, then a hiring verb.
 */
const HIRING_TYPED = new RegExp(
  String.raw`^(?:(?:de|het|la|le|l'|l’|die|der|das|the)\s+)?((?:${EMPLOYER_TYPES})(?:\s+(?:${PARTICLE}\s+){0,2}${TOKEN}){1,4})(?:\s+\([A-Z]{2,8}\))?\s+(?:${VERBS})(?![${LETTER}])`,
  'i',
);

const fromTypedHiringSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    const m = HAS_HIRING_VERB.test(s.text) ? HIRING_TYPED.exec(s.text) : null;
    if (!m || isHeadedByUnit(m[1]!)) continue;
    // "Provincie Antwerpen werft aan voor APB Campus Vesta": the recruiter posts for the employer.
    return { value: employerFor(s.text.slice(m.index + m[0].length)) ?? capitalised(m[1]!), evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/**
 * "Contrôleur (m/f/x)" and under it "SPF Economie, P.M.E., Classes moyennes et Energie": boards print
 * the employer on its own line right under the post's heading. Only a whole line that opens with a
 * kind of employer and its name, and is a name: a department's line ("Dienst Burgerzaken") or the
 * post's summary is none.
 */
/** A short capitalised line with no sentence's end: the next rung of a ladder of names. */
const NAME_LIKE = /^[A-Z][^!?:]{0,78}[^.!?:]$/;
const fromLineUnderTitle: Rule<string> = (ctx) => {
  const title = ctx.lines.findIndex((l) => l.block === 'h1');
  const under = title < 0 ? undefined : ctx.lines[title + 1];
  if (!under || /^h[1-6]$/.test(under.block)) return null;
  const line = under.text.trim();
  const name = employerIn(line);
  // isName refuses "Ministerie van … – Rijksvastgoedbedrijf" too: which of the two employs, the line does not say.
  if (!name || !plain(line).startsWith(plain(name)) || !isName(line)) return null;
  // "Department of the Interior", then "U.S. Geological Survey": a ladder of names under the title
  // leaves open which of them employs.
  const next = ctx.lines[title + 2];
  // A line with a date or a number ("Publié le 11/02/2026 · Postulez jusqu'au …") names nobody.
  if (next && next.block === under.block && NAME_LIKE.test(next.text.trim()) && !/\d{2,}/.test(next.text)) return null;
  return { value: line, evidence: { source: 'text', text: under.text } };
};

/**
 * A board that posts for many employers (werkenvoor.be, interamt.de) prints the employer on its own
 * line beside the post's heading, just above or just under it ("Federaal Planbureau", "Service fédéral
 * des Pensions"), with no kind of employer to tell it by: there, a name alone on that line is the
 * employer. A single word must be spelled by a contact's e-mail domain ("Fedasil", fedasil.be): a
 * town's name alone is the workplace.
 */
const fromBoardEmployerLine: Rule<string> = (ctx) => {
  if (!ctx.portal?.ownerNames) return null;
  const title = ctx.page.lines.findIndex((l) => l.block === 'h1');
  if (title < 0) return null;
  const domains = new Set([...ctx.page.text.matchAll(/@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,}\b/gi)].map((m) => m[1]!.toLowerCase()));
  for (const step of [-1, 1]) {
    const line = ctx.page.lines[title + step];
    if (!line || /^h[1-6]$/.test(line.block) || line.chrome) continue;
    const v = line.text.trim();
    if (!isName(v) || (!/\s/.test(v) && !domains.has(plain(v)))) continue;
    if (ctx.portal.ownerNames.some((o) => plain(v).includes(plain(o)))) continue;
    // "Department of the Interior", then "U.S. Geological Survey": which rung employs, the ladder does not say.
    const beyond = ctx.page.lines[title + 2 * step];
    if (beyond && !beyond.chrome && beyond.block === line.block && NAME_LIKE.test(beyond.text.trim()) && !/\d{2,}/.test(beyond.text)) continue;
    return { value: v, evidence: { source: 'text', text: line.text } };
  }
  return null;
};

const AMBIGUOUS_LABELS = new Set(allOf((l) => l.ambiguousOrganisationLabels).map((w) => w.toLowerCase()));
const SITE_PREFIX = new RegExp(`^(?:${PREFIXES})(?![${LETTER}])`, 'i');
/** A kind of employer alone ("Le CPAS recrute", "Die Stadt sucht") names none. */
const GENERIC_KINDS = new Set(allOf((l) => l.genericEmployerKinds));
/** "Le CPAS", "Die Stadt", "Centre", "Service": a kind or a body's common noun alone names nobody. */
const ONLY_A_KIND = { test: (v: string) => GENERIC_KINDS.has(plain(v)) || COMMON_NOUN_ALONE.test(v.trim()) };
const COMMON_NOUN_ALONE = /^(?:Centre|Center|Centrum|Zentrum|Service|Dienst|Office|Bureau|Büro|Department|Departement|Agency|Unit|Institute|Institut|Directorate|Division|Library|Bibliotheek|Bibliothèque|Bibliothek|Museum|Musée|Health|Archives?|Archief|Archiv)$/i;
const KIND_OF_EMPLOYER = new RegExp(`(?<![${LETTER}])(?:${EMPLOYER_TYPES})(?![${LETTER}])`, 'i');

const ORGANISATION_LABELS = [...new Set([...allOf((l) => l.labels.organisation), ...allOf((l) => l.ambiguousOrganisationLabels)])];
const fromLabel: Rule<string> = (ctx) => {
  for (const lv of labelValues(ctx, ORGANISATION_LABELS)) {
    const v = lv.value.trim();
    if (v.length < 2 || v.length > MAX || !NAME_START.test(v)) continue;
    // "Bestuur / Diensten / Economie": a menu's items, unless the value names a kind of employer.
    if (AMBIGUOUS_LABELS.has(lv.label.toLowerCase()) && (!KIND_OF_EMPLOYER.test(v) || SITE_PREFIX.test(v))) continue;
    // "Bundesamt für Fremdenwesen und Asyl, Regionaldirektion Tirol": the unit after the comma is no part of the employer.
    const unit = unitAfterComma(v);
    if (unit && !unit.head) continue;
    return { value: unit?.head ?? v, evidence: { source: 'text', text: lv.evidence } };
  }
  return null;
};

/** The employer the vacancy's own words name: a labelled employer ("Werkgever") stated outright, a hiring sentence read from prose. */
const STATED = [fromForSentence, fromPortal, fromLabel, fromHiringSentence, fromTypedHiringSentence, fromPortalEmployer, fromLineUnderTitle, fromBoardEmployerLine].map(named);
/** Who owns the site, read from its title, logo, header and footer. */
const SITE_OWNER = [fromPageIdentity, employerFromIdentity, fromFooterTheTitleNames].map(named);

export function extractOrganisation(ctx: Context): Found<string> | null {
  const declared = firstOf(ctx, [named(fromJsonLd)]);
  // A board that posts for others (Poolstok, werkenvoornederland.nl) is the site's owner, not the
  // employer its posting declares: the site's owner stands only where nothing is declared or it agrees.
  const siteOwner: Rule<string> = (c) => {
    // On a board that posts for many employers, its chrome names the board: only the page's own words can name the employer.
    const owner = c.portal?.ownerNames ? firstOf(c, [named(employerFromIdentity)]) : siteOwnerOf(c);
    return owner && (!declared || SAME_EMPLOYER.same(declared.value, owner.value)) ? owner : null;
  };
  let found = declaredAndVisible(ctx, [() => declared], [...STATED, siteOwner], SAME_EMPLOYER);
  // "Für den Grundbuchkreis Aarau suchen wir", declared "Kanton Aargau"; "Permit Sonoma", declared "County of Sonoma":
  // a name with no kind of employer in it, against a declared one that has one, is a service of the declared
  // employer, who employs.
  const conflict = found?.evidence.conflict;
  if (found && declared && conflict && KIND_OF_EMPLOYER.test(declared.value) && !KIND_OF_EMPLOYER.test(found.value)) {
    found = { value: declared.value, evidence: { ...declared.evidence, conflict: { source: found.evidence.source, text: found.evidence.text, value: found.value } } };
  }
  // "Mesa Public Library is looking for …" on the City of Mesa's site: a service that bears the name of the place the
  // site's owner governs, with no kind of employer of its own, is the owner's, who employs.
  if (found && !declared && !KIND_OF_EMPLOYER.test(found.value)) {
    const owner = siteOwnerOf(ctx);
    if (owner && ownerGovernsPlaceOf(owner.value, found.value)) {
      found = { value: owner.value, evidence: { ...owner.evidence, conflict: { source: found.evidence.source, text: found.evidence.text, value: found.value } } };
    }
  }
  // "Rossendale Council is recruiting" under the title and logo "Rossendale Borough Council": the site spells out the
  // name the text shortens.
  if (found && !declared) {
    const owner = siteOwnerOf(ctx);
    if (owner && spellsOut(owner.value, found.value)) found = owner;
  }
  return found ? { ...found, value: asTownNamesItself(definedBefore(ctx.page.text, spelledOut(ctx, withKind(ctx, employerOfUnit(ctx, ownerOfUnit(withoutUnitAfter(found.value))))))) } : null;
}

/** Articles that open a name in a sentence and are no part of it: "The European Border and Coast Guard Agency (Frontex)". */
const LEADING_ARTICLES = new Set(['the', 'de', 'het', 'la', 'le', 'les', "l'", 'der', 'die', 'das']);

/**
 * "The European Research Council Executive Agency (ERCEA) is …", "The European Border and Coast Guard Agency (Frontex)":
 * the page defines the one-word name found (or initials and a place, "EUMM Georgia") by the full one it writes right
 * before it in brackets. The full name, of three words or more, is given where it spells out the initials, is a blend
 * that opens with its first word ("Eurofound"), or names a kind of employer.
 */
function definedBefore(text: string, name: string): string {
  // "EUMM Georgia" for "The European Union Monitoring Mission in Georgia (EUMM)": initials and the place the full name holds.
  const withPlace = /^([A-Z]{2,8}) ([A-Z][a-z]+)$/.exec(name);
  const short = withPlace ? withPlace[1]! : name;
  if (!/^[A-Z][A-Za-z-]{1,11}$/.test(short)) return name;
  const bracket = `(${short})`;
  for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
    // Up to the last break before the bracket: a line, a sentence's end, a separator of the page's chrome.
    const before = text.slice(Math.max(0, at - 160), at).split(/[\n.;:!?·|•–—]/).pop()!.trim();
    const words = before.split(/\s+/);
    for (let i = 0; i < words.length - 2; i++) {
      if (LEADING_ARTICLES.has(words[i]!.toLowerCase()) || !/^[A-Z]/.test(words[i]!)) continue;
      // "L'Institut wallon de l'évaluation, … (IWEPS)": the article glued to the name's first word goes too.
      const full = words.slice(i).join(' ').replace(/^[LlDd]['’](?=[A-Z])/, '');
      if (/[()]/.test(full) || !isEmployerName(full, text)) break;
      const capitalised = full.split(' ').filter((w) => /^[A-Z]/.test(w)).length;
      // "Eurofound" for the European Foundation …: a blend that opens with the name's first word.
      const blend = capitalised >= 3 && full.toLowerCase().startsWith(short.slice(0, 4).toLowerCase());
      if (withPlace && !full.split(' ').includes(withPlace[2]!)) break;
      // The place's own words are no part of the initials: "EUMM" abbreviates "… Monitoring Mission", not "in Georgia".
      const initialled = withPlace ? full.replace(new RegExp(`\\s+(?:in|for|of|en|au|à)\\s+${withPlace[2]}$`), '') : full;
      if (abbreviates(short, initialled) || initialsOfCompounds(short, initialled) || blend || KIND_OF_EMPLOYER.test(full)) return full;
      break;
    }
  }
  return name;
}

/** "Rossendale Borough Council" for "Rossendale Council": the same first and last words, one or two more between. */
function spellsOut(full: string, short: string): boolean {
  const f = full.split(/\s+/);
  const w = short.split(/\s+/);
  const extra = f.length - w.length;
  return w.length >= 2 && extra >= 1 && extra <= 2 && f[0] === w[0] && f[f.length - 1] === w[w.length - 1] && w.every((x) => f.includes(x));
}

/** "City of Mesa" and "Mesa Public Library": a kind of local government, and a name that opens with the place it governs. */
function ownerGovernsPlaceOf(owner: string, name: string): boolean {
  const kind = LOCAL_GOVERNMENT.exec(owner);
  if (!kind) return false;
  const place = owner.replace(kind[0], '').trim();
  return place.length >= 3 && name.startsWith(`${place} `) && name.split(/\s+/).length <= 5;
}
const LOCAL_GOVERNMENT = /^(?:City|Town|County|Village|Borough) of\s+|\s+(?:City|Town|County|District|Borough) Council$|^(?:Stad|Gemeente|Ville de|Commune de|Stadt|Gemeinde)\s+/;

/** "Lahn-Dill-Kreis, Fachdienst Ausländerrecht", "Ministerie van Financiën, Directoraat-Generaal Fiscale Zaken": the employer before its unit. */
function withoutUnitAfter(name: string): string {
  return unitAfterComma(name)?.head ?? name;
}

/**
 * A name, then a unit after its comma: "Bundesamt für Fremdenwesen und Asyl, Regionaldirektion Tirol" gives the
 * employer before it; "Baurecht (BZ-BR), Geschäftsbereich Bauen und Umwelt", a unit and its division, gives none.
 */
function unitAfterComma(name: string): { head: string | null } | null {
  const comma = name.indexOf(', ');
  if (comma < 0) return null;
  const tail = name.slice(comma + 2);
  if (!isHeadedByUnit(tail) && !UNITS.has(tail.split(/\s+/)[0]!.toLowerCase()) && !GERMAN_OFFICE.test(tail)) return null;
  const head = name.slice(0, comma);
  return { head: KIND_OF_EMPLOYER.test(head) || (isName(head) && !/[()]/.test(head)) ? head : null };
}

/** How a German office's one-word name ends: "Jugendamt", "Baudirektion", "Kreisverwaltung", "Fachbereich". */
const GERMAN_OFFICE_ENDINGS = 'verwaltung|direktion|amt|referat|abteilung|departement|fachdienst|fachbereich';
/** "Landratsamt Bautzen, Jugendamt", "Stadt Speyer, Ordnungsamt": one compound naming an office of the employer. */
const GERMAN_OFFICE = new RegExp(`^[${UPPER}][${LOWER}]+(?:${GERMAN_OFFICE_ENDINGS})$`, 'u');

/** "Het stadsbestuur van Poperinge werft …": a town's administration is the town, by the name it signs with ("Stad Poperinge"). */
const ADMINISTRATION_OF = new RegExp(String.raw`^(stad|gemeente)s?bestuur\s+van\s+(?=[${UPPER}])`, 'i');
/**
 * "Die Kreisverwaltung des Landkreises Uckermark sucht", "Die Baudirektion der Stadt Grenchen sucht": an office of a
 * district or town is the district or town, by its name ("Landkreis Uckermark", "Stadt Grenchen").
 */
const VERWALTUNG_OF = new RegExp(`^[${UPPER}][${LOWER}]*(?:${GERMAN_OFFICE_ENDINGS})\\s+(?:des|der)\\s+(Landkreises|Kreises|Kantons|Stadt|Gemeinde|Marktgemeinde|Marktes|Bezirks|Amtes)\\s+(?=[${UPPER}])`, 'u');
const NOMINATIVE: Record<string, string> = { Landkreises: 'Landkreis', Kreises: 'Kreis', Kantons: 'Kanton', Stadt: 'Stadt', Gemeinde: 'Gemeinde', Marktgemeinde: 'Marktgemeinde', Marktes: 'Markt', Bezirks: 'Bezirk', Amtes: 'Amt' };
function asTownNamesItself(name: string): string {
  const m = ADMINISTRATION_OF.exec(name);
  if (m) return `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${name.slice(m[0].length)}`;
  const de = VERWALTUNG_OF.exec(name);
  return de ? `${NOMINATIVE[de[1]!]} ${name.slice(de[0].length)}` : name;
}

/**
 * "TVP is looking for …" on a site whose title, logo and og:site_name say "Thames Valley Police"; "La SLRB recherche"
 * under the logo "Société du Logement de la Région de Bruxelles-Capitale": the employer by the name its site spells
 * out, where the text gives only its initials.
 */
const MIXED_INITIALS = /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{2,5}$/;

/** "OddV", "Omgevingsdienst de Vallei": its capitals are the capitalised words' initials, and all its letters come in the name's order. */
function capitalsSpellOut(initials: string, name: string): boolean {
  if (!MIXED_INITIALS.test(initials)) return false;
  const capitals = initials.replace(/[a-z]/g, '');
  const heads = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  if (capitals !== heads) return false;
  const lower = name.toLowerCase();
  let at = 0;
  for (const c of initials.toLowerCase()) {
    at = lower.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function spelledOut(ctx: Context, name: string): string {
  // "CBE JU": initials in two groups, as EU joint undertakings write theirs.
  // "OddV" (Omgevingsdienst de Vallei): initials may keep a particle's small letter.
  if (!/^[A-Z]{2,6}(?: [A-Z]{2,3})?$/.test(name) && !MIXED_INITIALS.test(name)) return name;
  const initials = name.replace(' ', '');
  const full = identityTexts(ctx)
    .map((t) => t.text.replace(/\s+/g, ' ').trim().replace(SITE_SECTION, ''))
    // Its words spell the initials out: one per letter at least, up to three ("Thames Valley Police"), and not the
    // initials themselves ("CINEA website", "INASEP recrute").
    .find((t) => t.length <= 90 && t.split(' ').length >= Math.min(initials.length, 3) && !new RegExp(`\\b${name}\\b`).test(t) && (abbreviates(initials, t) || capitalsSpellOut(initials, t)) && isName(t));
  return full ?? name;
}

/**
 * "The City of Fort Worth Code Compliance Department is seeking …", the page naming "City of Fort Worth" on its
 * own elsewhere: a unit written after its employer's name is the employer's, the longest opening of the name
 * that is a kind of employer (or a county) and that the page writes alone. A unit without its kind last ("Boone
 * County Resource Management", "City of Knoxville Parks", "Town of Brookline Department of Public Works") is cut
 * only where the page ends a clause or a line with the employer's name.
 */
function employerOfUnit(ctx: Context, name: string): string {
  const unitLast = UNIT_LAST.test(name);
  const words = name.split(' ');
  for (let n = words.length - 2; n >= 2; n--) {
    const head = words.slice(0, n).join(' ');
    if (!KIND_OF_EMPLOYER.test(head) && !/\sCounty$/.test(head)) continue;
    // "Parks & Recreation": no cut inside a name its "&" or "and" joins.
    if (/^(?:&|and)$/.test(words[n]!)) continue;
    if (unitLast) {
      const alone = new RegExp(`${esc(head)}(?![ \t]+(?:[${UPPER}]|&|and[ \t])|[${LETTER}])`, 'u');
      if (alone.test(ctx.page.text)) return head;
      continue;
    }
    // The unit is capitalised words with no kind of body of its own ("… County Council", "… Public Schools", "… Fire
    // Protection District" employ), after its kind's "Department of" if it has one; the employer names a place
    // ("Communauté de communes Sud-Vendée Littoral" is no cut: a kind alone names no employer).
    const tail = words.slice(n);
    const place = head.replace(KIND_OF_EMPLOYER, '').replace(/\sCounty$/, '');
    const unit = UNIT_BY_KIND.test(tail.join(' ')) ? tail.slice(2) : tail;
    if (!CAPITAL.test(place) || unit.length === 0 || unit.length > 4 || unit.some((w) => !CAPITALISED_WORD.test(w) || OWN_BODY.test(w))) continue;
    const endsAlone = new RegExp(`${esc(head)}(?=[ \t]*(?:[.,;:!?)|\n]|$))`, 'u');
    if (endsAlone.test(ctx.page.text)) return head;
  }
  return name;
}

const CAPITALISED_WORD = new RegExp(`^[${UPPER}][${LETTER}'’&-]*$`, 'u');
const CAPITAL = new RegExp(`[${UPPER}]`, 'u');
const UNIT_BY_KIND = /^(?:Department|Division|Office|Bureau|Directorate) of /;
/** Words that make a body of its own after a place's name, which employs: "Wake County Public Schools", "Cook County Health". */
const OWN_BODY = /^(?:Council|Government|Commission|Board|District|Schools?|Authority|Health|Hospital|Library|College|University|Trust|Corporation|Police|Sheriff['’]s|Court|Courts|Clerk|Transit|Housing)$/;

/** "County of San Mateo's Office of Sustainability", "City of Tacoma's Environmental Services Department": a unit of its employer. */
const POSSESSIVE_UNIT = /^(.+?)['’]s\s+(?=(?:\S+\s+){0,5}(?:Department|Office|Division|Branch|Services?|Unit|Directorate|Bureau)\b)/;

/** The employer a unit's possessive names, when that is a kind of employer; else the name as found. */
function ownerOfUnit(name: string): string {
  const owner = POSSESSIVE_UNIT.exec(name)?.[1];
  return owner && (KIND_OF_EMPLOYER.test(owner) || /\sCounty$/.test(owner)) && isName(owner) ? owner : name;
}

/** The kinds of employer in lower case, to name the one a few words before a name without a pattern of them all. */
const KINDS = new Set(allOf((l) => l.employerTypes).map((k) => k.toLowerCase()));
/** What may stand between a kind and its name: "Département du Calvados", "County of Kern", "Département d'Ille-et-Vilaine". */
const KIND_JOIN = /[ \t]+(?:(?:de la|du|des|de|van|von|of|the)[ \t]+|d['’]|de l['’])?$/i;
const LETTER_AFTER = new RegExp(`[${LETTER}'’-]`, 'u');
/** " and Recreation", " & Leisure": a name that goes on with another capitalised word. */
const NAME_GOES_ON = new RegExp(`^(?:[ \\t]+(?:and|&|und|en|et)[ \\t]+[${UPPER}][${LETTER}]+)+`, 'u');

/** The kind of employer (as written, with what joins it) that ends `before`, if one does: "Département du ". */
function kindBefore(before: string): { kind: string; written: string } | null {
  const join = KIND_JOIN.exec(before);
  if (!join) return null;
  const words = before.slice(0, join.index).split(/[ \t\n]+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    // "l'Administration communale de": an elided article is no part of the kind.
    const kind = words.slice(-n).join(' ').replace(/^[ldLD]['’]/, '');
    // "City of ", "County of ": a kind whose joining word is part of it.
    const withJoin = `${kind} ${before.slice(join.index).trim()}`;
    if (KINDS.has(kind.toLowerCase()) || KINDS.has(withJoin.toLowerCase())) return { kind, written: `${kind}${before.slice(join.index)}` };
  }
  return null;
}

/**
 * "Le Calvados recrute" on a page that also writes "Département du Calvados", "Kern County" beside "the
 * County of Kern": the employer by its kind and name, as the page writes it most often.
 */
/** "Salzlandkreis", "Rhein-Neckar-Kreis": a district's one-word name says its kind itself. */
const DISTRICT_NAME = new RegExp(String.raw`^[${UPPER}][${LETTER}-]*[kK]reis$`, 'u');

const WELSH_KIND = /^(?:Cyngor|Bwrdd Iechyd|Prifysgol)\s/;
const KIND_AFTER = new RegExp(String.raw`^ ((?:Metropolitan )?(?:Borough |District |County |City |Town |Regional |Shire )?Council|Joint Undertaking)(?![${LETTER}])`, 'u');
/** " County" after a name, unless "County Council" or "County Government" follows: the county is part of the name. */
const COUNTY_AFTER = new RegExp(String.raw`^ County(?![ \t]+(?:Council|Government)\b)(?![${LETTER}])`, 'u');

function withKind(ctx: Context, name: string): string {
  if (name.length < 3 || KIND_OF_EMPLOYER.test(name) || DISTRICT_NAME.test(name)) return name;
  const text = ctx.page.text;
  const seen = new Map<string, number>();
  // Each place the page writes the name, and the kind of employer right before it, on the same line.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (LETTER_AFTER.test(text.charAt(at + name.length))) continue;
    const kind = kindBefore(text.slice(Math.max(0, at - 60), at));
    // "Chesterfield County": the one kind English writes after the name.
    const county = COUNTY_AFTER.test(text.slice(at + name.length, at + name.length + 20));
    // "Stockport is recruiting" on a page that also writes "Stockport Council"; "the Innovative Health Initiative
    // Joint Undertaking": the kinds English writes after the name.
    // "Cyngor Gwynedd Council": a Welsh name opens with its kind already.
    const after = WELSH_KIND.test(name) ? undefined : KIND_AFTER.exec(text.slice(at + name.length, at + name.length + 40))?.[1];
    // "Agency Travis County": a label ("Agency") and its value on one line.
    const before = kind && !isFactLabel(kind.kind) ? kind : null;
    if (!before && !county && !after) continue;
    // "Department of Parks and Recreation": the name the kind opens goes on past the one found.
    const more = before ? (NAME_GOES_ON.exec(text.slice(at + name.length, at + name.length + 60))?.[0] ?? '') : '';
    const written = before ? capitalised(`${before.written}${name}${more}`.replace(/\s+/g, ' ')) : county ? `${name} County` : `${name} ${after}`;
    seen.set(written, (seen.get(written) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of seen) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? name;
}
