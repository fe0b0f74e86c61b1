/**
 * The labels only vacancies use in this language (a whole heading, term or bold run), lower case: what the
 * content script counts on every page it reads (see ../../detect-read.ts); the phrases it does not need
 * are in ./detect.ts.
 */
export const frVacancyLabels: readonly string[] = [
  'profil', 'votre profil', 'profil recherché', 'missions', 'vos missions', 'description de la fonction', 'description du poste', 'nous offrons', 'notre offre',
  'procédure de sélection', 'date limite', 'date limite de candidature', 'rémunération', 'code de sélection', 'type de contrat', 'niveau de fonction',
  'lieu de travail', 'temps de travail', 'catégorie', 'vos tâches', 'conditions de participation', 'conditions d’admission', 'conditions d\'admission',
  'missions principales', 'activités principales', 'comment postuler', 'pour postuler',
  'descriptif du poste', 'votre mission', 'vos activités', 'délai de postulation', 'entrée en fonction', 'taux d\'activité', 'descriptif de l\'emploi', 'cadre d\'emplois', 'grade',
];

/**
 * A heading over other posts than the page's own ("More Job Openings"): a word for "other", then, at most two words on,
 * posts; or over the site's news and stories ("Nieuws", "Verhalen van collega's"), which are no posts at all.
 */
export const frOtherPosts: { others: string[]; posts: string[]; news: string[] } = {
  others: ['autres', 'dernières', 'similaires'],
  posts: ['offres', 'postes', 'emplois', 'annonces', 'opportunités', 'recrutements'],
  news: ['actualités', 'actualité', 'nouvelles', 'agenda', 'événements', 'témoignages', 'blog', 'à la une'],
};
