import type { DetectWords } from '../types';

/** What detection weighs in a page's text in this language (see ../../detect-weigh.ts); the labels it counts are in ./vacancy-labels.ts. */
export const nlDetect: DetectWords = {
  hiring: ['is op zoek naar', 'zijn op zoek naar', 'gaat op zoek naar', 'zoekt een', 'zoekt twee', 'zoekt drie', 'zoekt \\d', 'zoeken een', 'zoeken iemand', 'zoeken we iemand', 'zoeken wij iemand', 'werft aan', 'werft een', 'zoekt voor', 'vacature:', 'vacature -', 'aanwerving van', 'aanleg van een wervingsreserve'],
  apply: ['kandidaturen met', 'in ons bezit zijn', 'solliciteer', 'solliciteren kan', 'solliciteren doe je', 'solliciteren kun je', 'stuur je cv', 'stuur je sollicitatie', 'stuur je motivatiebrief', 'stuur je kandidatuur', 'je kandidatuur', 'uw kandidatuur', 'kandidaat stellen', 'stel je kandidaat', 'je kunt reageren', 'reageer dan', 'reageer vóór', 'reageer voor', 'reageer uiterlijk', 'je kan reageren', 'reageren kan', 'kandidaturen worden', 'schrijf je in voor deze'],
  closed: [
    'vacature is afgesloten', 'vacature is gesloten', 'vacature is ingevuld', 'vacature is vervuld', 'vacature is niet meer beschikbaar', 'vacature is niet langer beschikbaar',
    'vacature is verlopen', 'kan je niet meer solliciteren', 'kun je niet meer solliciteren', 'kunt u niet meer solliciteren', 'niet meer solliciteren voor deze vacature',
    'solliciteren is niet meer mogelijk', 'reageren is niet meer mogelijk', 'deze functie is ingevuld', 'selectie is afgesloten', 'je kan niet meer solliciteren', 'je kunt niet meer solliciteren', 'u kunt niet meer solliciteren', 'procedure is afgesloten',
  ],
  conditionals: ['zodra', 'wanneer', 'als', 'nadat', 'tot', 'van zodra'],
  notOnePost: [ 'rijkstraineeprogramma', 'rijkstraineeship', 'traineeprogramma\'s', 'opendag', 'jobdag', 'rekruteringsdag', 'wervingsdag', 'studentenjobs', 'jobstudenten', 'zomerjobs', 'traineeship', 'traineeships', 'traineeprogramma', 'infoavond', 'informatieavond', 'informatiebijeenkomst', 'vakantiejobs', '(afgesloten)', '(gesloten)', '(ingevuld)', 'resultaten selectieprocedure', 'resultaten van de selectie', 'uitslag selectie', 'uitslag selectieprocedure', 'uitslag van de selectie', 'uitslag van de selectieprocedure', 'resultaat selectieprocedure', 'lijst van geslaagden', 'geslaagde kandidaten',
    'open sollicitatie', 'spontane sollicitatie', 'spontaan solliciteren', 'spontaan kandidaat', 'jobalert', 'vacaturemelding', 'vacature-alert', 'vacaturealert',
    'vacaturemail', 'jobmail', 'jobbeurs', 'jobdag', 'banenmarkt', 'vacatureoverzicht', 'alle vacatures', 'onze vacatures', 'openstaande vacatures', 'jobavond', 'wervingsavond', 'salarisschalen', 'weddeschalen', 'loonschalen', 'notulen', 'notulen van de gemeenteraad', 'zitting van de gemeenteraad', 'besluitenlijst', 'besluit gemeenteraad', 'besluit van de gemeenteraad', 'gemeenteraadsbesluit'],
  listHeadings: ['vacatures', 'onze vacatures', 'alle vacatures', 'openstaande vacatures', 'jobs', 'zoekresultaten', 'vacatureoverzicht', 'werken bij', 'stages', 'studentenjobs', 'vakantiejobs'],
  volunteerHeadings: ['vrijwilliger', 'vrijwilligers', 'vrijwilligerswerk'],
  decisionEndings: ['goedkeuring', 'vaststelling', 'beslissing', 'kennisname', 'besluit'],
  landingHeadings: ['werken bij', 'werken voor', 'werken in', 'jobs bij', 'solliciteren bij', 'vacatures bij', 'salaris en voordelen', 'verloning en voordelen', 'loon en voordelen', 'onze voordelen', 'zo solliciteer je', 'hoe solliciteren', 'hoe solliciteer je', 'sollicitatietips', 'salarisschalen', 'weddeschalen', 'loonschalen', 'barema\'s', 'zo verloopt de selectie', 'zo verloopt je sollicitatie', 'de selectieprocedure', 'het selectieproces'],
};
