import { emptyFacts } from '../../../src/model/empty-facts';
import { STATUSES, type TrackedVacancy } from '../../../src/model/tracked';

const PORTALS = ['www.werkenbijdeoverheid.be', 'www.werkenvoor.be', 'www.vdab.be', 'www.interamt.de', 'www.werkenvoornederland.nl'];
const ROLES = ['Communicatiemedewerker', 'Boekhouder', 'Jurist', 'Stedenbouwkundige', 'Verpleegkundige', 'Beleidsadviseur'];
const ORGS = ['Provincie Antwerpen', 'Stad Gent', 'Gemeente Zoersel', 'Vlaamse overheid', 'FOD Financiën'];

/**
 * `n` plausible tracked vacancies, each with a snapshot of `snapshotChars` characters (a real
 * vacancy's text is 5 to 30 kB), deadlines spread around `now`. Deterministic.
 */
export function generateVacancies(n: number, now: Date, snapshotChars = 8_000): TrackedVacancy[] {
  const text = 'Functieomschrijving en profiel. '.repeat(Math.ceil(snapshotChars / 32)).slice(0, snapshotChars);
  return Array.from({ length: n }, (_, i) => {
    const host = PORTALS[i % PORTALS.length]!;
    const url = `https://${host}/vacature/${i}`;
    const tracked = new Date(now.getTime() - (i % 365) * 86_400_000).toISOString();
    const deadline = new Date(now.getTime() + ((i % 120) - 30) * 86_400_000).toISOString().slice(0, 10);
    const status = STATUSES[i % STATUSES.length]!;
    return {
      id: `gen-${String(i).padStart(5, '0')}`,
      url,
      sourceUrls: [url],
      facts: {
        ...emptyFacts(url),
        isVacancy: true,
        language: 'nl',
        title: `${ROLES[i % ROLES.length]} ${i}`,
        organisation: ORGS[i % ORGS.length]!,
        reference: `GEN/${i}`,
        deadline,
        events: [{ date: deadline.replace(/-\d{2}$/, '-28'), label: 'Interview' }],
      },
      corrections: {},
      snapshot: { text, url, capturedAt: tracked },
      status,
      history: [{ status, at: tracked, recordedAt: tracked, by: 'user' as const }],
      applied: null,
      notes: i % 7 === 0 ? 'Gebeld met HR' : '',
      trackedAt: tracked,
      updatedAt: tracked,
    };
  });
}
