/**
 * Where the job is. A street address in a workplace sentence or under a workplace label beats a
 * bare place name: "Je zal werken in het provinciehuis: Koningin Elisabethlei 22, 2018 Antwerpen"
 * over "Locatie: Antwerpen". Addresses elsewhere (where to send a letter) are not the workplace.
 */
import type { Context, Found, Rule } from '../context';
import type { TextLine } from '../text';
import { DIGIT, LETTER, LOWER, UPPER } from '../chars';
import { declaredAndVisible, hasStem, hasWord, isShortLabel, labelValuesWhere, labelWordPattern } from '../context';
import { findDates } from '../dates';
import { allOf, isFactLabel } from '../locales';
import { declared, EMPLOYER_POSSESSIVE, portalLabelValues, portalText, squash, textual } from './common';
import { opensWithKind } from './identity';

const CAP = String.raw`[${UPPER}][${LETTER}'’.\-]*`;
const PARTICLE = String.raw`(?:de|la|le|du|des|van|der|den|dem|het|ter|ten|von|am|an|im|in|zum|zur|sur|aan|op|d'|l')`;
/** A street's word: a capitalised one, a particle, or one elided to its capital ("Parc d'Épinal"); "naar" only after a road's word ("Weg naar As 71"). */
const STREET_WORDS = String.raw`(?:${CAP}|${PARTICLE}|[dl]['’]${CAP}|(?<=(?:[Ww]eg|[Bb]aan|[Dd]reef)\s)naar)`;
const NUMBER = String.raw`\d{1,4}(?:\s?[a-zA-Z](?![${LETTER}]))?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?)?(?:\s?(?:bus|box|b)\s?\d{1,4})?`;
/** Postcode and place: "2018 Antwerpen", "22607 Hamburg", "3511 ED Utrecht", "B-1000 Brussel". */
const postcodeCity = (cap: string, letter: string) =>
  // "5211 HH 's-Hertogenbosch": a Dutch town may open with its old article.
  // "Bergen op Zoom", "Berkel en Rodenrijs", "Kirchheim b.München", "Biel/Bienne", "Rotenburg (Wümme)", "Weiden i.d.OPf.",
  // "Belgrade (Namur)": the town's particles, its other language's name, and the river or town in brackets that
  // tells it from its namesakes (one word; see NOT_TOWN_BRACKET for the brackets that name something else).
  String.raw`(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2}(?!${letter}))?\s+(?:['’]s-)?${cap}(?:(?:\s|-)(?:${cap}|(?:am|an der|in der|sur|aan de|aan den|op|en|ob der|bei|im)[\s-]${cap}|b\.\s?${cap})|\/${cap}){0,3}(?:\s[iab]\.(?:\s?d\.)?\s?[${UPPER}][${LETTER}]*\.?)?(?:\s\([${LETTER}.'’]+\))?`;
