/**
 * A time of day next to a deadline date ("om 23.59 uur", "11:55 pm on", "um 12:00 Uhr", "à 12h00")
 * and the page's time zone, so a deadline with a time becomes an ISO date-time with its offset.
 */
import { LETTER } from './chars';

export interface TimeOfDay {
  hour: number;
  minute: number;
  /** An offset the text names itself ("CET", "BST", "GMT"), else null. */
  offset: string | null;
  /** A zone the text names by place ("Brussels time", "Pacific Time"), whose offset depends on the date. */
  zone: 'central' | 'eastern' | 'western' | NorthAmericanZone | null;
}

/** North American zones named by place, by their standard offset in hours. */
type NorthAmericanZone = 'ca-atlantic' | 'us-eastern' | 'us-central' | 'us-mountain' | 'us-pacific';
const NORTH_AMERICAN_HOURS: Record<NorthAmericanZone, number> = { 'ca-atlantic': 4, 'us-eastern': 5, 'us-central': 6, 'us-mountain': 7, 'us-pacific': 8 };

const CENTRAL_NAMED =
  /(?:brussels|luxembourg|parma|amsterdam|the hague|paris|strasbourg|angers|lyon|frankfurt|cologne|munich|karlsruhe|berlin|vienna|madrid|alicante|barcelona|bilbao|vigo|seville|turin|ispra|rome|florence|milan|italian|warsaw|prague|bratislava|budapest|ljubljana|zagreb|valletta|malta|copenhagen|stockholm|geel|petten) (?:local )?time|heure de (?:bruxelles|luxembourg|paris)|brusselse tijd|brüsseler zeit|central european time|\bcet\b/i;
/** Eastern European time, where EU agencies in Helsinki, Vilnius, Riga, Athens... and EU missions in Chișinău or Kyiv set their deadlines. */
const EASTERN_NAMED = /(?:helsinki|athens|thessaloniki|heraklion|vilnius|riga|tallinn|sofia|bucharest|nicosia|chișinău|chişinău|chisinau|kyiv|kiev) (?:local )?time|eastern european time|heure d'helsinki|\beet\b/i;
/** Lisbon and Dublin, where EU agencies (EMSA, EMCDDA, Eurofound) set their deadlines. */
const WESTERN_NAMED = /(?:lisbon|dublin|london) (?:local )?time|\b(?:irish|uk) time|western european time/i;
const NORTH_AMERICAN_NAMED: [RegExp, NorthAmericanZone][] = [
  // Canada's Maritimes ("11:59 PM Atlantic Time"); "AST" alone is also an EU grade, so never read as a zone on its own.
  [/[Aa]tlantic (?:[Ss]tandard |[Dd]aylight )?[Tt]ime/, 'ca-atlantic'],
  [/[Ee]astern [Tt]ime|\bET\b/, 'us-eastern'],
  [/[Pp]acific [Tt]ime|\bPT\b/, 'us-pacific'],
  [/[Mm]ountain [Tt]ime|\bMT\b/, 'us-mountain'],
  [/(?<![Ee]uropean )[Cc]entral [Tt]ime|\bCT\b/, 'us-central'],
];

const ZONES: Record<string, string> = {
  cet: '+01:00', cest: '+02:00', eest: '+03:00', gmt: '+00:00', utc: '+00:00', bst: '+01:00', wet: '+00:00', west: '+01:00', mez: '+01:00', mesz: '+02:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  aest: '+10:00', aedt: '+11:00', acst: '+09:30', acdt: '+10:30', awst: '+08:00', nzst: '+12:00', nzdt: '+13:00',
};
/** "23.59 uur", "23:59", "11:55 pm", "12h00", "12 Uhr", "12.00 hours" — never a bare number. */
const TIME = new RegExp(
  String.raw`(?<![\d.,:])([01]?\d|2[0-3])(?:([:.hu])([0-5]\d)(?::[0-5]\d)?)?\s*(uur|u\.?|uhr|hours?|hrs|h|heures?|[ap]\.?m\.?|noon|midday)?(?:\s*\(?\b(CET|CEST|GMT|UTC|BST|WET|WEST|MEZ|MESZ|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\b\)?)?(?![\d${LETTER}])`,
  'gi',
);

