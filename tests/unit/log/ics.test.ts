import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, toIcs } from '../../../src/log/ics';
import type { TrackedVacancy } from '../../../src/model/tracked';
import { FIXED_NOW, seedFacts } from '../helpers';
import { generateLog } from './generate';

const URL = 'https://www.werkenbijdeoverheid.be/vacature/68bf45f0b686c62a/Communicatiemedewerker-lokale-besturen.html';
const T = '2026-01-20T09:30:00.000Z';

function record(overrides: Partial<TrackedVacancy> = {}): TrackedVacancy {
  return {
    id: 'a1', url: URL, sourceUrls: [URL], facts: seedFacts(), corrections: {},
    snapshot: { text: 'x', url: URL, capturedAt: T }, status: 'applied',
    history: [{ status: 'interested', at: T, recordedAt: T, by: 'user' }], applied: null, notes: '',
    trackedAt: T, updatedAt: T, ...overrides,
  };
}

interface Parsed { uid: string; summary: string; start: string; allDay: boolean; end: string | null; description: string; url: string | null }
function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: vevent.getFirstPropertyValue('dtend')?.toString() ?? null,
      description: event.description,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    };
  });
}

describe('toIcs, read back by ical.js', () => {
  it('makes the deadline and each dated selection step an event with the title, organisation and address', () => {
    const events = parse(toIcs([record()], FIXED_NOW));
    expect(events.map((e) => [e.summary, e.start, e.allDay, e.end])).toEqual([
      ['Deadline: Communicatiemedewerker lokale besturen', '2026-02-01', true, '2026-02-02'],
      ...seedFacts().events.map((e) => [`${e.label} – Communicatiemedewerker lokale besturen`, e.date, true, expect.any(String)]),
    ]);
    expect(events[0]!.description).toBe(`Provincie Antwerpen\n${URL}`);
    expect(events[0]!.url).toBe(URL);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('times a deadline the page gave with a time, at the right instant', () => {
    const [deadline] = parse(toIcs([record({ corrections: { deadline: '2026-02-01T12:00:00+01:00' } })], FIXED_NOW));
    expect(deadline).toMatchObject({ start: '2026-02-01T11:00:00Z', allDay: false });
  });

  it('keeps every UID when dates are corrected, so a re-import updates the events', () => {
    const before = parse(toIcs([record()], FIXED_NOW));
    const moved = seedFacts().events.map((e, i) => ({ ...e, date: `2026-03-0${i + 1}` }));
    const after = parse(toIcs([record({ corrections: { deadline: '2026-02-10', events: moved }, updatedAt: '2026-01-25T08:00:00.000Z' })], FIXED_NOW));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.start).toBe('2026-02-10');
  });

  it('writes nothing for a vacancy without dates', () => {
    const facts = { ...seedFacts(), deadline: null, events: [] };
    expect(parse(toIcs([record({ facts })], FIXED_NOW))).toEqual([]);
  });

  it('parses a generated log of 300 vacancies with every kind of text, each text intact', () => {
    const log = generateLog(300, 4);
    const events = parse(toIcs(log, FIXED_NOW));
    const expected = log.reduce((n, r) => n + ((r.corrections.deadline ?? r.facts.deadline) ? 1 : 0) + (r.corrections.events ?? r.facts.events).length, 0);
    expect(events).toHaveLength(expected);
    expect(new Set(events.map((e) => e.uid)).size).toBe(expected);
    for (const r of log) {
      const title = (r.corrections.title ?? r.facts.title ?? r.facts.organisation)!;
      const deadline = events.find((e) => e.uid === `${r.id}-deadline@vacalens.local`);
      if (r.corrections.deadline ?? r.facts.deadline) expect(deadline?.summary).toBe(`Deadline: ${title.replace(/\r\n?/g, '\n')}`);
    }
  });

  it('does not let a hostile text or address add properties', () => {
    const hostile = record({
      corrections: { title: 'x\r\nATTENDEE:mailto:evil@example.org\r\nEND:VEVENT' },
      url: 'https://example.org/\r\nURL:javascript:alert(1)',
    });
    const ics = toIcs([hostile], FIXED_NOW);
    expect(ics).not.toMatch(/^ATTENDEE/m);
    expect(ics).not.toMatch(/^URL:/m);
    const [deadline] = parse(ics);
    expect(deadline!.summary).toBe('Deadline: x\nATTENDEE:mailto:evil@example.org\nEND:VEVENT');
  });
});

describe('escapeText and fold', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line\nnext\r\nlast', 'line\\nnext\\nlast'],
    ['plain', 'plain'],
  ])('escapes %j', (text, expected) => expect(escapeText(text)).toBe(expected));

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'é'.repeat(100);
    const parts = fold(line).split('\r\n');
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});