/** "TII's head office, Parkgate Business Centre, …": whose office it is, in words, before the address's own parts. */
const POSSESSIVE_PLACE = /^[^,]*['’]s\s+[a-z][^,]*,\s*/;
/** A sentence's stop after the address goes; an abbreviation's stays ("92637 Weiden i.d.OPf."). */
const ABBREVIATION_KEEPS_STOP = /(?<!\.[A-Za-z]{1,4})\.$/;
/** The province a Dutch town's name carries to tell it from its namesakes: "Hengelo (Gld)", "Bergen (NH)". */
const DUTCH_PROVINCE_MARK = String.raw`(?:Gld|Gelderland|Ov|Overijssel|N\.?-?B\.?|N\.?-?H\.?|Z\.?-?H\.?|Fr|Friesland|Fryslân|Gr|Groningen|Dr|Drenthe|L|Lb|Limburg|Zld|Zeeland|Z|U|Utr|Utrecht|Fl|Flevoland|O|Ov\.)`;
/**
 * A bracket after the town that is not its namesake's mark: a word in lower case ("(siège social)" is
 * cut before it is read), a country ("1000 Bruxelles (Belgique)"), or a district after a Dutch
 * postcode's town ("2492 JP Den Haag (Ypenburg)").
 */
const NOT_TOWN_BRACKET = new RegExp(
  String.raw`\s\((?:[a-zà-ÿ][^)]*|Belgique|België|Belgien|Belgium|Nederland|Pays-Bas|Niederlande|Netherlands|Deutschland|Allemagne|Duitsland|Germany|France|Frankrijk|Frankreich|Luxembourg|Luxemburg|Suisse|Schweiz|Zwitserland|Switzerland|Österreich|Autriche|Oostenrijk|Austria|Italia|Italie|Italy|Portugal|España|Espagne|Spain|Ireland|Irlande)\)$|(?<=\d{4}\s?[A-Z]{2}\s[^()]+)\s\((?!${DUTCH_PROVINCE_MARK}\))[^)]*\)$`);
/** Street first: "Koningin Elisabethlei 22, 2018 Antwerpen", "Notkestraße 85, 22607 Hamburg". */
// "Albrechtstraße 75 in 88045 Friedrichshafen": German may join the street and the town with "in".
const STREET_FIRST = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])${CAP}(?:\s${STREET_WORDS}){0,5}\s${NUMBER}(?:,|\sin)?\s+${postcodeCity(CAP, `[${LETTER}]`)}`, 'u');
/** Number first: "12 rue de la Paix, 75002 Paris". */
const NUMBER_FIRST = new RegExp(
  // A building's name may lead the line ("Centre technique municipal, 7 rue ..."); an employer's does not.
  // Case-insensitive, a capital is any letter.
  String.raw`(?:^(?:Centre|Bâtiment|Site|Maison|Hôtel|Immeuble|Campus|Résidence|Parc|Cité|Espace)[${LETTER}'’ \-]{2,40},\s*)?(?<![${LETTER}${DIGIT}])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|impasse|route|cours|chaussée)\s[${LETTER}'’ \-]{2,40}?,\s*${postcodeCity(`[${LETTER}][${LETTER}'’.\\-]*`, `[${LETTER}]`)}`,
  'i',
);

/** An Irish Eircode: a routing key and a unique identifier with a letter in it ("T12 R2NC", "D6W 1234" aside). */
const EIRCODE = String.raw`[A-Z]\d[\dW]\s(?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}`;
/** UK and Ireland: comma-separated parts ending in a postcode, "5 Wellington Place, Leeds, LS1 4AP", "County Hall, Cork, T12 R2NC". */
const UK_ADDRESS = new RegExp(
  // The town may stand before the postcode without a comma: "…, Brighton BN1 7GA", or the postcode in brackets: "Edinburgh (EH8 7AU)".
  String.raw`(?:^|(?<=\b(?:at|in|from) |: ))((?:[${UPPER}\d][${LETTER}\d'’ .\-]{1,40},\s*){1,5}(?:[${UPPER}][${LETTER}'’\-]+\s)?(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\)|${EIRCODE}))(?![${LETTER}\d])`,
  'u',
);
/** A place name starts with a capital or a postcode. */
const PLACE_START = new RegExp(`^[${UPPER}\\d]`, 'u');

/** US: "1001 I Street, Sacramento, CA 95814", "1800 S. County Road 31, Loveland, CO 80537". */
const US_ADDRESS = new RegExp(
  String.raw`(?<![${LETTER}\d-])\d{1,6}(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+)?[A-Z0-9][${LETTER}\d.'’ \-]{0,40}?\s(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Square|Plaza|Circle|Route|Trail)(?:\s+\d{1,4}[A-Z]?)?(?:,?\s+(?:Suite|Ste\.?|Room|Floor|Building|Bldg\.?)\s+\w+)?,?\s+[A-Z][${LETTER}.'’ \-]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?`,
  'u',
);
/** Australia and Canada: comma-separated parts ending in a state and postcode ("…, Parkes ACT 2600", "…, Ottawa, ON K1A 0M7"). */
const AU_CA_ADDRESS = new RegExp(
  // "Ipswich City Council Administration Building, 1 Nicholas Street, Ipswich QLD 4305": a building's name may be long.
  String.raw`(?:[${UPPER}\d][${LETTER}\d'’ .\-]{1,60},\s*){1,3}[${UPPER}][${LETTER}'’.\-]+(?:\s[${UPPER}][${LETTER}'’.\-]+)?,?\s(?:(?:ACT|NSW|VIC|QLD|SA|WA|TAS|NT)\s\d{4}|(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\s[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![${LETTER}\d])`,
  'u',
);
/** The clause before an address that only says where it is: "The post is based at", "located in the". */
/** "based at our Worcester office, County Hall, Spetchley Road, …": the employer's words for its place, before the place's own name. */
const OUR_PLACE = /^(?:our|your|onze|ons|notre|nos|unsere[mn]?)\s[^,\d]{1,40},\s+(?=[A-ZÀ-Ý\d])/;
/** "our Worcester office, " is the employer's word for its place; "our Evandale Administration Centre" is the place's name. */
const ourPlace = (phrase: string) => {
  const rest = phrase.replace(/^\S+\s/, '');
  return /\s[a-zà-ÿ]/.test(` ${rest.replace(/,\s*$/, '')}`) ? '' : rest;
};
const LEADING_CLAUSE = /^.*?\b(?:based|located|situated|housed|work|works|working)\s+(?:at|in|from|out of)\s+(?:the\s+)?|^(?:your|our|the)\s[^,\d]{0,40}?\b(?:will be|is)\s+(?:at\s+)?(?:the\s+)?/i;

/** Street kind first, in lower case, then the number: "rue du Village 8, 1490 Court-Saint-Étienne" (Belgium). */
const KIND_FIRST = new RegExp(
  // "Grand-Place 39", "Grand-Rue 37": the word before the hyphen is the street's own.
  // "Grand'Rue 39": a word elided onto the street's kind is the street's too. "Rue du 11 Novembre 5", "Place du 3e
  // Millénaire 1": a day or an ordinal may be part of the street's name.
  String.raw`(?<![${LETTER}'’-])(?:[${LETTER}]+[-'’])?(?:rue|avenue|boulevard|place|chaussée|chemin|allée|quai|impasse|route|drève|square|clos|sentier|rempart|galerie)\s(?:(?:[${LETTER}'’.\-]+|\d{1,2}(?:e|er|re|ème)?(?=\s[${LETTER}]))\s){0,5}?\d{1,4}[a-zA-Z]?(?:[-–/]\d{1,4}[a-zA-Z]?)?(?:\s?(?:bte|boîte|bus)\s?\d{1,4})?,?\s+${postcodeCity(CAP, `[${LETTER}]`)}`,
  'i',
);
/**
 * A workplace label glued in front of the address: "Arbeitsort Bundesgasse 38, 3011 Bern". A label that
 * is also a building's word ("Werkplaats") names the building in front of a name ("Werkplaats Hoge Mouw").
 */
const LABEL_IN_FRONT = new RegExp(
  `^(?:${allOf((l) => l.labels.location)
    .filter((w) => !allOf((l) => l.buildingWords).includes(w.toLowerCase()))
    .map((w) => w.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\s+`,
  'i',
);

const PROSE_BEFORE_STREET = /^.*\s(?:an der|an dem|in der|auf der|bei der|an|bei)\s(?=[A-ZÄÖÜ][a-zäöüß]+(?:stra(?:ß|ss)e|weg|gasse|platz|allee|ring|damm)\s\d)/;

/** Cheap signs, tested first, that a text may hold an address of each shape: most lines hold none. */
const HAS_DIGIT = /\d/;
const POSTCODE = /\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Ýa-z]/;
const KIND_WORD = /(?:rue|avenue|boulevard|place|chaussée|chemin|allée|quai|impasse|route|drève|square|clos|sentier|rempart|galerie|mail|cours|promenade|parvis|esplanade)\s/i;
/** "Place de la Ve République, 33600 Pessac", "place Aristide Briand, 86000 Poitiers": a square, which needs no number. */
const SQUARE_FIRST = new RegExp(
  // Case matters: the town after the postcode is a name ("Place du Marché, 1000 candidats" is none).
  String.raw`(?<![${LETTER}'’-])(?:[Pp]lace|[Ss]quare|[Pp]arvis|[Ee]splanade|[Mm]ail|[Cc]ours|[Pp]romenade)\s(?:[${LETTER}'’.\-]+\s){0,5}[${LETTER}'’.\-]+,\s*${postcodeCity(CAP, `[${LETTER}]`)}`,
  'u',
);
const US_ZIP = /\b[A-Z]{2}\s+\d{5}\b/;
const AU_CA_POSTCODE = /\b(?:ACT|NSW|VIC|QLD|SA|WA|TAS|NT|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU)\s[\dA-Z]/;
const UK_POSTCODE = /[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[\dW]\s[A-Z\d]{4}/;

/** `underLabel`: the text is a workplace label's value, whose leading proper name is the place's ("North Galaxy, Koning Albert II-laan 33"). */
export function findAddress(text: string, underLabel = false): string | null {
  if (!HAS_DIGIT.test(text)) return null;
  // The European shapes end in a postcode of four or five digits: without one, their patterns are not run.
  const postcode = POSTCODE.test(text);
  const m =
    (postcode && KIND_WORD.test(text) ? KIND_FIRST.exec(text) : null) ??
    (postcode ? (STREET_FIRST.exec(text) ?? NUMBER_FIRST.exec(text)) : null) ??
    (postcode && KIND_WORD.test(text) ? SQUARE_FIRST.exec(text) : null) ??
    (US_ZIP.test(text) ? US_ADDRESS.exec(text) : null) ??
    (AU_CA_POSTCODE.test(text) ? AU_CA_ADDRESS.exec(text) : null) ??
    (UK_POSTCODE.test(text) ? UK_ADDRESS.exec(text) : null);
  // "… take place the week of March 2, 2026 in Charlottetown": a date of these years is in no address (a street named
  // after one is older: "Place du 8 Mai 1945").
  if (!m || A_DATE.test(m[0]) || findDates(m[0]).some((d) => d.dates.some((x) => x.year !== null && x.year >= 2020))) return null;
  // "Standort Liestal des AUE an der Rheinstrasse 29": a lower-case preposition inside the run ends the prose before the street.
  // "… 1000 Brussel. Voor veldwerk …": a sentence's full stop ends the town ("St. Gallen" keeps its short word's).
  const address = m[0].replace(/\s+/g, ' ').replace(POSSESSIVE_PLACE, '').replace(EMPLOYER_POSSESSIVE, '').replace(LEADING_CLAUSE, '').replace(OUR_PLACE, ourPlace).replace(LABEL_IN_FRONT, '').replace(PROSE_BEFORE_STREET, '').replace(KIND_OF_BUILDING, '').replace(/(\d{4,5}(?:\s?[A-Z]{2})?\s[^.\d]*?[a-zà-ÿ]{3})\.\s.*$/, '$1').replace(/[,;]$/, '').replace(ABBREVIATION_KEEPS_STOP, '');
  // "Verwaltungsgebäude „Haus am Overbergplatz“": the building is the name in quotes, its kind no part of it.
  const building = buildingBefore(text.slice(0, m.index), underLabel, m[0])?.replace(QUOTED_BUILDING, '$1').replace(POSSESSIVE_PLACE, '').replace(EMPLOYER_POSSESSIVE, '');
  // "Albrechtstraße 75 in 88045 Friedrichshafen" is written as an address is: "Albrechtstraße 75, 88045 Friedrichshafen".
  const town = address.replace(NOT_TOWN_BRACKET, '').replace(/(\d[a-zA-Z]?) in (?=\d{4,5} )/, '$1, ');
  return building && !town.startsWith(building) ? `${building}, ${town}` : town;
}

/** "Mar 13, 2026 Location": a month, its day and a year read as a street, its number and a postcode. */
const A_DATE = new RegExp(`^(?:${allOf((l) => Object.keys(l.months)).map((w) => w.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b`, 'i');

const QUOTED_BUILDING = /^(?:Dienstgebäude|Verwaltungsgebäude|Amtsgebäude|Gebäude|Hauptgebäude)\s+[„"“»‚]([^„"“”»«]+)[“"”«‘]$/;

/** "in unserem Dienstgebäude Bernhard-Nocht-Straße 78": a kind of building before a German street names none. */
const KIND_OF_BUILDING = /^(?:Dienstgebäude|Verwaltungsgebäude|Amtsgebäude|Gebäude|Hauptgebäude)\s(?=\S+(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Gg]asse|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Uu]fer|[Mm]arkt)\s\d)/;

