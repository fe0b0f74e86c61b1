/**
 * The labels only vacancies use in this language (a whole heading, term or bold run), lower case: what the
 * content script counts on every page it reads (see ../../detect-read.ts); the phrases it does not need
 * are in ./detect.ts.
 */
export const enVacancyLabels: readonly string[] = [
  'job description', 'person specification', 'closing date', 'responsibilities', 'key responsibilities', 'duties', 'main duties', 'qualifications',
  'requirements', 'benefits', 'salary', 'how to apply', 'about the role', 'essential criteria', 'job summary', 'job reference', 'reference', 'grade', 'contract type',
  'working pattern', 'pay scale & grade', 'open & closing dates', 'pay band', 'announcement number', 'job purpose', 'selection process', 'eligibility',
  'what we offer', 'about you', 'the role', 'apply by', 'closing', 'salary range', 'type of role', 'job type', 'classification',
  'type of contract', 'place of employment', 'deadline for applications', 'function group and grade', 'eligibility criteria', 'selection procedure', 'the post',
  'contact officer', 'duties and responsibilities', 'minimum qualifications', 'desirable criteria', 'key skills', 'final filing date', 'closing date/time',
  'application deadline', 'opening date', 'conditions of employment', 'work environment', 'intent of the process', 'who can apply', 'information you must provide', 'essential qualifications', 'asset qualifications', 'duties and responsibilities', 'key duties', 'reference number', 'selection process number', 'tenure', 'employment type', 'interview date',
  // PeopleAdmin, the postings system of many US universities and states.
  'posting number', 'working title', 'position type', 'appointment type', 'number of vacancies', 'annual salary range', 'desired start date', 'full time equivalent (fte)',
];

/**
 * A heading over other posts than the page's own ("More Job Openings"): a word for "other", then, at most two words on,
 * posts; or over the site's news and stories ("Nieuws", "Verhalen van collega's"), which are no posts at all.
 */
export const enOtherPosts: { others: string[]; posts: string[]; news: string[] } = {
  others: ['other', 'more', 'similar', 'related', 'further', 'recent', 'latest', 'featured'],
  posts: ['vacancies', 'jobs', 'roles', 'posts', 'positions', 'postings', 'openings', 'opportunities'],
  news: ['news', 'latest news', 'stories', 'events', 'blog', 'in the news', 'press releases', 'our people'],
};
