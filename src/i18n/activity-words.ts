import type { ActivityHow, ActivityType } from '../model/activity-vocab';
import type { Status } from '../model/status';

/**
 * The words of job-search activities and of the printed proof, in each of the four languages.
 * A table per language rather than browser messages: a proof for UWV is printed in Dutch and one
 * for the Bundesagentur in German whatever language the browser speaks, so the proof needs the
 * words of a language that is not the user's. The log page's forms use the user's own language's
 * table. Pure data: the log's exports use it in Node too.
 */

export const PROOF_LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
export type ProofLanguage = (typeof PROOF_LANGUAGES)[number];

/** The fields of an activity as a proof may print them (log/presets.ts orders them per service). */
export const PROOF_FIELDS = [
  'date',
  'type',
  'employer',
  'position',
  'address',
  'municipality',
  'contact',
  'phone',
  'how',
  'result',
  'minutes',
] as const;
export type ProofField = (typeof PROOF_FIELDS)[number];

export interface ActivityWords {
  language: ProofLanguage;
  type: Record<ActivityType, string>;
  how: Record<ActivityHow, string>;
  /** A tracked vacancy's status as the result of its application, in words. */
  result: Record<Status, string>;
  /** A field's name: the form's label, and the heading of the general proof. */
  field: Record<ProofField, string>;
  /** Time spent: "1 h 30", "45 min". */
  duration(minutes: number): string;
  /** Where the evidence of a row is: the vacancy's address and the snapshot kept in the log. */
  evidence(url: string, capturedDay: string): string;
  /** The line under a proof's rows saying where its evidence is. */
  evidenceNote: string;
  /** The printed proof's own words: its title, the person's details, the period, the count per period, the signature line, the evidence column. */
  proof: {
    title: string;
    name: string;
    clientNumber: string;
    address: string;
    period: string;
    perPeriod: string;
    target: string;
    signature: string;
    evidence: string;
  };
}