/** A name right before the address, set off by a comma, at the start of the text or after a label's colon or a dash. */
// "Hôtel de Ville – Place des Otages, 29600 Morlaix": a dash may set it off too.
const NAME_BEFORE = new RegExp(String.raw`(?:^|[:–|·(]\s*|\s[-–]\s|,\s+)([${UPPER}][^,;:.()\d\n]{1,60}?)(?:,|\s[-–])\s*$`, 'u');
/** Articles, prepositions and possessives after which a sentence names the place: "located at the King Street Center, 201 S …", "in ons Raadhuis". */
const PLACE_ARTICLES = new Set(['the', 'au', 'la', 'le', "l'", 'l’', 'der', 'die', 'das', 'dem', 'im', 'het', 'de', 'in', 'ons', 'onze', 'unserem', 'unserer', 'notre', 'our']);
const CAPITAL_START = new RegExp(`^[${UPPER}]`, 'u');
const PLACE_VERBS = new Set(['is', 'ist', 'est']);

/**
 * The name after the last article before the address: "se situe au Centre technique municipal, 3, rue …",
 * "Arbeitsort ist der Campus Tharandt, Pienner Str. 23". The shortest run of words that starts with a
 * capital right after an article, up to the comma.
 */
const OFFICE_OF_TOWN = new RegExp(String.raw`^[${UPPER}][${LOWER}]+amt\s+[${UPPER}][${LETTER}-]+$`, 'u');

