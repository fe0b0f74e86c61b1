/**
 * Detection's second half: what a page's text says, weighed with every language's phrases
 * (locales/<lang>/detect.ts), for a page whose structure left the question open
 * (detect-read.ts). An employer hiring, a call to apply, a date to apply by, pay, contract terms and
 * a post's title say vacancy; a notice that the post has closed, a job alert, an open application, a
 * job fair or a list's heading says it is not one, whatever else the page holds. Runs in the
 * background for the content script (src/platform/weigh-page.ts), which so carries none of these
 * words, and in the extractor in one go with the reading (detect.ts).
 */
import { GENDER_MARKER, ONE_POST_TITLE, type PageReading } from './detect-read';
import type { DetectWords } from './locales/detect';
import { DETECT_WORDS } from './locales/detect';

/** Letters as a plain class (Latin, with accents). */
const L = 'a-zA-Z\\u00c0-\\u024f';
const phrase = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\\d/g, '\\d+').replace(/\s+/g, '\\s+');
/** A kind of phrase in every language, as one alternation (each phrase once). */
const alternation = (pick: (w: DetectWords) => string[]) => [...new Set(DETECT_WORDS.flatMap(pick))].map(phrase).join('|');
/** One case-insensitive pattern for a kind of phrase in every language, whole words only. */
const anyOf = (pick: (w: DetectWords) => string[], flags = 'i') => new RegExp(`(?<![${L}0-9])(?:${alternation(pick)})(?![${L}])`, flags);

let compiled:
  | {
      listHeadings: ReadonlySet<string>;
      landing: RegExp;
      volunteer: RegExp;
      decision: RegExp;
      hiring: RegExp;
      apply: RegExp;
      closed: RegExp;
      conditional: RegExp;
      notOnePost: RegExp;
    }
  | undefined;
/** The phrases, compiled at the first page weighed. */
function words() {
  compiled ??= {
    listHeadings: new Set(DETECT_WORDS.flatMap((w) => w.listHeadings)),
    landing: new RegExp(`^(?:${alternation((w) => w.landingHeadings)})(?![${L}])`, 'i'),
    // "… (B1-B3) – vaststelling aanwervingsvoorwaarden en selectieprocedure": what is decided may follow in a few words.
    // "…, voltijds, en vaststelling van de selectieprocedure", "… in contractueel verband en vaststelling van …": or after "and".
    // "… en vaststelling van de selectieprocedure. Goedkeuring.": the act's own word may close the heading.
    decision: new RegExp(`(?:[-–—:]|,?\\s(?:en|et|und|and))\\s*(?:${alternation((w) => w.decisionEndings)})(?:\\s+[a-zà-ÿ'’-]+){0,6}(?:\\.\\s*(?:goedkeuring|besluit|beslissing|approbation|décision|genehmigung|beschluss|approval|decision))?\\.?\\s*$`, 'i'),
    // The volunteer's word opens the heading or ends its first part: "Volunteer Driver", "Resident Companion Volunteer - Allendale".
    volunteer: new RegExp(`^(?:${alternation((w) => w.volunteerHeadings)})(?![${L}])|(?<![${L}])(?:${alternation((w) => w.volunteerHeadings)})(?:\\s+[-–|].*)?$`, 'i'),
    hiring: anyOf((w) => w.hiring),
    apply: anyOf((w) => w.apply),
    closed: anyOf((w) => w.closed, 'gi'),
    // A condition's opening word, then at most four words, right before the phrase.
    conditional: new RegExp(`(?<![${L}])(?:${alternation((w) => w.conditionals)})(?:\\s+[^\\s]+){0,4}\\s*$`, 'i'),
    notOnePost: anyOf((w) => w.notOnePost),
  };
  return compiled;
}

