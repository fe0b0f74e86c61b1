/**
 * The shape of one language's vocabulary. Every entry is plain data so a new language is a new
 * file, never a code change. Strings are matched case-insensitively unless a field says otherwise.
 */
export interface Locale {
  lang: 'nl' | 'fr' | 'de' | 'en';
  /** Month names and abbreviations (without a trailing dot), lower case, to month number 1-12. */
  months: Record<string, number>;
  /** Days of the week, lower case: a list of dates may name each day's ("dinsdag 17 en donderdag 19 maart"). */
  weekdays: string[];
  /** Frequent short words that tell the language apart when <html lang> is missing. */
  stopwords: string[];
  /**
   * Labels of rows that state no fact read here ("Address", "Department" in a US job bulletin's row of
   * pairs): a value that runs into one ends before it.
   */
  otherLabels: string[];
  /**
   * Words that open a contract's prospect, not the contract offered: "CDD de 6 mois en vue d'un CDI",
   * "jaarcontract met uitzicht op een vaste aanstelling", "mit Aussicht auf Entfristung".
   */
  prospectWords: string[];
  /**
   * Word beginnings that make a short label the reference's, however the page words the rest
   * ("Req ID", "Campaign reference", "Offre n°", "Stellen-Nr.").
   */
  referenceLabelStems: string[];
  /** Label lines ("Label", "Label:", "Label: value") per fact. */
  labels: {
    published: string[];
    deadline: string[];
    reference: string[];
    location: string[];
    salary: string[];
    contact: string[];
    organisation: string[];
    contract: string[];
    hours: string[];
    level: string[];
  };
  /**
   * Employer labels that are also a site's menu item or a department ("Bestuur", "Administration"):
   * their value is the employer only when it names a kind of employer ("Gemeente Zonhoven"). Read as the
   * employer's label even when not among `labels.organisation` ("Council" on myjobscotland), which keeps a
   * value's own last word ("West Lothian Council") from being cut off as the next row's label.
   */
  ambiguousOrganisationLabels: string[];
  /** Words in front of a date that make that date the last day one may apply (inclusive). */
  deadlineInclusive: string[];
  /** Words right after a date that make it the last day one may apply: "pour le 27 février au plus tard". */
  deadlineInclusiveAfter: string[];
  /** Words that say a deadline is for a restricted group first ("interne kandidaten", "internal candidates"). */
  internalCandidates: string[];
  /** Words in front of a date that make the date the first day one may no longer apply. */
  deadlineExclusive: string[];
  /** Stems that say a sentence is about applying (a deadline word alone is not enough). */
  applyWords: string[];
  /** Phrases directly in front of a publication date in running text. */
  publishedWords: string[];
  /**
   * Word beginnings that make a short label the publication's, however the page words the rest
   * ("Publiziert", "Advert posted", "Opening Date"); `publishedNotWords` make it another date's.
   */
  publishedLabelStems: string[];
  /** Words that make a label with a publication's word another date's: "Publication end", "Last updated". */
  publishedNotWords: string[];
  /** Stems that say a sentence is about pay (matched inside compounds: "maandsalaris"). */
  salaryStems: string[];
  /** Words that name the pay scale; the scale notation follows them. */
  scaleWords: string[];
  /** Words that name an amount paid on top of the salary (an allowance, a bonus, meal vouchers). */
  allowanceWords: string[];
  grossWords: string[];
  netWords: string[];
  /** Stems of pay-period words, matched inside compounds ("maandsalaris", "Monatsgehalt"). */
  period: { hour: string[]; day: string[]; week: string[]; month: string[]; year: string[] };
  /** Contract vocabulary. `strong` words may be read from any sentence; `weak` ones only from
   * short regime lines and label values, where they cannot mean something else. */
  contract: Record<
    'statutory' | 'contractual' | 'fullTime' | 'partTime' | 'permanent' | 'temporary',
    { strong: string[]; weak: string[] }
  >;
  /** Words after the hours number that make it hours per week. */
  hourUnits: string[];
  perWeek: string[];
  /** "Die wöchentliche Arbeitszeit beträgt 20,05 Stunden": words before the week's hours, a verb between. */
  weeklyHoursLeads: string[];
  /** "until 11:59 PM on the Application Deadline shown above": a time given for the deadline a label dates. */
  onTheDeadline: string[];
  /** Verbs after an employer's name at the start of a sentence: "Provincie Antwerpen zoekt". */
  hiringVerbs: string[];
  /**
   * Words that open a sentence before its verb, so that the employer follows the hiring verb ("Daarom zoekt IVAREM
   * extra versterking", "Deshalb sucht die Stadt Jena …"): never an employer themselves.
   */
  leadingAdverbs: string[];
  /** Leading articles that are not part of the employer's name ("Die Stadt Köln sucht"). */
  droppedArticles: string[];
  /** Stems that ask applicants to quote the reference: "Vermeld de referentie", "quote reference". */
  referenceQuoteWords: string[];
  /**
   * Words that name a kind of public employer ("Gemeente", "Ville", "Landratsamt", "County
   * Council"): a name with one of them is an employer's, in a title, a logo, a footer or prose.
   */
  employerTypes: string[];
  /** Kinds of employer that name none alone ("Le CPAS recrute", "Die Stadt sucht"): a name must follow them. */
  genericEmployerKinds: string[];
  /** What a site's title or logo puts before the employer: "Werken bij", "Careers at". */
  employerPrefixes: string[];
  /** Capitalised words that can start a sentence but never start a person's or employer's name. */
  notNames: string[];
  /** Nouns that make a run of capitalised words a job, not a person: "Leiter Baubewilligungen", "Human Resources Analyst". */
  roleNouns: string[];
  /** Words that start a name ("Herr", "Mevrouw") and stay part of it. */
  honorifics: string[];
  /** Ranks and grades written before a name ("Kapitein", "Bauoberrat"): the person's rank, no part of the name. */
  ranks: string[];
  /** Phrases that introduce the workplace: "Je zal werken in", "Lieu de travail". */
  workplaceWords: string[];
  /**
   * Word beginnings that make a short label the workplace's, however the page words the rest
   * ("Plaats tewerkstelling", "Job locations", "Arbeitsort / Dienststelle").
   */
  workplaceLabelStems: string[];
  /** Words that make a name before an address a building's ("Maison de l'emploi", "Kreishaus", "Administration Complex"). */
  buildingWords: string[];
  /** Stems that say a sentence is about a selection step (test, interview). */
  selectionWords: string[];
  /** Articles and prepositions that open the noun phrase naming a selection step ("voor een", "an"). */
  phraseOpeners: string[];
  /** Words after a step's noun that belong to its name: "épreuve écrite". */
  stepQualifiers: string[];
  /** Words that say a step may not happen, before its name in prose: "een eventueel tweede gesprek" is "Tweede gesprek". */
  stepHedges: string[];
  /** Words that join dates in a list: "3 of 5 februari". */
  listWords: string[];
  /** Words that ask people to get in touch; a contact without a name needs one of them. */
  contactWords: string[];  /** How contact details are written: read by the contact fields (fields/contacts/). */
  contacts: {
    /** Verbs after a role that hand a question to the person named next ("beantwortet", "steht"): the words before them are the role. */
    answerVerbs: string[];
    /** Words for questions in general: a "role" made of one of them names no role ("Für Rückfragen steht Ihnen …"). */
    genericQuestions: string[];
    /** Words for a contact person, which are no role ("Ansprechpartner: Chris Wenzel"). */
    personWords: string[];
    /** Ways to reach someone ("Tel.", "E-Mail"): a phrase that starts with one is no role. */
    channelWords: string[];
    /** Words that open how to reach someone ("unter", "at", "op"): what follows them is no role. */
    reachWords: string[];
    /** The part before the @ of shared mailboxes ("jobs@", "personeel@"): where to apply, not a person's own address. */
    mailboxNames: string[];
    /** Parts of a heading over a block of contact details ("Meer weten", "Ansprechpartner"), matched anywhere in it. */
    headings: string[];
    /** Words of a sentence about technical help with the application site ("technische vragen", "technical difficulties"): its people and numbers are no contacts for the post. */
    technicalHelp: string[];
    /** Whole words that make a line an organisation's name, never a person's ("Stadt", "Ministry"). */
    organisationWords: string[];
    /** How a body's or a building's name ends ("Personalamt", "Stadtbibliothek"): a run of capitalised words with one is no person. */
    bodyEndings: string[];
    /**
     * How the name of a unit a person heads ends, written capitalised right after the role's noun
     * ("directeur Beleidsondersteuning Annelies Deprez", "Leiterin Stadtplanung Anna Krüger"): part of the
     * role, never a given name.
     */
    unitEndings: string[];
    /** Whole words that make a run of capitalised words a body, a service or a place, no person ("Bibliotheek Tielt", "Grove Street"). */
    bodyWords: string[];
  };
  /** Headings of a block of other vacancies or news items beside the one on the page ("Andere vacatures", "Similar jobs", "Autres actualités"). */
  otherVacancies: {
    /** A heading that starts with one of these. */
    starts: string[];
    /** A heading that holds one of these anywhere. */
    contains: string[];
    /** Words for "other", "more", "similar": one of them and, at most two words on, one of `posts` ("Weitere offene Stellen", "More openings"). */
    others: string[];
    /** Plural nouns for posts ("vacancies", "Ausschreibungen", "offres"). */
    posts: string[];
  };
  /** Parts of a block's class or id that make it page chrome, never the vacancy's text (cookie bars, related vacancies, sharing buttons). */
  chromeNames: string[];
  /** Whole words for pay besides the salary stems ("wage", "Entgelt"). */
  salaryWords: string[];
}

