import { emptyActivityInput, newActivity, type Activity, type ActivityInput } from '../../../src/model/activity';
import { TrackedVacancySchema, type Status, type TrackedVacancy } from '../../../src/model/tracked';
import { seedFacts } from '../helpers';

/** A tracked vacancy with this history ([status, day or instant] steps) and how the person applied. */
export function vacancy(
  id: string,
  history: Array<[Status, string]>,
  options: { via?: NonNullable<TrackedVacancy['applied']>['via']; organisation?: string; title?: string; noContacts?: boolean } = {},
): TrackedVacancy {
  const facts = seedFacts();
  const url = `https://www.werkenbijdeoverheid.be/vacature/${id}/V.html`;
  const applied = history.find(([s]) => s !== 'interested');
  return TrackedVacancySchema.parse({
    id,
    url,
    sourceUrls: [url],
    facts: { ...facts, url },
    corrections: {
      ...(options.organisation ? { organisation: options.organisation } : {}),
      ...(options.title ? { title: options.title } : {}),
      ...(options.noContacts ? { contacts: [] } : {}),
    },
    snapshot: { text: 'De tekst van de vacature', url, capturedAt: '2026-01-20T09:30:00.000Z' },
    status: history.at(-1)![0],
    history: history.map(([status, at]) => ({ status, at, recordedAt: '2026-03-01T08:00:00.000Z', by: 'user' })),
    applied: applied ? { date: applied[1].slice(0, 10), via: options.via ?? null } : null,
    notes: '',
    trackedAt: '2026-01-20T09:30:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
  });
}

let ids = 0;
export function activity(input: Partial<ActivityInput> & Pick<ActivityInput, 'date' | 'type'>): Activity {
  return newActivity({ ...emptyActivityInput(input.date, input.type), ...input }, `act-${++ids}`, new Date('2026-03-01T08:00:00Z'));
}

/**
 * A month (February 2026) of a Flemish job seeker's search, mixed: three tracked vacancies (one
 * applied for in January, then tested, interviewed and rejected in February; one applied for by
 * e-mail; one only of interest), one applied for and recorded by hand too, and hand-made
 * activities of every other kind.
 */
export function februaryLog(): { vacancies: TrackedVacancy[]; activities: Activity[] } {
  ids = 0;
  const vacancies = [
    vacancy(
      'prov-antw',
      [
        ['interested', '2026-01-20T09:30:00.000Z'],
        ['applied', '2026-01-28'],
        ['test', '2026-02-03'],
        ['interview', '2026-02-11'],
        ['rejected', '2026-02-20'],
      ],
      { via: 'portal' },
    ),
    vacancy('gent-jurist', [['interested', '2026-02-02T10:00:00.000Z'], ['applied', '2026-02-09']], {
      via: 'email',
      organisation: 'Stad Gent',
      title: 'Jurist',
      noContacts: true,
    }),
    vacancy('only-interest', [['interested', '2026-02-04T10:00:00.000Z']], { organisation: 'Gemeente Zoersel' }),
    vacancy('mechelen', [['interested', '2026-02-12T10:00:00.000Z'], ['applied', '2026-02-16']], {
      via: 'portal',
      organisation: 'Stad Mechelen',
      title: 'Projectleider',
    }),
  ];
  const activities = [
    activity({ date: '2026-02-02', type: 'open-application', employer: 'Gemeente Schoten', how: 'letter', result: 'Geen reactie', minutes: 60, municipality: 'Schoten' }),
    activity({ date: '2026-02-05', type: 'job-fair', employer: 'Jobbeurs Antwerpen Expo', how: 'in-person', result: 'Drie werkgevers gesproken', minutes: 240 }),
    activity({ date: '2026-02-10', type: 'network-contact', employer: 'Agentschap Integratie', contact: 'Anna Peeters', phone: '03 123 45 67', how: 'phone', result: 'Tip: vacature volgt in maart', minutes: 30 }),
    activity({ date: '2026-02-16', type: 'application', employer: 'Stad Mechelen', position: 'Projectleider', contact: 'Jan Claes, HR', how: 'portal', result: 'Ontvangstbevestiging', vacancyId: 'mechelen' }),
    activity({ date: '2026-02-17', type: 'agency-registration', employer: 'Randstad', how: 'in-person', result: 'Ingeschreven', minutes: 45 }),
    activity({ date: '2026-02-23', type: 'training', employer: 'VDAB', position: null, result: 'Gevolgd', minutes: 180 }),
    activity({ date: '2026-02-24', type: 'other', employer: null, result: 'CV bijgewerkt', minutes: 120 }),
  ];
  return { vacancies, activities };
}