/** An amount of money to another: "€ 3.059,65 – € 4.129,64", "$75,000 to $85,000", "CHF 78'470.– à CHF 107'620.–". */
const MONEY_RANGE = /(?:[€£$]|\b(?:eur|chf|cad|aud|usd|gbp))\s?\d[\d.,'’ ]*(?:\.[-–]|,-)?\s*(?:-|–|to|à|bis|tot)\s*(?:[€£$]|\b(?:eur|chf|cad|aud|usd|gbp))?\s?\d/i;
/** Pay: a salary word with an amount or a scale in the same stretch of text ("Vergütung … Entgeltgruppe 8", "Je verdient maximaal € 4.873"). */
const PAY = /(?:salaris|loon|wedde|verloning|barema|verdien|rémunération|salaire|traitement|entgelt|besoldung|gehalt|vergütung|lohn|salary|pay\b|wage|\bearn)[^\n]{0,120}?(?:[€£$]\s?\d|\b(?:eur|chf|gbp|usd|cad|aud)\s?\d|\d[\d.,' ]*\s?(?:€|eur|euro|chf|£|\$)|\b(?:schaal|grade|band|klasse|stufe|gruppe|[A-E]\d|E\s?\d{1,2}|A\s?\d{1,2}|GS)|(?:entgelt|besoldungs|lohn|gehalts)(?:gruppe|klasse|stufe)\s?\d)/i;
const CONTRACT = /\b(?:voltijdse?|deeltijdse?|statutaire?|contractue(?:el|le?|lle)|(?:on)?bepaalde duur|temps plein|plein temps|temps partiel|tâche complète|durée (?:in)?déterminée|cd[di]|titulaire|vollzeit|teilzeit|(?:un)?befristet|full[- ]?time|part[- ]?time|permanent|fixed[- ]term|indeterminate|fonctionnaire|poste fixe|beamtenverhältnis|dienstverhältnis|unbestimmte zeit|festanstellung|arbeidsovereenkomst|dienstverband|vaste? (?:contract|aanstelling)|tijdelijk contract|jaarcontract|temporary agent|contract agent)\b/i;
/** A date: "1 februari 2026", "15.01.2026", "12/03/2026", "2026-03-12". */
const DATE = /\b\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\.?\s+[a-zA-Z\u00c0-\u024f]{3,10}\.?\s+\d{4})\b|\b\d{4}-\d{2}-\d{2}\b|\b[a-zA-Z\u00c0-\u024f]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/;
/** A main heading that ends in the plural word for posts names a list of them: "International Vacancies", "Offene Stellenangebote". */
const LIST_HEADING_END = /(?:^|\s)(?:vacancies|vacatures|stellenangebote|offres d['’]emploi)$/i;
/** Deadline phrases: one per vacancy (and a few in its "related vacancies"), so many mean a list. */
const DEADLINE = /solliciteer (?:ten laatste|tot en met)|closing date|bewerbungsfrist|date limite/gi;

/**
 * A notice that the post is closed, not a closed phrase said as a condition ("Once this job has closed, the job
 * advert will no longer be available": the Civil Service Jobs advert of an open post).
 */
function saysClosed(text: string, w: ReturnType<typeof words>): boolean {
  for (const m of text.matchAll(w.closed)) {
    const clause = text.slice(Math.max(0, m.index - 80), m.index).split(/[.!?;:\n]/).pop()!;
    if (!w.conditional.test(clause)) return true;
  }
  return false;
}

/**
 * Is the page read (detect-read.ts) about one vacancy? Labels and declared data decide the clear
 * cases, once nothing says the page is a list, a landing page or closed; the rest is weighed by what
 * the text says.
 */
export function weighReading({ titles, text, labels: once, postings, urlHint, titleMarker, article }: PageReading): boolean {
  const labelled = postings === 1 || once >= 3 || (once >= 2 && urlHint);
  const w = words();
  const heading = (titles[0] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  // Of the document title (titles[1]) only its first part: "Executive Engineer - Current Vacancies - Wicklow
  // County Council" names its site's section after the post.
  if (w.listHeadings.has(heading) || LIST_HEADING_END.test(heading) || w.landing.test(heading) || w.decision.test(heading) || titles.some((t, i) => w.notOnePost.test(i === 1 ? t.split(/\s[-–|]\s/)[0]! : t))) return false;
  if (saysClosed(text, w)) return false;
  // "Vrijwilliger gemachtigd opzichter (m/v/x)": a volunteer's role, unless the page names pay ("Volunteer Coordinator").
  if (w.volunteer.test(heading) && !PAY.test(text) && !MONEY_RANGE.test(text)) return false;
  const deadlines = text.match(DEADLINE)?.length ?? 0;
  // A heading that names one post over three labels outweighs the deadlines an "Other vacancies" table adds, as do
  // eight labels each stated once (a list repeats its labels).
  if (deadlines > 5 && !(titleMarker && once >= 3) && once < 8) return false;
  // A page with three labels or a declared posting that is no article is decided without weighing its prose.
  if (!article && (postings === 1 || once >= 3)) return true;
  const hiring = w.hiring.test(text) || titles.some((t) => w.hiring.test(t));
  // An article about applying names labels, scales and deadlines too; one that offers a post says so.
  if (article && !hiring && !titleMarker) return false;
  const applyCall = w.apply.test(text);
  // Two labels on a job-shaped address make a vacancy when the page also offers something: a post in
  // its title, an employer hiring, a call to apply or a date to apply by.
  if (postings === 1 || once >= 3 || (labelled && (titleMarker || hiring || applyCall || deadlines > 0))) return true;
  // Prose alone about hiring, applying, pay and contracts is as much a guide's ("Comment candidater ?") as a
  // vacancy's: one also shows a post, by a label, a job's address, a post in its title or in its text
  // ("Die Stadt Moers sucht … eine Sachbearbeitung (m/w/d)", "… is recruiting a Planning Officer").
  if (once === 0 && !urlHint && !titleMarker && !ONE_POST_TITLE.test(text) && !GENDER_MARKER.test(text)) return false;
  const score =
    Math.min(once, 3) +
    (urlHint ? 1 : 0) +
    (titleMarker ? 2 : 0) +
    (hiring ? 2 : 0) +
    (applyCall ? 2 : 0) +
    (applyCall && DATE.test(text) ? 1 : 0) +
    (PAY.test(text) || MONEY_RANGE.test(text) ? 1 : 0) +
    (CONTRACT.test(text) ? 1 : 0) -
    // A vacancy posted as a news item names its post in the title ("Avis de vacance de poste – …"); news
    // of a hiring drive ("120 postes à pourvoir") speaks of pay and contracts too.
    (article && !titleMarker ? 3 : 0);
  return score >= 6;
}