function namesAfterArticle(before: string): string[] {
  // "the Ellen M. Bozman Government Center": an initial's full stop ends no sentence.
  const tail = /((?:[^,;:.()\d\n]|(?<=\s[A-Z])\.(?=\s)){1,80}),\s*$/u.exec(before)?.[1];
  if (!tail) return [];
  const words = tail.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= Math.max(1, words.length - 6); i--) {
    // The article as written: a capital "De" is part of a name ("Administratief Centrum De Keiheuvel").
    // An adjective after it leaves the name after the adjective ("ons monumentale Raadhuis").
    const article = words[i - 1]!;
    const afterAdjective = i >= 2 && /^[a-zà-ÿß]/.test(article) && PLACE_ARTICLES.has(words[i - 2]!) && !PLACE_ARTICLES.has(article) && !hasStem(article, BUILDING_WORDS);
    // "l'Hôtel de Ville": the elided article is no part of the name.
    if (ELIDED.test(words[i]!)) out.push([words[i]!.replace(ELIDED, ''), ...words.slice(i + 1)].join(' '));
    // "het Graaf de Ferrarisgebouw": an article between two capitalised words is a particle of the name.
    else if (CAPITAL_START.test(words[i]!) && (PLACE_ARTICLES.has(article) || afterAdjective) && !(i >= 2 && CAPITAL_START.test(words[i - 2]!))) out.push(words.slice(i).join(' '));
    // "Je werkplek is Vrijetijdshuis De Schakel": right after the verb, a name that says it is a building.
    else if (CAPITAL_START.test(words[i]!) && PLACE_VERBS.has(article) && namesBuilding(words.slice(i).join(' '))) out.push(words.slice(i).join(' '));
  }
  return out;
}
const ELIDED = new RegExp(`^[lLdD]['’](?=[${UPPER}])`, 'u');

/**
 * "das Technische Rathaus", "der Neue Bauhof": a German adjective after the article ends as it does there; the place's
 * own name ends as it does alone ("Technisches Rathaus", "Neuer Bauhof").
 */