/** "11:59 PM Arizona", "11:59 p.m. (Yukon time)": places on UTC-7 the whole year, with no daylight time. */
const FIXED_AFTER = /^\s*\(?(?:Arizona|Yukon)(?:\s+[Tt]ime)?\b/;
const BARE_ZONE_AFTER = /^\s*\(?(Pacific|Eastern|Central|Mountain)\b(?!\s+(?:Northwest|Coast|Ocean|Islands?|Region|Europe|Asia|Africa))(?!\s+(?:European|Africa|Asia|Standard\s+Time\s+\())/;
const BARE_ZONES: Record<string, NorthAmericanZone> = { pacific: 'us-pacific', eastern: 'us-eastern', central: 'us-central', mountain: 'us-mountain' };

const ZONE_LATER = /\(?\b(CET|CEST|GMT|UTC|BST|WET|WEST|MEZ|MESZ|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)\b\)?/;

/** "UTC+3", "GMT+02:00", "UTC−5": an offset as a number after the name of universal time. */
const NUMERIC_OFFSET = /\b(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?([0-5]\d))?(?!\d)/;

/** "AUS Eastern Daylight Time", "Australian Western Standard Time": how Australian recruitment systems print the zone. */
const AUSTRALIAN_NAMED = /^\s*\(?(?:AUS|Australian)\s+(Eastern|Central|Western)\s+(Daylight|Standard)\s+Time/i;
const AUSTRALIAN_OFFSETS: Record<string, string> = {
  'eastern daylight': '+11:00', 'eastern standard': '+10:00', 'central daylight': '+10:30', 'central standard': '+09:30', 'western standard': '+08:00', 'western daylight': '+09:00',
};

const SPACED_H = /(?<![\d.,:])([01]?\d|2[0-3])\s+h\s+([0-5]\d)(?!\d)/g;

/** The zone named first in `text`, by place or name, and where. */
function nearestZone(text: string): { zone: TimeOfDay['zone']; at: number } | null {
  let best: { zone: TimeOfDay['zone']; at: number } | null = null;
  for (const [re, zone] of [[CENTRAL_NAMED, 'central'], [EASTERN_NAMED, 'eastern'], [WESTERN_NAMED, 'western'], ...NORTH_AMERICAN_NAMED] as [RegExp, TimeOfDay['zone']][]) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { zone, at };
  }
  return best;
}

/** The time written within `text` (the sentence or value of a deadline), or null. */
export function findTime(written: string): TimeOfDay | null {
  // "à 16 h 30" (Quebec, France): the hour's letter set off by spaces; "12.00 (midday)": the word in brackets.
  const text = written.replace(SPACED_H, '$1h$2').replace(/\((noon|midday)\)/gi, '$1');
  for (const m of text.matchAll(TIME)) {
    const [, h, sep, min, unit, zone] = m;
    // A number alone is a time only with its unit ("12 Uhr"); "23.59" needs its separator and minutes.
    if (!min && !unit) continue;
    if (sep === '.' && !unit) continue;
    // "12.00 hours" is a time of day; "12 hours" a duration.
    if (!min && unit && /^h(?:ours?|rs)$/i.test(unit)) continue;
    let hour = Number(h);
    const u = (unit ?? '').toLowerCase().replace(/\./g, '');
    if (u === 'pm' && hour < 12) hour += 12;
    if (u === 'am' && hour === 12) hour = 0;
    if ((u === 'pm' || u === 'am') && Number(h) > 12) continue;
    // "12 noon", "12 midday": noon, and only twelve o'clock is ("11:59 (midday)" keeps its minutes' clock).
    if ((u === 'noon' || u === 'midday') && hour !== 12 && !min) continue;
    const rest = text.slice(m.index);
    // "11:59 PM Pacific": a North American zone's bare name right after the time is that zone.
    const bare = zone ? null : BARE_ZONE_AFTER.exec(rest.slice(m[0].length));
    if (bare) return { hour, minute: Number(min ?? 0), offset: null, zone: BARE_ZONES[bare[1]!.toLowerCase()]! };
    if (!zone && FIXED_AFTER.test(rest.slice(m[0].length))) return { hour, minute: Number(min ?? 0), offset: '-07:00', zone: null };
    // "11:55 PM AUS Eastern Daylight Time": an Australian zone written out.
    const australian = zone ? null : AUSTRALIAN_NAMED.exec(rest.slice(m[0].length, m[0].length + 40));
    if (australian) return { hour, minute: Number(min ?? 0), offset: AUSTRALIAN_OFFSETS[`${australian[1]!.toLowerCase()} ${australian[2]!.toLowerCase()}`] ?? null, zone: null };
    // "17:00 hours Baghdad time (UTC+3)": an offset from UTC written as a number.
    const numeric = NUMERIC_OFFSET.exec(rest.slice(0, m[0].length + 60));
    if (numeric) return { hour, minute: Number(min ?? 0), offset: `${numeric[1] === '+' ? '+' : '-'}${numeric[2]!.padStart(2, '0')}:${numeric[3] ?? '00'}`, zone: null };
    // "11:59pm Sunday 1 March 2026 (AEDT)": the zone after the date.
    const later = zone ? null : ZONE_LATER.exec(rest.slice(m[0].length, m[0].length + 60));
    // "12:00 Helsinki time (11:00 CET)": the zone named nearest after the time is its own.
    const named = nearestZone(rest);
    if (later && !(named && named.at < later.index + m[0].length)) return { hour, minute: Number(min ?? 0), offset: ZONES[later[1]!.toLowerCase()] ?? null, zone: null };
    return { hour, minute: Number(min ?? 0), offset: zone ? (ZONES[zone.toLowerCase()] ?? null) : null, zone: named?.zone ?? null };
  }
  // "Tuesday 17 March 2026 at midday": noon in words, without its number.
  const noon = BARE_NOON.exec(text);
  return noon ? { hour: 12, minute: 0, offset: null, zone: nearestZone(text.slice(noon.index))?.zone ?? null } : null;
}

/** Noon as a word with no number before it ("11 noon" is no time). */
const BARE_NOON = /(?<![\w-])(?<!\d\s{0,2})(?:midday|noon)(?![\w-])/i;

/** The last Sunday of a month (UTC date), where European summer time starts and ends. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Countries by top-level domain whose clocks follow Central European (Time) or UK/Irish/Portuguese rules. */
const CENTRAL = new Set(['be', 'nl', 'de', 'fr', 'lu', 'at', 'ch', 'es', 'it', 'dk', 'se', 'no', 'pl', 'cz', 'eu']);
const WESTERN = new Set(['uk', 'gb', 'ie', 'pt']);
const EASTERN = new Set(['fi', 'ee', 'lv', 'lt', 'gr', 'bg', 'ro', 'cy']);

/**
 * The UTC offset of a local date in the page's country; null where the country has several zones
 * (US) or is unknown. EU summer time runs from the last Sunday of March to the last Sunday of October.
 */
export function offsetOn(country: string | null, iso: string, hour: number): string | null {
  if (!country || (!CENTRAL.has(country) && !WESTERN.has(country) && !EASTERN.has(country))) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const start = lastSunday(y, 3);
  const end = lastSunday(y, 10);
  // The switch happens at 01:00 UTC; a deadline at that exact hour is not worth the care.
  const summer = (m > 3 && m < 10) || (m === 3 && (d > start || (d === start && hour >= 2))) || (m === 10 && (d < end || (d === end && hour < 3)));
  const base = EASTERN.has(country) ? 2 : CENTRAL.has(country) ? 1 : 0;
  return `+${String(base + (summer ? 1 : 0)).padStart(2, '0')}:00`;
}

/** "2026-02-09" and 23:59 in Belgium: "2026-02-09T23:59:00+01:00"; the date alone when the offset is unknown. */
/** US and Canadian zones: daylight time from the second Sunday of March to the first Sunday of November. */
function northAmericanOffset(iso: string, zone: NorthAmericanZone): string {
  const hours = NORTH_AMERICAN_HOURS[zone] - (northAmericanDaylight(iso) ? 1 : 0);
  return `-${String(hours).padStart(2, '0')}:00`;
}

function northAmericanDaylight(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  const md = iso.slice(5, 10);
  const firstSunday = (month: number) => {
    const d = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - d) % 7);
  };
  const start = `03-${String(firstSunday(3) + 7).padStart(2, '0')}`;
  const end = `11-${String(firstSunday(11)).padStart(2, '0')}`;
  return md >= start && md < end;
}

/**
 * Canada's and the US's zones, named by where they are; Saskatchewan, Yukon, Arizona and Hawaii keep one
 * offset all year.
 */
export type RegionalZone = 'newfoundland' | 'atlantic' | 'eastern' | 'central' | 'saskatchewan' | 'mountain' | 'pacific' | 'yukon' | 'arizona' | 'alaska' | 'hawaii';
/** Standard offset in minutes west of UTC, and whether the zone keeps daylight time. */
const REGIONAL: Record<RegionalZone, { minutes: number; daylight: boolean }> = {
  newfoundland: { minutes: 210, daylight: true },
  atlantic: { minutes: 240, daylight: true },
  eastern: { minutes: 300, daylight: true },
  central: { minutes: 360, daylight: true },
  saskatchewan: { minutes: 360, daylight: false },
  mountain: { minutes: 420, daylight: true },
  pacific: { minutes: 480, daylight: true },
  yukon: { minutes: 420, daylight: false },
  arizona: { minutes: 420, daylight: false },
  alaska: { minutes: 540, daylight: true },
  hawaii: { minutes: 600, daylight: false },
};
/** A postal code's first letter is its province: "L8P 4R5" is Ontario, "J8X 3X7" Quebec, "V9R 5H9" British Columbia. */
const POSTAL_PROVINCE: Record<string, RegionalZone> = {
  A: 'newfoundland', B: 'atlantic', C: 'atlantic', E: 'atlantic', G: 'eastern', H: 'eastern', J: 'eastern', K: 'eastern', L: 'eastern', M: 'eastern',
  N: 'eastern', P: 'eastern', R: 'central', S: 'saskatchewan', T: 'mountain', V: 'pacific', Y: 'yukon',
};
const POSTAL_CODE = /\b([ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z][ \u00a0]?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;

/** The zone of a Canadian page, by the province its postal codes are in (the most often written); null without one. */
export function canadianZoneOf(text: string): RegionalZone | null {
  return mostWritten(text, POSTAL_CODE, POSTAL_PROVINCE);
}

/**
 * US states wholly in one zone, by their postal code; a state split between two (Texas, Florida, Oregon…)
 * says nothing, as a wrong hour is worse than none.
 */
const STATE_ZONES: Record<string, RegionalZone> = {
  ...Object.fromEntries('CT DE DC GA ME MD MA NH NJ NY NC OH PA RI SC VT VA WV'.split(' ').map((s) => [s, 'eastern'])),
  ...Object.fromEntries('AL AR IL IA LA MN MS MO OK WI'.split(' ').map((s) => [s, 'central'])),
  ...Object.fromEntries('CO MT NM UT WY'.split(' ').map((s) => [s, 'mountain'])),
  CA: 'pacific', WA: 'pacific', AZ: 'arizona', AK: 'alaska', HI: 'hawaii',
};
/** "Santa Fe, NM 87501": a town, its state's code and a ZIP code. */
const STATE_AND_ZIP = /,\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/g;

/** The zone of a US page, by the state its addresses are in (the most often written); null without one. */
export function usZoneOf(text: string): RegionalZone | null {
  return mostWritten(text, STATE_AND_ZIP, STATE_ZONES);
}

/** The zone most often named by the pattern's first group in `text`. */
function mostWritten(text: string, pattern: RegExp, zones: Record<string, RegionalZone>): RegionalZone | null {
  const counts = new Map<RegionalZone, number>();
  for (const m of text.matchAll(pattern)) {
    const zone = zones[m[1]!];
    if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function regionalOffset(iso: string, zone: RegionalZone): string {
  const { minutes, daylight } = REGIONAL[zone];
  const west = minutes - (daylight && northAmericanDaylight(iso) ? 60 : 0);
  return `-${String(Math.floor(west / 60)).padStart(2, '0')}:${String(west % 60).padStart(2, '0')}`;
}

export function withTime(iso: string, time: TimeOfDay | null, country: string | null, host: string | null = null, region: RegionalZone | null = null): string {
  if (!time) return iso;
  const european = { central: 'be', eastern: 'fi', western: 'ie' } as const;
  const offset =
    time.offset ??
    (time.zone && !(time.zone in european)
      ? northAmericanOffset(iso, time.zone as NorthAmericanZone)
      : time.zone
        ? offsetOn(european[time.zone as keyof typeof european], iso, time.hour)
        : (offsetOn(country, iso, time.hour) ??
          australianOffset(host, iso) ??
          (region ? regionalOffset(iso, region) : null) ??
          (country === 'nz' ? newZealandOffset(iso) : null)));
  if (!offset) return iso;
  return `${iso}T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}:00${offset}`;
}

/**
 * Australia has five zones, so its domain alone says nothing; a state's own domain says which
 * (nsw.gov.au). Daylight time in NSW, Victoria, the ACT, Tasmania and South Australia runs from the
 * first Sunday of October to the first Sunday of April.
 */
const AUSTRALIAN_STATES: Record<string, { hours: number; minutes: number; daylight: boolean }> = {
  nsw: { hours: 10, minutes: 0, daylight: true }, vic: { hours: 10, minutes: 0, daylight: true }, act: { hours: 10, minutes: 0, daylight: true },
  tas: { hours: 10, minutes: 0, daylight: true }, qld: { hours: 10, minutes: 0, daylight: false }, sa: { hours: 9, minutes: 30, daylight: true },
  nt: { hours: 9, minutes: 30, daylight: false }, wa: { hours: 8, minutes: 0, daylight: false },
};

function australianOffset(host: string | null, iso: string): string | null {
  const state = host ? /(?:^|\.)([a-z]{2,3})\.gov\.au$/.exec(host.toLowerCase())?.[1] : undefined;
  const zone = state ? AUSTRALIAN_STATES[state] : undefined;
  if (!zone) return null;
  const y = Number(iso.slice(0, 4));
  const firstSunday = (month: number) => 1 + ((7 - new Date(Date.UTC(y, month - 1, 1)).getUTCDay()) % 7);
  const md = iso.slice(5, 10);
  // The switches happen at 02:00 and 03:00 local time; a deadline at that hour is not worth the care.
  const daylight = zone.daylight && (md < `04-${String(firstSunday(4)).padStart(2, '0')}` || md >= `10-${String(firstSunday(10)).padStart(2, '0')}`);
  return `+${String(zone.hours + (daylight ? 1 : 0)).padStart(2, '0')}:${String(zone.minutes).padStart(2, '0')}`;
}

/**
 * New Zealand has one zone (the Chatham Islands aside): NZST +12:00, daylight time (NZDT +13:00) from the last
 * Sunday of September to the first Sunday of April.
 */
function newZealandOffset(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, 3, 1)).getUTCDay()) % 7);
  const md = iso.slice(5, 10);
  // The switches happen at 02:00 and 03:00 local time; a deadline at that hour is not worth the care.
  const daylight = md < `04-${String(firstSunday).padStart(2, '0')}` || md >= `09-${String(lastSunday(y, 9)).padStart(2, '0')}`;
  return daylight ? '+13:00' : '+12:00';
}
