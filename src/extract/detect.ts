/**
 * Is this a page about one vacancy? Runs on every page of the portals, so it stays tiny: a few
 * selector queries, no vocabulary tables, no text walk beyond one textContent read.
 */

/** Section labels of a vacancy in nl, fr, de and en, as whole headings/labels. */
const SECTION =
  /^(?:functie-?inhoud|functieprofiel|functieomschrijving|jouw functie|jouw profiel|profiel|(?:ons |wij bieden |het )?aanbod|wat bieden wij\??|selectie-?procedure|solliciteren|arbeidsvoorwaarden|vacaturenummer|publicatiedatum|sluitingsdatum|salaris(?:schaal)?|(?:votre )?profil(?: recherché)?|(?:vos )?missions|description de la fonction|nous offrons|notre offre|conditions|procédure de sélection|date limite(?: de candidature)?|rémunération|(?:ihre )?aufgaben|ihr profil|wir bieten|unser angebot|bewerbungsfrist|bewerbungsschluss|besoldung(?: \/ entgelt)?|entgelt|ansprechpartner(?:in)?|stellenbeschreibung|job description|person specification|closing date|responsibilities|duties|qualifications|requirements|benefits|salary|how to apply|about the role|essential criteria)$/i;
/** Deadline phrases: one per vacancy, so many of them means a list of vacancies. */
const DEADLINE = /solliciteer (?:ten laatste|tot en met)|closing date|bewerbungsfrist|date limite/gi;
const URL_HINT = /\/(?:vacatures?|vacancies|vacancy|jobs?|stellen?|stelle|offre-emploi|jobadvert|werken-voor-vlaanderen\/vacatures)\b|[?&](?:id|jcode|jobid|poster)=/i;

export function looksLikeVacancy(doc: Document, url: string): boolean {
  try {
    const ld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? '').join(' ');
    const postings = ld.match(/"JobPosting"/g)?.length ?? 0;
    if (postings > 1) return false;
    // Several headings that each link somewhere are a list of vacancies.
    let linkedHeadings = 0;
    for (const h of Array.from(doc.querySelectorAll('h2, h3, h4'))) if (h.querySelector('a[href]')) linkedHeadings++;
    if (linkedHeadings >= 3) return false;
    if (((doc.body?.textContent ?? '').match(DEADLINE)?.length ?? 0) > 2) return false;
    if (postings === 1) return true;
    const seen = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, dt, th, strong, b, label, p, [class*="term" i], [class*="label" i]'))) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:?]$/, '').toLowerCase();
      if (t.length < 40 && SECTION.test(t)) seen.add(t);
    }
    return seen.size >= 3 || (seen.size >= 2 && URL_HINT.test(url));
  } catch {
    return false;
  }
}