function asNamedAlone(before: string, name: string): string {
  const article = /(?:^|\s)(das|der)\s+$/.exec(before.slice(0, before.lastIndexOf(name)))?.[1];
  const words = name.split(' ');
  if (!article || words.length < 2 || !GERMAN_ADJECTIVE_E.test(words[0]!) || !CAPITAL_START.test(words[1]!)) return name;
  return [`${words[0]}${article === 'das' ? 's' : 'r'}`, ...words.slice(1)].join(' ');
}
/** "Technische", "Neue", "Alte", "Große", "Zentrale": an adjective's ending, not a noun's ("Dienstgebäude", "Wohngeldstelle"). */
const GERMAN_ADJECTIVE_E = new RegExp(String.raw`^[${UPPER}][${LOWER}]*(?:isch|lich|ig|er|eu|alt|oß|ß|al|iv)e$`, 'u');
/** Kinds of town before its name: "Stad Gent", "Gemeinde Lohmar", "Ville de …" is the town itself. */
const TOWN_KINDS = new Set(['stad', 'gemeente', 'stadt', 'gemeinde', 'marktgemeinde', 'ville', 'commune', 'city', 'town']);

const BUILDING_WORDS = allOf((l) => l.buildingWords);
/** A department, team or office of the employer heads an address too, but names no place. */
const UNIT_WORDS = /\b(?:dienst|afdeling|directie|direktion|team|service|département|direction|abteilung|amt|referat|fachdienst|fachbereich|department|division|unit|directorate|office|außenstelle|aussenstelle|standort|niederlassung|zweigstelle|regionaldirektion|branch)\b|amt\b/i;
const CLAUSE_START = /^(?:je|jij|u|uw|jouw|onze|we|wij|wir|sie|ihr|ihre|unser|unsere|vous|votre|nous|notre|you|your|our|in|im|op|at|au|à|dans|bei|bij|het|de|die|der|das|the|le|la|les|ist|is|est)\s/i;
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'des', 'du', 'la', 'le', "l'emploi", 'of', 'the', 'and', 'en', 'et', 'und', 'am', 'an', 'im', 'für', 'sur', 'de la', 'médico-social', 'sociale', 'social']);

/**
 * The building that heads an address, as the page writes it: "Maison de l'emploi, rue du Village 8",
 * "Kreishaus, Am Schölerberg 1", "Public Health Services Building, 1800 Mount Vernon Avenue". A name
 * with a building's word in it, short, no sentence; a department ("Dienst Verkeer, Gentsesteenweg 84")
 * or a clause ("ist das Rathaus Lohmar, …") is not one.
 */
function buildingBefore(before: string, underLabel: boolean, after = ''): string | null {
  const m = NAME_BEFORE.exec(before);
  if (m) {
    // "Standplaats Administratief Centrum Puurs", "SIPPT – Maison administrative provinciale": a label or a
    // unit's acronym before the building's name is no part of it.
    const name = m[1]!.trim().replace(LABEL_IN_FRONT, '').split(/\s[–-]\s/).pop()!.trim();
    // Under a workplace label, a proper name at the value's start is the place too ("Observatoire royal de
    // Belgique"); a unit's is not.
    // The employer's own name ("Rectorat de Bordeaux, 5 rue …") is no building's.
    const properName = underLabel && m.index === 0 && CAPITAL_START.test(name) && !UNIT_WORDS.test(name) && !opensWithKind(name) && lowerWords(name) <= 1;
    if (isBuildingName(name, properName)) return name;
  }
  // The shortest name after an article that is a building's: "vanuit het Stedelijk Magazijn", "est l'Hôtel de Ville".
  for (const named of namesAfterArticle(before)) {
    // "Dienstort ist die Bundesanstalt für Gewässerkunde, Am Mainzer Tor 1": after a workplace phrase the
    // name before the address is the place's, whatever it is called; a unit's is not.
    const at = before.lastIndexOf(named);
    const lead = before.slice(Math.max(0, at - 60), at);
    // A town is no place's name ("Arbeitsort ist in Lohmar", "in de Stad Gent"): the name must not end in the address's town.
    const town = /\d{4,5}(?:\s?[A-Z]{2})?\s+(\S+)/.exec(after)?.[1]?.replace(/[.,;]$/, '');
    // "Landratsamt Lörrach", "Marinebasis Zeebrugge" are places in the town; "Stad Gent", "Gemeinde Lohmar" are the town.
    const words = named.split(/\s+/);
    const namesTown = town !== undefined && words[words.length - 1] === town && (words.length === 1 || (words.length === 2 && TOWN_KINDS.has(words[0]!.toLowerCase())));
    // "Landratsamt Lörrach", "Gemeindeamt Wolfurt": an office named with its town is where one works, not a unit.
    const unit = UNIT_WORDS.test(named) && !OFFICE_OF_TOWN.test(named);
    const afterWorkplace = WORKPLACE_BEFORE.test(lead) && !unit && !namesTown;
    if (isBuildingName(named, afterWorkplace)) return asNamedAlone(before, named);
  }
  return null;
}


/** Lower-case words of a name that are no particles: "Observatoire royal de Belgique" has one. */
const lowerWords = (name: string) => name.split(/\s+/).filter((w) => /^[a-zà-ÿß]/.test(w) && !NAME_PARTICLES.has(w.toLowerCase())).length;

