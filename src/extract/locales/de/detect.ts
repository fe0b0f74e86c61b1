import type { DetectWords } from '../types';

/** What detection reads in this language (see ../detect.ts). */
export const deDetect: DetectWords = {
  labels: [
    'aufgaben', 'ihre aufgaben', 'aufgabenschwerpunkte', 'ihr profil', 'bewerbungsprofil', 'wir bieten', 'was wir bieten', 'unser angebot', 'bewerbungsfrist',
    'bewerbungsschluss', 'besoldung', 'besoldung / entgelt', 'entgelt', 'entgeltgruppe', 'ansprechpartner', 'ansprechpartnerin', 'stellenbeschreibung',
    'dienstverhältnis', 'wochenarbeitszeit', 'teilzeit / vollzeit', 'befristung', 'beschäftigungsart', 'kennung für bewerbungen', 'stellenbezeichnung',
    'einstellungstermin', 'besetzung zum', 'anforderungen', 'anforderungsprofil', 'ihre qualifikationen', 'das bringen sie mit', 'was sie mitbringen',
    'was sie erwartet', 'wir erwarten', 'arbeitsort', 'dienstort', 'einsatzort', 'stellenantritt', 'pensum', 'arbeitspensum',
    'entlohnung', 'entlohnungsschema', 'gehalt', 'vergütung', 'kennziffer', 'referenznummer',
  ],
  hiring: ['sucht zum', 'sucht ab', 'sucht für', 'sucht eine', 'sucht einen', 'sucht ein', 'sucht zur', 'sucht befristet', 'sucht unbefristet', 'sucht in', 'sucht per', 'suchen per', 'sucht nach vereinbarung', 'suchen wir', 'suchen zum', 'suchen ab', 'suchen eine', 'suchen einen', 'ist zum', 'zu besetzen', 'stellenausschreibung', 'stellenangebot:', 'ausschreibung:', 'stelle als', 'stelle einer', 'stelle eines'],
  apply: ['sind zu richten', 'bewerben sie sich', 'ihre bewerbung', 'bewerbungen richten', 'bewerbungen senden', 'bewirb dich', 'deine bewerbung', 'bewerbung richten', 'bewerbungsunterlagen', 'online-bewerbung', 'jetzt bewerben', 'schriftliche bewerbung', 'richten sie bitte', 'senden sie ihre', 'senden sie uns ihre', 'schicken sie ihre', 'schicken sie uns ihre'],
  closed: [
    'stelle ist bereits besetzt', 'stelle ist besetzt', 'stelle wurde besetzt', 'stellenangebot ist abgelaufen', 'ausschreibung ist abgelaufen', 'ausschreibung ist beendet',
    'bewerbungsfrist ist abgelaufen', 'bewerbungsfrist ist bereits abgelaufen', 'nicht mehr verfügbar', 'keine bewerbungen mehr', 'stellenausschreibung ist beendet', 'können nicht mehr angenommen werden', 'können nicht mehr entgegengenommen werden', 'werden nicht mehr entgegengenommen', 'bewerbungen werden nicht mehr angenommen', 'auswahlverfahren ist abgeschlossen', 'ausschreibung ist geschlossen',
  ],
  notOnePost: ['einstellungsjahrgang', 'ferienjobs', '(ausschreibung beendet)', 'infoabend', 'informationsabend', 'info-abend', 'studentenjobs', '(abgelaufen)', '(besetzt)', '(beendet)', 'ergebnisse des auswahlverfahrens', 'ergebnis des auswahlverfahrens','initiativbewerbung', 'blindbewerbung', 'stellenalarm', 'jobalarm', 'job-alarm', 'jobabo', 'job-abo', 'suchauftrag', 'jobmesse', 'karrieremesse', 'berufsmesse', 'alle stellenangebote', 'unsere stellenangebote'],
  listHeadings: ['stellenangebote', 'unsere stellenangebote', 'alle stellenangebote', 'offene stellen', 'stellenausschreibungen', 'trefferliste', 'suchergebnisse', 'jobs'],
  landingHeadings: ['hinweise zum bewerbungsverfahren', 'hinweise zur bewerbung', 'informationen zum bewerbungsverfahren', 'informationen zur bewerbung', 'bewerbungsverfahren', 'ihre bewerbung', 'bezahlung', 'eingruppierung', 'besoldung und', 'gehalt und', 'ausbildung und duales studium', 'ausbildung und studium', 'arbeiten bei', 'arbeiten für', 'karriere bei', 'jobs bei', 'stellenangebote der', 'stellenangebote des', 'ausbildung bei', 'arbeitgeber', 'vergütung und benefits', 'so bewerben sie sich', 'bewerbungstipps', 'tipps für ihre bewerbung', 'entgelttabelle', 'entgelttabellen', 'besoldungstabelle', 'besoldungstabellen', 'gehaltstabelle', 'gehaltstabellen', 'so läuft ihre bewerbung', 'so läuft das bewerbungsverfahren', 'ablauf des bewerbungsverfahrens', 'ablauf des auswahlverfahrens', 'das bewerbungsverfahren', 'das auswahlverfahren'],
};
