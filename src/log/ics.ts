import { effectiveFacts, type TrackedVacancy } from '../model/tracked';

/**
 * The log's dates as an iCalendar file (RFC 5545): each deadline and each dated step of a
 * selection procedure is one event. Every event's UID is derived from the record's id and what the
 * event is, never from its date, so importing a later export updates the events it made before
 * (a corrected date moves the event) instead of adding copies.
 */

export interface IcsLabels {
  /** The summary of a deadline event, e.g. "Deadline: Communicatiemedewerker". $1 is the title. */
  deadline: (title: string) => string;
  /** The summary of a selection step, e.g. "Schriftelijke proef – Communicatiemedewerker". */
  step: (label: string, title: string) => string;
}

export const ENGLISH_ICS_LABELS: IcsLabels = {
  deadline: (title) => `Deadline: ${title}`,
  step: (label, title) => `${label} – ${title}`,
};

const UID_DOMAIN = 'vacalens.local';

export function toIcs(records: readonly TrackedVacancy[], now: Date, labels: IcsLabels = ENGLISH_ICS_LABELS): string {
  const stamp = utcStamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vacalens//Application log//EN', 'CALSCALE:GREGORIAN'];
  for (const record of records) {
    const f = effectiveFacts(record);
    const title = f.title ?? f.organisation ?? record.url;
    const common = [
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utcStamp(new Date(record.updatedAt))}`,
      // Calendars that keep an event replace it when a re-import carries a higher sequence.
      `SEQUENCE:${Math.floor(Date.parse(record.updatedAt) / 60_000)}`,
      `DESCRIPTION:${escapeText([f.organisation, f.reference, record.url].filter(Boolean).join('\n'))}`,
      ...(f.location ? [`LOCATION:${escapeText(f.location)}`] : []),
      // A URI value is not escaped, so only a plain web address goes in (a restored file is not trusted).
      ...(/^https?:\/\/[^\s"<>\\]+$/i.test(record.url) ? [`URL:${record.url}`] : []),
    ];
    if (f.deadline) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(record.id)}-deadline@${UID_DOMAIN}`,
        ...when(f.deadline),
        `SUMMARY:${escapeText(labels.deadline(title))}`,
        ...common,
        'END:VEVENT',
      );
    }
    const seen = new Map<string, number>();
    for (const event of f.events) {
      const key = stepKey(event.label);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(record.id)}-step-${key}${n > 1 ? `-${n}` : ''}@${UID_DOMAIN}`,
        ...when(event.date),
        `SUMMARY:${escapeText(labels.step(event.label, title))}`,
        ...common,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * An all-day event for a date; for a date-time with its offset, the instant in UTC, which every
 * calendar shows in its user's own zone (the page gave an offset, not a named zone to copy).
 */
function when(iso: string): string[] {
  if (iso.length === 10) {
    const day = iso.replace(/-/g, '');
    const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    return [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`];
  }
  return [`DTSTART:${utcStamp(new Date(iso))}`];
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A stable, UID-safe key for a step's label: the same label gives the same key across exports. */
function stepKey(label: string): string {
  // FNV-1a over the label's UTF-16 units: short, deterministic, no dependency.
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  // Most lines are short and ASCII: one octet per character, nothing to fold. (A log of 10,000
  // vacancies has some 200,000 lines; encoding each character took seconds.)
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** How many octets UTF-8 takes for one code point (a lone surrogate is encoded as U+FFFD: 3). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