/** A workplace phrase, a verb and an article right before a name: "Dienstort ist der", "located at the", "Plaats van tewerkstelling:". */
let workplaceBefore: RegExp | undefined;
const WORKPLACE_BEFORE = {
  test: (s: string) =>
    (workplaceBefore ??= new RegExp(
      `(?:${[...new Set([...allOf((l) => l.workplaceWords), ...allOf((l) => l.labels.location)])].map((w) => w.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(?::|(?:ist|is|est|se situe|sera|will be|liegt)\\b)?\\s*(?:(?:the|au|à la|à l['’]|le|la|l['’]|der|die|das|dem|im|in der|het|de)\\s+)?$`,
      'i',
    )).test(s),
};

/** A building's name made with a building's word: "Waterschapshuis", "Het Spaarnehuis", "Graaf de Ferrarisgebouw", "Stadskantoor". */
const BUILDING_COMPOUND = /[a-zà-ÿß](?:huis|gebouw|kantoor|haus|gebäude|zentrum|centrum)(?![a-zà-ÿß])/u;

const namesBuilding = (name: string) => hasStem(name, BUILDING_WORDS) || BUILDING_COMPOUND.test(name);

const NAMED_WITH_ARTICLE = new RegExp(String.raw`^(?:De|Het|Le|La|Les|The)\s[${UPPER}]`, 'u');

