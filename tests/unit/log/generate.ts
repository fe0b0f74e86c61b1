import { APPLIED_VIA, STATUSES, TrackedVacancySchema, type Status, type TrackedVacancy } from '../../../src/model/tracked';
import type { VacancyFacts } from '../../../src/model/facts';
import { seededRandom as random } from '../seeded-random';


// Text a log really holds, and text a hostile page or file could put there.
const TEXTS = [
  'Communicatiemedewerker lokale besturen',
  'Chargé de mission « coopération » (h/f)',
  'Sachbearbeiter/in Verkehrsrecht – Straßenverkehrsbehörde',
  'Beleidsmedewerker; team "Omgeving", niveau A1a',
  '=HYPERLINK("http://evil.example","klik")',
  '+32 3 240 58 39',
  '-2+3',
  '@SUM(A1:A9)',
  '<img src=x onerror=alert(1)>',
  'Line one\nline two\r\nline three',
  'Back\\slash, comma; semicolon',
  'Ærøskøbing kommune — ½ time',
];
const ORGS = ['Provincie Antwerpen', 'Gemeente Zoersel', 'Zorgbedrijf Rivierenland', 'Kreis Viersen', 'Ville de Liège', 'FOD Financiën'];
const LABELS = ['Schriftelijke proef', 'Interview', 'Assessment', 'Épreuve orale', 'Vorstellungsgespräch'];

const day = (start: number, offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

/** `count` tracked vacancies with every kind of field, each valid by the database's schema. */
export function generateLog(count: number, seed = 1): TrackedVacancy[] {
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const base = Date.UTC(2025, 0, 1);
  const records: TrackedVacancy[] = [];
  for (let i = 0; i < count; i++) {
    const trackedDay = Math.floor(r() * 420);
    const trackedAt = new Date(base + trackedDay * 86_400_000 + Math.floor(r() * 86_400) * 1000).toISOString();
    const statusCount = 1 + Math.floor(r() * 4);
    const history: TrackedVacancy['history'] = [{ status: 'interested', at: trackedAt, recordedAt: trackedAt, by: 'user' }];
    for (let s = 1; s < statusCount; s++) {
      const status: Status = pick(STATUSES.slice(1));
      const recordedAt = new Date(Date.parse(trackedAt) + s * 3 * 86_400_000).toISOString();
      // Some dates are corrected by the user to a day; some changes are Vacalens's own.
      history.push({ status, at: r() < 0.3 ? recordedAt.slice(0, 10) : recordedAt, recordedAt, by: status === 'expired' ? 'auto' : 'user' });
    }
    const appliedEntry = history.find((h) => h.status === 'applied');
    const url = `https://www.werkenbijdeoverheid.be/vacature/${i.toString(16).padStart(8, '0')}/v.html`;
    const timed = r() < 0.3;
    const deadline = r() < 0.15 ? null : timed ? `${day(base, trackedDay + 20)}T23:59:00+01:00` : day(base, trackedDay + 20);
    const facts: VacancyFacts = {
      url,
      isVacancy: true,
      language: pick(['nl', 'fr', 'de', 'en']),
      title: r() < 0.05 ? null : pick(TEXTS),
      organisation: pick(ORGS),
      reference: r() < 0.5 ? `REF-${2025}-${i}` : null,
      salary:
        r() < 0.2
          ? null
          : { scale: pick(['B1', 'A1a', 'schaal 11', 'TVöD E 9a']), min: 3059.65 + i, max: r() < 0.5 ? 4129.64 + i : null, currency: 'EUR', period: pick(['month', 'year'] as const), gross: r() < 0.5 ? true : null },
      deadline,
      published: day(base, trackedDay - 5),
      contract: { employment: pick(['statutory', 'contractual', null] as const), schedule: 'full-time', duration: 'permanent', hoursPerWeek: 38, level: 'B' },
      location: r() < 0.5 ? 'Koningin Elisabethlei 22, 2018 Antwerpen' : null,
      contacts: r() < 0.3 ? [] : [{ name: 'Philip De Koninck', role: pick(TEXTS), phone: '+3232405839', email: 'philip.dekoninck@provincieantwerpen.be' }],
      events: Array.from({ length: Math.floor(r() * 3) }, (_, k) => ({ date: day(base, trackedDay + 25 + k * 7), label: LABELS[(i + k) % LABELS.length]! })),
      evidence: {
        title: { source: 'jsonld', text: 'Functie: ' + pick(TEXTS) },
        deadline: { source: 'text', text: 'ten laatste 1 februari', conflict: { source: 'jsonld', text: '2026-02-02', value: '2026-02-02' } },
      },
    };
    const mirror = `https://www.vdab.be/vindeenjob/vacatures/${70_000_000 + i}`;
    const record: TrackedVacancy = {
      id: `gen-${i}`,
      url,
      sourceUrls: r() < 0.2 ? [url, mirror] : [url],
      facts,
      corrections:
        r() < 0.25
          ? { title: 'Gecorrigeerde functie – ' + pick(TEXTS), deadline: day(base, trackedDay + 30), contacts: [], salary: null }
          : {},
      snapshot: { text: `${pick(TEXTS)}\n\n${'Tekst van de vacature. '.repeat(1 + Math.floor(r() * 40))}`, url, capturedAt: trackedAt },
      status: history.at(-1)!.status,
      history,
      applied: appliedEntry ? { date: appliedEntry.at.slice(0, 10), via: pick(APPLIED_VIA) } : null,
      notes: r() < 0.4 ? '' : pick(TEXTS),
      trackedAt,
      updatedAt: history.at(-1)!.recordedAt,
    };
    records.push(TrackedVacancySchema.parse(record));
  }
  return records;
}