const duration = (hours: string, minutes: string) => (total: number) => {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} ${minutes}`;
  return m === 0 ? `${h} ${hours}` : `${h} ${hours} ${String(m).padStart(2, '0')}`;
};

export const ACTIVITY_WORDS: Record<ProofLanguage, ActivityWords> = {
  nl: {
    language: 'nl',
    type: {
      application: 'Sollicitatie op vacature',
      'open-application': 'Open sollicitatie',
      'job-fair': 'Banenbeurs',
      'network-contact': 'Netwerkcontact',
      interview: 'Sollicitatiegesprek',
      test: 'Test of examen',
      'agency-registration': 'Inschrijving bij uitzend- of selectiebureau',
      training: 'Opleiding of training',
      other: 'Andere activiteit',
    },
    how: {
      portal: 'Online (portaal of formulier)',
      email: 'Per e-mail',
      letter: 'Per brief',
      phone: 'Telefonisch',
      'in-person': 'Persoonlijk',
      video: 'Videogesprek',
      other: 'Anders',
    },
    result: {
      interested: 'Nog niet gesolliciteerd',
      applied: 'Wacht op antwoord',
      screening: 'In screening',
      test: 'Uitgenodigd voor een test',
      interview: 'Uitgenodigd voor een gesprek',
      offer: 'Aanbod gekregen',
      hired: 'Aangenomen',
      rejected: 'Afgewezen',
      withdrawn: 'Zelf teruggetrokken',
      expired: 'Vacature verlopen',
    },
    field: {
      date: 'Datum',
      type: 'Activiteit',
      employer: 'Werkgever of organisator',
      position: 'Functie',
      address: 'Adres, e-mail of website',
      municipality: 'Gemeente',
      contact: 'Contactpersoon',
      phone: 'Telefoon',
      how: 'Hoe',
      result: 'Resultaat',
      minutes: 'Bestede tijd',
    },
    duration: duration('u', 'min'),
    evidence: (url, day) => `Vacature: ${url} (kopie van de tekst bewaard op ${day})`,
    evidenceNote: 'Bewijs: bij elke sollicitatie op een vacature staan het adres van de vacature en een kopie van haar tekst, bewaard in mijn sollicitatielogboek (Vacalens).',
    proof: {
      title: 'Overzicht van sollicitatieactiviteiten',
      name: 'Naam',
      clientNumber: 'Klantnummer',
      address: 'Adres',
      period: 'Periode',
      perPeriod: 'Per periode',
      target: 'Norm',
      signature: 'Datum en handtekening',
      evidence: 'Bewijs',
    },
  },
  fr: {
    language: 'fr',
    type: {
      application: 'Candidature à une offre',
      'open-application': 'Candidature spontanée',
      'job-fair': 'Salon de l’emploi',
      'network-contact': 'Contact réseau',
      interview: 'Entretien d’embauche',
      test: 'Test ou examen',
      'agency-registration': 'Inscription dans une agence d’intérim ou de sélection',
      training: 'Formation',
      other: 'Autre démarche',
    },
    how: {
      portal: 'En ligne (portail ou formulaire)',
      email: 'Par e-mail',
      letter: 'Par courrier',
      phone: 'Par téléphone',
      'in-person': 'En personne',
      video: 'Par vidéo',
      other: 'Autre',
    },
    result: {
      interested: 'Pas encore de candidature',
      applied: 'En attente de réponse',
      screening: 'En présélection',
      test: 'Invité à une épreuve',
      interview: 'Invité à un entretien',
      offer: 'Offre reçue',
      hired: 'Engagé',
      rejected: 'Refusé',
      withdrawn: 'Candidature retirée',
      expired: 'Offre expirée',
    },
    field: {
      date: 'Date',
      type: 'Démarche',
      employer: 'Employeur ou organisateur',
      position: 'Poste',
      address: 'Adresse, e-mail ou site web',
      municipality: 'Commune',
      contact: 'Personne de contact',
      phone: 'Téléphone',
      how: 'Moyen',
      result: 'Résultat',
      minutes: 'Temps consacré',
    },
    duration: duration('h', 'min'),
    evidence: (url, day) => `Offre : ${url} (copie du texte conservée le ${day})`,
    evidenceNote: 'Preuves : pour chaque candidature à une offre, l’adresse de l’offre et une copie de son texte sont conservées dans mon journal de candidatures (Vacalens).',
    proof: {
      title: 'Relevé des démarches de recherche d’emploi',
      name: 'Nom',
      clientNumber: 'Numéro de dossier',
      address: 'Adresse',
      period: 'Période',
      perPeriod: 'Par période',
      target: 'Objectif',
      signature: 'Date et signature',
      evidence: 'Preuve',
    },
  },
  de: {
    language: 'de',
    type: {
      application: 'Bewerbung auf Stellenangebot',
      'open-application': 'Initiativbewerbung',
      'job-fair': 'Jobmesse',
      'network-contact': 'Kontakt im Netzwerk',
      interview: 'Vorstellungsgespräch',
      test: 'Test oder Prüfung',
      'agency-registration': 'Anmeldung bei einer Personalvermittlung',
      training: 'Weiterbildung',
      other: 'Sonstige Bemühung',
    },
    how: {
      portal: 'Online (Portal oder Formular)',
      email: 'Per E-Mail',
      letter: 'Per Post',
      phone: 'Telefonisch',
      'in-person': 'Persönlich',
      video: 'Per Video',
      other: 'Anders',
    },
    result: {
      interested: 'Noch nicht beworben',
      applied: 'Antwort ausstehend',
      screening: 'In der Vorauswahl',
      test: 'Zum Test eingeladen',
      interview: 'Zum Vorstellungsgespräch eingeladen',
      offer: 'Angebot erhalten',
      hired: 'Eingestellt',
      rejected: 'Absage',
      withdrawn: 'Bewerbung zurückgezogen',
      expired: 'Stellenangebot abgelaufen',
    },
    field: {
      date: 'Datum',
      type: 'Art der Bemühung',
      employer: 'Arbeitgeber oder Veranstalter',
      position: 'Stelle',
      address: 'Anschrift, E-Mail oder Website',
      municipality: 'Ort',
      contact: 'Ansprechpartner',
      phone: 'Telefon',
      how: 'Art der Bewerbung',
      result: 'Stand',
      minutes: 'Zeitaufwand',
    },
    duration: duration('Std.', 'Min.'),
    evidence: (url, day) => `Stellenangebot: ${url} (Kopie des Textes gespeichert am ${day})`,
    evidenceNote: 'Nachweise: Zu jeder Bewerbung auf ein Stellenangebot sind dessen Adresse und eine Kopie seines Textes in meinem Bewerbungsprotokoll (Vacalens) gespeichert.',
    proof: {
      title: 'Nachweis der Eigenbemühungen',
      name: 'Name',
      clientNumber: 'Kundennummer',
      address: 'Anschrift',
      period: 'Zeitraum',
      perPeriod: 'Je Zeitraum',
      target: 'Vorgabe',
      signature: 'Datum und Unterschrift',
      evidence: 'Nachweis',
    },
  },
  en: {
    language: 'en',
    type: {
      application: 'Application for a vacancy',
      'open-application': 'Speculative application',
      'job-fair': 'Job fair',
      'network-contact': 'Networking contact',
      interview: 'Job interview',
      test: 'Test or exam',
      'agency-registration': 'Registration with an employment agency',
      training: 'Training or workshop',
      other: 'Other activity',
    },
    how: {
      portal: 'Online (portal or form)',
      email: 'By email',
      letter: 'By letter',
      phone: 'By phone',
      'in-person': 'In person',
      video: 'By video call',
      other: 'Other',
    },
    result: {
      interested: 'Not applied yet',
      applied: 'Awaiting reply',
      screening: 'Being screened',
      test: 'Invited to a test',
      interview: 'Invited to an interview',
      offer: 'Offer received',
      hired: 'Hired',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
      expired: 'Vacancy closed',
    },
    field: {
      date: 'Date',
      type: 'Activity',
      employer: 'Employer or organiser',
      position: 'Position',
      address: 'Address, email or website',
      municipality: 'Town',
      contact: 'Person contacted',
      phone: 'Telephone',
      how: 'Method',
      result: 'Result',
      minutes: 'Time spent',
    },
    duration: duration('h', 'min'),
    evidence: (url, day) => `Vacancy: ${url} (copy of its text kept on ${day})`,
    evidenceNote: 'Evidence: for each application to a vacancy, its address and a copy of its text are kept in my application log (Vacalens).',
    proof: {
      title: 'Record of job search activities',
      name: 'Name',
      clientNumber: 'Reference number',
      address: 'Address',
      period: 'Period',
      perPeriod: 'Per period',
      target: 'Target',
      signature: 'Date and signature',
      evidence: 'Evidence',
    },
  },
};

/** The table of a browser language ("nl-BE", "de"), English for any other. */
export function activityWordsFor(locale: string): ActivityWords {
  const lang = locale.slice(0, 2).toLowerCase();
  return ACTIVITY_WORDS[(PROOF_LANGUAGES as readonly string[]).includes(lang) ? (lang as ProofLanguage) : 'en'];
}