function isBuildingName(name: string, properName: boolean): boolean {
  // "Centre administratif « Les Prés Brion »": quotation marks are no words.
  const words = name.split(/\s+/).filter((w) => !/^["«»“”„‘’]$/.test(w));
  if (LABEL_IN_FRONT.test(`${name} `) || words.length > 6 || !(namesBuilding(name) || properName)) return false;
  // A name, not a clause: "Je werkplek is de bibliotheek zelf", "In het provinciehuis" are sentences about the place.
  // "De Brânwacht", "Het Spaarnehuis": a capital article before a capitalised word opens the name itself.
  return !((CLAUSE_START.test(name) && !NAMED_WITH_ARTICLE.test(name)) || lowerWords(name) > 2);
}

const WORKPLACE = allOf((l) => l.workplaceWords);
const SELECTION_STEPS = allOf((l) => l.selectionWords);
const LABELS = new Set(allOf((l) => l.labels.location).map((w) => w.toLowerCase()));
/** A workplace's word opening a label's word, as a whole word or with a plural's ending ("Job locations"), never inside another. */
const WORKPLACE_LABEL_WORD = labelWordPattern(allOf((l) => l.workplaceLabelStems), `(?:s|e|n|en)?(?![${LETTER}])`);
/** A capitalised word after the workplace's word: "Standplaats Den Haag" is a label and its value, "Job Location" a label. */
function nameAfterLabelWord(key: string, label: string): boolean {
  const m = WORKPLACE_LABEL_WORD.exec(key);
  return m !== null && CAPITALISED_WORD.test(label.replace(/\s+/g, ' ').trim().slice(m.index + m[0].length));
}
const CAPITALISED_WORD = new RegExp(`\\s[${UPPER}]`, 'u');

/**
 * A workplace's label by its words: short, with a workplace's word in it ("Plaats tewerkstelling",
 * "Job locations"), never where a selection step is held ("Locatie gesprek", "Interview location") or
 * where to send something. The labels as written are read first (`isLocationLabel`).
 */
function hasWorkplaceLabelWord(key: string, label: string): boolean {
  return (
    !LABELS.has(key) && isShortLabel(key, 4) && WORKPLACE_LABEL_WORD.test(key) &&
    !nameAfterLabelWord(key, label) && !hasStem(key, SELECTION_STEPS) && !SENDING.test(key)
  );
}
const isLocationLabel = (key: string) => LABELS.has(key);

/** A US state and ZIP, a Canadian province and postcode, an Australian state and postcode. */
const STATE_AND_POSTCODE = /^(?:[A-Z]{2} \d{5}(?:-\d{4})?|(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU) [A-Z]\d[A-Z] ?\d[A-Z]\d|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4})$/;

const fromJsonLd: Rule<string> = (ctx) => {
  const a = ctx.jobPosting?.address;
  if (!a) return null;
  // "Maplewood, MN 55109": where a state's code is declared (the US, Canada, Australia), the town comes first.
  const stateFirst = a.region && a.locality && a.postalCode && STATE_AND_POSTCODE.test(`${a.region} ${a.postalCode}`);
  const place = stateFirst ? `${a.locality}, ${[a.region, a.postalCode].filter(Boolean).join(' ')}` : [a.postalCode, a.locality].filter(Boolean).join(' ');
  const value = squash([a.street, place].filter(Boolean).join(', '));
  return value ? declared(ctx, ctx.declaredBy, value.slice(0, 300), value) : null;
};

const SENTENCE_VERB = new RegExp(String.raw`(?<![${LETTER}])(?:is|are|ist|sind|est|sont|zijn)(?![${LETTER}])`, 'i');

const fromPortal: Rule<string> = (ctx) => {
  const p = portalText(ctx, 'location');
  // A place is no sentence: a board's layout that puts "The closing date is 15 February 2026" where its workplace
  // usually stands names none.
  const sentence = p !== null && !findAddress(p.text) && (findDates(p.text).length > 0 || SENTENCE_VERB.test(p.text));
  // "Ripon Community Hospital<br>Firby Lane<br>Ripon<br>HG4 2PR": an address's lines are its parts.
  const place = p?.text.trim().split(/\s*\n\s*/).join(', ') ?? '';
  if (p && p.text.length <= 200 && !sentence) return { value: findAddress(place) ?? place, evidence: { source: p.source, text: p.text } };
  // A workplace split over the portal's labels ("Einsatzort Straße", "Einsatzort PLZ / Ort"): joined in page order.
  const parts = portalLabelValues(ctx, 'location').sort((a, b) => a.valueStart - b.valueStart);
  if (!parts.length) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const joined = parts.map((lv) => lv.value.trim()).join(', ');
  const start = first.valueStart + first.value.length - first.evidence.length;
  const text = ctx.page.text.slice(start, last.valueStart + last.value.length);
  if (joined.length > 200 || text.length > 400) return null;
  return { value: findAddress(joined) ?? joined, evidence: { source: first.source, text } };
};

const addressInWorkplaceSentence: Rule<string> = (ctx) => {
  for (const s of ctx.sentences) {
    // "… een praktische proef op 26 maart in onze technische werkplaats op de site Moen (Heirweg 5, …)": where a
    // selection step is held is no workplace.
    if (!hasWord(s.text, WORKPLACE) || (hasStem(s.text, SELECTION_STEPS) && findDates(s.text).length > 0)) continue;
    const address = findAddress(s.text);
    if (address) return { value: address, evidence: { source: 'text', text: s.text } };
  }
  return null;
};

/** "Location: Office based in Meadowbank House, 153 London Road, …": the words before the place. */
const BASED_IN = /^(?:(?:office|home|hybrid)[- ]based|based|located|situated)\s+(?:in|at)\s+/i;

const addressUnderLabel = (isLabel: (key: string, label: string) => boolean): Rule<string> => (ctx) => {
  for (const lv of labelValuesWhere(ctx, isLabel)) {
    const address = findAddress(lv.value.replace(BASED_IN, ''), true);
    if (address) return { value: address, evidence: { source: 'text', text: lv.evidence } };
    // "Werklocatie" / "rwzi Land van Cuijk" / "Nieuwe Wijk 3" / "5437 NL Beers": the lines under the label.
    const at = ctx.lines.indexOf(lv.line);
    if (at >= 0 && lv.line.text === lv.value) {
      const lines = ctx.lines.slice(at, at + 6).filter((l, n) => n === 0 || !/^h[1-6]$/.test(l.block));
      const found = addressInLines(lines) ?? partsUnderLabel(lines);
      if (found) return found;
    }
  }
  return null;
};

/**
 * "Family Leisure Centre" / "2000 Division Avenue North" / "Medicine Hat, AB": an address of no postal shape, in
 * short lines right under a workplace label, with a house number among them.
 */
const TOWN_LINE = new RegExp(String.raw`^[${UPPER}][${LETTER}'’ .-]+,\s*[A-Z]{2,3}$|^[${UPPER}][${LETTER}'’ .-]+\s\d{4}$`, 'u');

function partsUnderLabel(lines: readonly TextLine[]): Found<string> | null {
  let end = 0;
  // The next row's label ("Posting date") ends the address.
  while (end < Math.min(lines.length, 4) && isAddressPart(lines[end]!.text) && !isFactLabel(lines[end]!.text)) end++;
  // It ends in its town: "Medicine Hat, AB", "Wellington 6011".
  while (end >= 2 && !TOWN_LINE.test(lines[end - 1]!.text.trim())) end--;
  if (end < 2) return null;
  const run = lines.slice(0, end);
  const joined = run.map((l) => l.text.trim()).join(', ');
  return /\d/.test(joined) && isAddressLine(joined) ? { value: joined, evidence: { source: 'text', text: run.map((l) => l.text).join('\n') } } : null;
}

/** "Waar ga je werken", "Where you'll work", "Lieu de travail": a heading over the workplace. */
const WORKPLACE_HEADING = /^(?:waar (?:ga je|zal je|werk je|je werkt)|waar\??$|hier kom je te werken|werklocatie|je werkplek|werkplek|standplaats|where you(?:'|’)?ll work|where you will work|location|lieu de travail|lieu d'affectation|arbeitsort|dienstort|einsatzort|ihr arbeitsplatz)/i;

/** The first street address in the section under a workplace heading. */
const addressUnderHeading: Rule<string> = (ctx) => {
  for (let i = 0; i < ctx.lines.length; i++) {
    const h = ctx.lines[i]!;
    if (!/^h[1-6]$/.test(h.block) || !WORKPLACE_HEADING.test(h.text)) continue;
    const section: TextLine[] = [];
    for (let j = i + 1; j < Math.min(ctx.lines.length, i + 8); j++) {
      const l = ctx.lines[j]!;
      if (/^h[1-6]$/.test(l.block)) break;
      section.push(l);
    }
    const found = addressInLines(section);
    if (found) return found;
  }
  return null;
};

/**
 * The first street address in a run of lines, written on one line or over a few short ones
 * ("Brusselsesteenweg 617" / "1731 Zellik"), never in a line that says where to send something.
 */
function addressInLines(lines: readonly TextLine[]): Found<string> | null {
  for (let j = 0; j < lines.length; j++) {
    const l = lines[j]!;
    if (SENDING.test(l.text)) continue;
    const address = findAddress(l.text);
    if (address) return { value: address, evidence: { source: 'text', text: l.text } };
    // A block of short lines: the name of a building, the street, the postcode and town.
    for (let k = j + 1; k < Math.min(lines.length, j + 5) && isAddressPart(lines[k]!.text) && isAddressPart(l.text); k++) {
      const run = lines.slice(j, k + 1);
      const joined = findAddress(run.map((x) => x.text.trim()).join(', '));
      if (joined) return { value: joined, evidence: { source: 'text', text: run.map((x) => x.text).join('\n') } };
    }
  }
  return null;
}

/** A line of an address block: short, no sentence, nothing about sending. */
const isAddressPart = (t: string) => t.length <= 60 && !SENDING.test(t) && !/[.!?:]\s*$/.test(t.trim()) && t.trim().split(/\s+/).length <= 7;

/** Lines that say where to send something: their address is not the workplace. */
const SENDING = /stuur|verstuur|richt|send|post your|adress|envoy|senden|schicken|an folgende|mail naar|per post/i;

/**
 * The street address of a place a label names ("Standplaats: Ranst"), when the content states
 * one in that place and not as the address to write to ("Campus Vesta, Oostmalsesteenweg 1, 2520 Ranst").
 */
function addressIn(ctx: Context, place: string): Found<string> | null {
  for (const line of ctx.lines) {
    if (line.text.length > 400 || SENDING.test(line.text)) continue;
    const address = findAddress(line.text);
    if (address && namesPlace(address, place)) return { value: address, evidence: { source: 'text', text: line.text } };
  }
  return null;
}

/** The address is in that place: "…, 2520 Ranst" for "Ranst", "…, Loveland, CO 80537" for "Loveland, CO". */
function namesPlace(address: string, place: string): boolean {
  for (let at = address.indexOf(place); at > 0; at = address.indexOf(place, at + 1)) {
    const next = address[at + place.length];
    if (address[at - 1] === ' ' && (next === undefined || next === ',' || next === ' ')) return true;
  }
  return false;
}

/** "Locatie\nAntwerpen", "Dienstort: 41747 Viersen": a short place name under a place label. */
const placeUnderLabel = (isLabel: (key: string, label: string) => boolean): Rule<string> => (ctx) => {
  let geoTag: Found<string> | null = null;
  for (const lv of labelValuesWhere(ctx, isLabel)) {
    // A country or region in brackets is part of the place ("Brussels (Belgium)"); a remark is not.
    const v = lv.value.trim().replace(/\s*\((?=[^()]*\s[a-z])[^()]*\)$/, '').replace(/[.;]$/, '');
    if (v.length < 2 || v.length > 120 || !PLACE_START.test(v) || /[@:]|https?:/.test(v) || !(v.split(/\s+/).length <= 6 || isAddressLine(v))) continue;
    const found = addressIn(ctx, v) ?? { value: v, evidence: { source: 'text', text: lv.evidence } };
    // "Location: Mississauga, ON, CA", a board's tag of town, province and country: a later label may name the building.
    if (!geoTag && GEO_TAG.test(found.value)) {
      geoTag = found;
      continue;
    }
    return found;
  }
  return geoTag;
};
const GEO_TAG = new RegExp(String.raw`^[${UPPER}][${LETTER}'’ .\-]+(?:,\s*[A-Z]{2,3}){2}$`, 'u');

/**
 * A place's parts set off by commas, each a name or a number with few words: "Hôtel de Ville, Place
 * Alexandre Israël, 10000 Troyes", "Museum Building, Trinity College Dublin, College Green, Dublin 2".
 * A remark after a comma is no part ("Hybrid, with two days in the office").
 */
function isAddressLine(v: string): boolean {
  const parts = v.split(/,\s*/);
  return parts.length >= 2 && parts.length <= 6 && parts.every((p) => PLACE_START.test(p) && p.split(/\s+/).length <= 5 && lowerWords(p) <= 1) && findDates(v).length === 0;
}

export function extractLocation(ctx: Context): Found<string> | null {
  return declaredAndVisible(ctx, [fromJsonLd], [
    fromPortal,
    addressInWorkplaceSentence,
    addressUnderLabel(isLocationLabel),
    addressUnderHeading,
    placeUnderLabel(isLocationLabel),
    // Labels known by their words only after every label as written: "Plaats tewerkstelling", "Job locations".
    addressUnderLabel(hasWorkplaceLabelWord),
    placeUnderLabel(hasWorkplaceLabelWord),
  ], textual);
}
