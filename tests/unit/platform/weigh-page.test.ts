import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { readForDetection, type PageReading } from '../../../src/extract/detect-read';
import { looksLikeVacancy } from '../../../src/extract/detect';
import { weighPageVerdict } from '../../../src/platform/weigh-page';
import { WEIGH_PAGE } from '../../../src/platform/weigh-page-message';
import { blindBatches, fixtureDirs, PAGES_DIR } from '../../../scripts/corpus';
import { savedPageParser } from '../../../scripts/saved-page';

const EXT_ID = 'a'.repeat(32);
const sender = (over: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender => ({
  id: EXT_ID,
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://www.example.be/vacatures/jurist',
  ...over,
});
const reading = (over: Partial<PageReading> = {}): PageReading => ({
  titles: ['Jurist (m/v/x)', 'Jurist | Gemeente Zoersel'],
  text: 'De gemeente Zoersel is op zoek naar een jurist. Solliciteer ten laatste op 15 februari 2026. Salarisschaal A1a-A3a. Voltijds, contractueel.',
  labels: 1,
  postings: 0,
  urlHint: true,
  titleMarker: true,
  article: false,
  ...over,
});
const ask = (r: unknown) => ({ type: WEIGH_PAGE, reading: r });

describe('weighPageVerdict: the background weighs what the content script read', () => {
  it('says yes to a vacancy and no to a closed one', () => {
    expect(weighPageVerdict(ask(reading()), sender(), EXT_ID)).toBe(true);
    expect(weighPageVerdict(ask(reading({ text: `${reading().text} Deze vacature is afgesloten.` })), sender(), EXT_ID)).toBe(false);
  });

  it.each([
    ['another extension', ask(reading()), sender({ id: 'b'.repeat(32) })],
    ['no tab (an extension page)', ask(reading()), sender({ tab: undefined })],
    ['another message', { type: 'vacalens:show-sidebar' }, sender()],
    ['an extra field in the reading', ask({ ...reading(), files: ['/evil.js'] }), sender()],
    ['an extra field beside it', { ...ask(reading()), tabId: 3 }, sender()],
    ['a text longer than the content script sends', ask(reading({ text: 'x'.repeat(30_001) })), sender()],
    ['three titles', ask(reading({ titles: ['a', 'b', 'c'] })), sender()],
    ['a title longer than 300 characters', ask(reading({ titles: ['x'.repeat(301)] })), sender()],
    ['two declared postings (a list, never sent)', ask(reading({ postings: 2 })), sender()],
    ['a count that is no number', ask({ ...reading(), labels: '3' }), sender()],
    ['no reading', ask(null), sender()],
    ['null', null, sender()],
  ])('refuses %s', (_, message, from) => {
    expect(weighPageVerdict(message, from, EXT_ID)).toBeNull();
  });

  // The content script's answer, read and weighed apart and the reading sent through the schema, is the
  // extractor's, read and weighed in one go: on every page of the corpus and of the blind batches.
  const roots = [PAGES_DIR, ...blindBatches()];
  it('reads every fixture folder', () => {
    expect(roots.length).toBeGreaterThan(90);
  });
  // Each folder in a window of its own, closed after it: a window keeps every document parsed in it.
  it.each(roots.map((root) => [basename(root), root]))('gives the extractor’s answer on every page of %s, through the message', async (_, root) => {
    const { parse, close } = savedPageParser();
    for (const dir of fixtureDirs(root)) {
      const expected = JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as { url?: string };
      const url = expected.url ?? 'https://example.org/';
      const doc = parse(readFileSync(join(root, dir, 'page.html'), 'utf8'));
      const read = readForDetection(doc, url);
      // The message as runtime messaging carries it: serialised.
      const verdict = read === null ? false : weighPageVerdict(JSON.parse(JSON.stringify(ask(read))), sender(), EXT_ID);
      expect([dir, verdict]).toEqual([dir, looksLikeVacancy(doc, url)]);
    }
    await close();
  });
});
