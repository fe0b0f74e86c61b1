import type { DetectWords } from '../types';

/** What detection reads in this language (see ../detect.ts). */
export const enDetect: DetectWords = {
  labels: [
    'job description', 'person specification', 'closing date', 'responsibilities', 'key responsibilities', 'duties', 'main duties', 'qualifications',
    'requirements', 'benefits', 'salary', 'how to apply', 'about the role', 'essential criteria', 'job summary', 'job reference', 'reference', 'grade', 'contract type',
    'working pattern', 'pay scale & grade', 'open & closing dates', 'pay band', 'announcement number', 'job purpose', 'selection process', 'eligibility',
    'what we offer', 'about you', 'the role', 'apply by', 'closing', 'salary range', 'type of role', 'job type', 'classification',
    'type of contract', 'place of employment', 'deadline for applications', 'function group and grade', 'eligibility criteria', 'selection procedure', 'the post',
    'contact officer', 'duties and responsibilities', 'minimum qualifications', 'desirable criteria', 'key skills', 'final filing date', 'closing date/time',
    'application deadline', 'opening date', 'conditions of employment', 'work environment', 'intent of the process', 'who can apply', 'information you must provide', 'essential qualifications', 'asset qualifications', 'duties and responsibilities', 'key duties', 'reference number', 'selection process number', 'tenure', 'employment type', 'interview date',
  ],
  hiring: ['is recruiting', 'are recruiting', 'is seeking', 'are seeking', 'is looking for', 'are looking for', 'is hiring', 'are hiring', 'seeks a', 'seeks an', 'vacancy:', 'job opportunity', 'invites applications', 'is inviting applications', 'applications are invited'],
  apply: ['must be received by', 'apply now', 'apply online', 'apply by', 'apply before', 'apply via', 'apply through', 'to apply', 'submit your application', 'submit an application', 'applications must', 'applications should', 'applications close', 'applications will', 'application form'],
  closed: [
    'competition is now closed', 'competition has closed', 'campaign is closed', 'campaign is now closed', 'campaign has closed', 'can no longer be submitted', 'no longer being accepted', 'applications are now closed', 'applications for this role are now closed', 'this vacancy is now closed', 'applications have closed', 'no longer accepting applications', 'no longer available', 'no longer open', 'vacancy has closed', 'vacancy has now closed', 'vacancy is closed', 'job has closed', 'job has expired', 'position has been filled', 'position has closed', 'posting has closed', 'posting has expired', 'advert has closed', 'advert has expired', 'this job is closed', 'applications are no longer accepted', 'selection is closed', 'selection has closed',
  ],
  notOnePost: [ 'student jobs', 'traineeship programme', 'traineeship program', 'internship programme', 'internship program', 'graduate programme', 'graduate program', 'graduate scheme', 'information evening', 'open evening', 'summer jobs', '(closed)', 'results of the selection', 'selection results', 'list of successful candidates','speculative application', 'open application', 'job alert', 'job alerts', 'email alert', 'email alerts', 'careers fair', 'career fair', 'job fair', 'jobs fair', 'recruitment fair', 'all vacancies', 'current vacancies', 'search results'],
  listHeadings: ['vacancies', 'current vacancies', 'jobs', 'job openings', 'search results', 'job search', 'current opportunities', 'careers', 'all jobs', 'current job opportunities', 'job opportunities', 'employment opportunities', 'current openings', 'current job openings', 'open positions', 'job postings', 'current job postings'],
  landingHeadings: ['our hiring process', 'the hiring process', 'hiring process', 'how we hire', 'the application process', 'application process', 'selection procedure', 'the selection procedure', 'working for', 'work for', 'working at', 'careers at', 'jobs at', 'join us', 'join our team', 'how we recruit', 'our recruitment process', 'recruitment process', 'pay and benefits', 'salary and benefits', 'how to apply', 'applying for a job', 'tips for applying', 'pay scales', 'salary scales', 'pay rates'],
};
