import type { ProofField, ProofLanguage } from '../i18n/activity-words';
import { ACTIVITY_TYPES, PRESET_IDS, type ActivityType, type PresetId } from '../model/activity-vocab';
import type { Rhythm } from './periods';

/**
 * What each employment service asks a job seeker to show, as data: the columns of its proof and
 * their headings in its language, which activities it counts, how often (its rhythm) and which
 * fields it needs filled. Each entry cites where its rule was read; docs/job-search-presets.md
 * has the full notes (what the proof fills and what it leaves to the person).
 *
 * A rhythm with a null target is "as agreed": the service sets the number per person (VDAB's
 * afsprakenblad, the Forem's and Actiris's action plan, the Bundesagentur's Eingliederungs-
 * vereinbarung or the Jobcenter's Kooperationsplan), and the person types theirs in.
 */

export { PRESET_IDS, type PresetId };

export interface Source {
  url: string;
  /** The day the rule was read there, YYYY-MM-DD. */
  read: string;
}

export interface Preset {
  id: PresetId;
  /** The service's language: its headings and the printed words; null (general) prints in the user's. */
  language: ProofLanguage | null;
  /** The proof's columns, in order. */
  columns: readonly ProofField[];
  /** Each column's heading in the service's language; absent for the general preset (the user's words). */
  headings: Partial<Record<ProofField, string>>;
  /** The activity types the service counts towards its rhythm. */
  counts: readonly ActivityType[];
  rhythm: Rhythm;
  /**
   * The fields each counted entry must have before printing; a missing one is a gap. `position`
   * is asked only of entries about a position (an application, an interview, a test): a job fair
   * or an agency registration has none.
   */
  required: readonly ProofField[];
  /** Whether the proof prints the person's client number and address (asked by the services that have one). */
  asksClientNumber: boolean;
  sources: readonly Source[];
}

/** The types whose entries concern one position (so `position` is asked of them). */
export const POSITION_TYPES: ReadonlySet<ActivityType> = new Set(['application', 'interview', 'test']);

const READ = '2026-12-06';
const ALL_BUT_OTHER = ACTIVITY_TYPES.filter((t) => t !== 'other');