/**
 * What detection weighs in a page's text, per language, as data: the phrases that say a text offers
 * one post (an employer hiring, a call to apply) or that it does not (a closed notice, a job alert, an
 * open application, a job fair). The labels only vacancies use, which the content script counts on every
 * page it reads, are apart (locales/vacancy-labels.ts): the content script carries them and none of
 * these, which the background weighs (detect-weigh.ts). Phrases are matched case-insensitively, whole
 * words, white space as any run of spaces; `\d` stands for any number where written.
 */
export interface DetectWords {
  /** An employer offering a post: "is op zoek naar een", "recrute un". */
  hiring: string[];
  /** A call to apply: "solliciteer", "postulez", "bewerben Sie sich". */
  apply: string[];
  /** A notice that the post is no longer open. */
  closed: string[];
  /**
   * Words that open a condition, a few words before a closed notice's phrase: then it is none ("Once this job
   * has closed, the advert will no longer be available", "Zodra de vacature is ingevuld, …").
   */
  conditionals: string[];
  /** Headings or titles of pages that are about applying without offering one post. */
  notOnePost: string[];
  /** The main heading of a list of vacancies, or of a programme's page of many posts ("Apprenticeships", "Stages"). */
  listHeadings: string[];
  /**
   * The word that opens or ends the main heading of a volunteer's role ("Vrijwilliger gemachtigd opzichter (m/v/x)",
   * "Resident Companion Volunteer - Allendale"):
   * no vacancy when the page names no pay ("Volunteer Coordinator" with a salary is a post).
   */
  volunteerHeadings: string[];
  /**
   * How a council decision's subject ends, after a dash or colon ("Vacantverklaring van de functie van deskundige
   * financiën (B1-B3) – Goedkeuring"): the decision to recruit, not the vacancy.
   */
  decisionEndings: string[];
  /** How the main heading of a careers page starts ("Werken bij …", "Working for us"): about working there, not one post. */
  landingHeadings: string[];
}