export const PRESETS: Record<PresetId, Preset> = {
  // UWV (WW benefit, the Netherlands): at least 4 application activities per 4 weeks, counted
  // from the first day of the benefit, recorded in the Werkmap with date, employer, position, how
  // and result; "concrete and verifiable", evidence kept two years. UWV's own list of what counts
  // leaves out job fairs and workshops, and counts an assessment or test for a position, a new
  // registration with an agency, and an interview.
  uwv: {
    id: 'uwv',
    language: 'nl',
    columns: ['date', 'type', 'employer', 'position', 'how', 'contact', 'result'],
    headings: {
      date: 'Datum',
      type: 'Soort activiteit',
      employer: 'Naam werkgever',
      position: 'Functie',
      how: 'Wijze van solliciteren',
      contact: 'Contactpersoon',
      result: 'Resultaat',
    },
    counts: ['application', 'open-application', 'network-contact', 'interview', 'test', 'agency-registration'],
    rhythm: { measure: 'count', target: 4, period: { unit: 'weeks', weeks: 4, anchor: 'start' } },
    required: ['date', 'employer', 'position', 'how', 'result'],
    asksClientNumber: false,
    sources: [
      { url: 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/regels-ww-uitkering/', read: READ },
      { url: 'https://www.participatiefonds.nl/werkzoekenden/Spelregels+uitkering/Sollicitatieplicht', read: READ },
      {
        url: 'https://vinna.nl/component/content/article/13-artikelen/2017/20-uwv-geeft-duidelijkheid-over-inhoud-sollicitatieactiviteit?Itemid=101',
        read: READ,
      },
    ],
  },
  // VDAB (Flanders): no fixed number; the afsprakenblad says what is expected. The person keeps
  // an overview of every action: company, vacancy, contact person, when, and the result.
  vdab: {
    id: 'vdab',
    language: 'nl',
    columns: ['date', 'type', 'employer', 'position', 'contact', 'how', 'result'],
    headings: {
      date: 'Datum',
      type: 'Actie',
      employer: 'Bedrijf of organisator',
      position: 'Vacature',
      contact: 'Contactpersoon',
      how: 'Hoe',
      result: 'Resultaat',
    },
    counts: ALL_BUT_OTHER,
    rhythm: { measure: 'count', target: null, period: { unit: 'month' } },
    required: ['date', 'employer', 'position', 'contact', 'result'],
    asksClientNumber: false,
    sources: [
      { url: 'https://werkgevers.vdab.be/rechtenenplichten/jongeren', read: READ },
      {
        url: 'https://www.hetacv.be/acv-west-vlaanderen/activiteiten/activiteitdetails/2020/03/06/default-calendar/(binnenkort)-werkzoekend-hoe-word-ik-opgevolgd-door-vdab---oostende',
        read: READ,
      },
    ],
  },
  // Le Forem (Wallonia) and Actiris (Brussels): the adviser evaluates the personal action plan and
  // the person's own, regular and varied job-search steps; keep the proof of each.
  'forem-actiris': {
    id: 'forem-actiris',
    language: 'fr',
    columns: ['date', 'type', 'employer', 'position', 'contact', 'how', 'result'],
    headings: {
      date: 'Date',
      type: 'Démarche',
      employer: 'Employeur ou organisateur',
      position: 'Offre / poste',
      contact: 'Personne de contact',
      how: 'Moyen',
      result: 'Résultat',
    },
    counts: ALL_BUT_OTHER,
    rhythm: { measure: 'count', target: null, period: { unit: 'month' } },
    required: ['date', 'employer', 'position', 'contact', 'result'],
    asksClientNumber: false,
    sources: [
      { url: 'https://www.leforem.be/citoyens/controle-recherche-emploi-beneficiaire-allocations-etapes.html', read: READ },
      { url: 'https://actiris.brussels/fr/citoyens/controle-de-disponibilite', read: READ },
      { url: 'http://www.onem.be/fr/nouveau/regionalisation-de-lactivation-du-comportement-de-recherche-demploi', read: READ },
    ],
  },
  // Bundesagentur für Arbeit (Arbeitslosengeld) and Jobcenter (Bürgergeld): the number of
  // Eigenbemühungen is set per person (Eingliederungsvereinbarung, § 37 SGB III; Kooperationsplan),
  // often per month; each entry with date, employer, position, how and status, and the place,
  // address and contact person where known (those are not gaps).
  'ba-jobcenter': {
    id: 'ba-jobcenter',
    language: 'de',
    columns: ['date', 'type', 'employer', 'position', 'municipality', 'address', 'contact', 'how', 'result'],
    headings: {
      date: 'Datum',
      type: 'Art der Bemühung',
      employer: 'Arbeitgeber',
      position: 'Stelle',
      municipality: 'Ort',
      address: 'Anschrift',
      contact: 'Ansprechpartner',
      how: 'Art der Bewerbung',
      result: 'Stand',
    },
    counts: ['application', 'open-application', 'job-fair', 'network-contact', 'interview', 'test', 'agency-registration'],
    rhythm: { measure: 'count', target: null, period: { unit: 'month' } },
    required: ['date', 'employer', 'position', 'how', 'result'],
    asksClientNumber: true,
    sources: [
      {
        url: 'https://haufe.de/recht/deutsches-anwalt-office-premium/31-arbeitslosengeld-i-b-eigenbemuehungen_idesk_PI17574_HI16208121.html',
        read: READ,
      },
      { url: 'https://iab-forum.de/?p=43771', read: READ },
      { url: 'https://bewerbungsflow.de/blog/nachweis-von-eigenbemuehungen', read: READ },
    ],
  },
  // Universal Credit (UK): the claimant commitment sets hours of work search a week, 35 for most
  // people in the all-work-related-requirements group, fewer with caring duties or health
  // conditions; everything done to look or prepare for work counts, with the time it took.
  'universal-credit': {
    id: 'universal-credit',
    language: 'en',
    columns: ['date', 'type', 'employer', 'position', 'how', 'minutes', 'result'],
    headings: {
      date: 'Date',
      type: 'Activity',
      employer: 'Employer or organiser',
      position: 'Job',
      how: 'How',
      minutes: 'Time spent',
      result: 'Outcome',
    },
    counts: ACTIVITY_TYPES,
    rhythm: { measure: 'minutes', target: 35 * 60, period: { unit: 'weeks', weeks: 1, anchor: 'start' } },
    required: ['date', 'type', 'minutes'],
    asksClientNumber: false,
    sources: [
      { url: 'https://www.disabilityrightsuk.org/universal-credit-claimant-commitment', read: READ },
      { url: 'https://ucpages.co.uk/universal-credit-home-page/claimant-committment-menu/what-do-i-have-to-do/', read: READ },
      { url: 'https://eastcambs.gov.uk/content/claimant-commitment', read: READ },
    ],
  },
  // New York State (unemployment insurance): at least three work search activities each claim week
  // (Monday to Sunday), on different days, kept in a Work Search Record (form WS5 or JobZone):
  // date, employer, address (mail, e-mail or web), telephone, person or title contacted, method,
  // and the position applied for or the other activity.
  'us-ny': {
    id: 'us-ny',
    language: 'en',
    columns: ['date', 'employer', 'address', 'phone', 'contact', 'how', 'position', 'type', 'result'],
    headings: {
      date: 'Date',
      employer: 'Employer name',
      address: 'Address (mail, e-mail or web)',
      phone: 'Telephone',
      contact: 'Person or title contacted',
      how: 'Contact method',
      position: 'Position applied for',
      type: 'Work search activity',
      result: 'Result',
    },
    counts: ACTIVITY_TYPES,
    rhythm: { measure: 'days', target: 3, period: { unit: 'weeks', weeks: 1, anchor: 'monday' } },
    required: ['date', 'employer', 'address', 'phone', 'contact', 'how', 'position'],
    asksClientNumber: false,
    sources: [
      { url: 'https://dol.ny.gov/work-search-frequently-asked-questions', read: READ },
      { url: 'https://fill.io/Use-Sunday-date', read: READ },
      {
        url: 'https://docslib.org/doc/1963307/work-search-requirements-for-collecting-unemployment-insurance-benefits',
        read: READ,
      },
    ],
  },
  // For anyone else: every activity, every field, in the user's own language; a target only when
  // the person sets one.
  general: {
    id: 'general',
    language: null,
    columns: ['date', 'type', 'employer', 'position', 'municipality', 'contact', 'how', 'result', 'minutes'],
    headings: {},
    counts: ACTIVITY_TYPES,
    rhythm: { measure: 'count', target: null, period: { unit: 'month' } },
    required: ['date', 'type', 'employer'],
    asksClientNumber: false,
    sources: [],
  },
};

/** The preset's rhythm with the person's own target (their action plan's number), when they set one. */
export function rhythmOf(preset: Preset, target?: number | null): Rhythm {
  return target === undefined || target === null ? preset.rhythm : { ...preset.rhythm, target };
}

/** Whether the preset counts an activity of this type. */
export function countsType(preset: Preset, type: ActivityType): boolean {
  return preset.counts.includes(type);
}

/** The fields an entry of this type must have under the preset. */
export function requiredFields(preset: Preset, type: ActivityType): ProofField[] {
  return preset.required.filter((field) => field !== 'position' || POSITION_TYPES.has(type));
}
