/**
 * The job-search activities, the meter and the proof per employment service, in a real Chromium
 * with the built extension: a month of mixed activities (typed through the log page's form for
 * UWV, the rest sent through the extension's own messages as the log page sends them) and a
 * tracked vacancy applied for in that month; for each service the popup's meter, the log page's
 * gaps, and the proof printed to PDF, read back with pdftotext and rendered to PNG with pdftoppm.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { activityWordsFor } from '../../src/i18n/activity-words';
import { backupJson, toBackup } from '../../src/log/backup';
import { countedEntries, logEntries } from '../../src/log/counting';
import { meterText } from '../../src/log/meter-text';
import { addDays } from '../../src/log/periods';
import { buildProof, proofWords } from '../../src/log/proof';
import { effectiveStart, entryGaps, meterState } from '../../src/log/proof-meter';
import { PRESETS, PRESET_IDS, type PresetId } from '../../src/log/presets';
import { emptyActivityInput, type Activity, type ActivityInput } from '../../src/model/activity';
import { DEFAULT_PROOF_SETTINGS, type ProofSettings } from '../../src/model/proof-settings';
import { localDay } from '../../src/model/views';
import { translatorFor } from '../unit/helpers';
import { vacancy } from '../unit/log/activity-log';
import { axeViolations, launchWithExtension, normaliseSpaces, openPopup, ROOT, screenshot, waitForText, type ExtensionBrowser } from './harness';

const TODAY = localDay(new Date());
const day = (daysAgo: number) => addDays(TODAY, -daysAgo);
/** The proof's month: the last four weeks. */
const MONTH = { from: day(27), to: TODAY };
const PDF_DIR = join(ROOT, 'tests', 'output', 'proofs');
const t = translatorFor('nl');

// A tracked vacancy applied for by the portal ten days ago: its application counts without retyping.
const tracked = vacancy('tracked-gent', [['interested', `${day(12)}T09:00:00.000Z`], ['applied', day(10)]], {
  via: 'portal',
  organisation: 'Stad Gent',
  title: 'Communicatiemedewerker',
});

const input = (daysAgo: number, patch: Partial<ActivityInput> & Pick<ActivityInput, 'type'>): ActivityInput => ({
  ...emptyActivityInput(day(daysAgo), patch.type),
  ...patch,
});
/** Sent through the messages; the UWV test types two more through the form. */
const SEEDED: ActivityInput[] = [
  input(26, { type: 'open-application', employer: 'Utrecht', position: 'Beleidsmedewerker', how: 'email', result: 'Geen reactie', contact: 'Joost Vries', phone: '030 286 00 00', address: 'werk@utrecht.nl', municipality: 'Utrecht', minutes: 60 }),
  input(22, { type: 'job-fair', employer: 'Jobbeurs', how: 'in-person', minutes: 240 }),
  input(12, { type: 'interview', employer: 'Limburg', position: 'Jurist', how: 'in-person', result: 'Tweede ronde', minutes: 90 }),
  input(8, { type: 'test', employer: 'Selor', position: 'Analist', how: 'portal', minutes: 120 }),
  input(4, { type: 'agency-registration', employer: 'Randstad', how: 'in-person', result: 'Ingeschreven', minutes: 45, municipality: 'Antwerpen' }),
  input(2, { type: 'training', employer: 'Syntra', result: 'Gevolgd', minutes: 180 }),
];

let browser: ExtensionBrowser;
let logPage: Page;

/** The extension page's runtime, as far as this test sends through it. */
declare const chrome: { runtime: { sendMessage(message: unknown, answer: (response: any) => void): void } };

/** A message to the background as the extension's pages send it (@webext-core/messaging's shape). */
async function send<T>(type: string, data?: unknown): Promise<T> {
  return logPage.evaluate(
    ([type, data]) =>
      new Promise<T>((ok, fail) =>
        chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }, (answer: { res?: T; err?: { message: string } }) =>
          answer?.err ? fail(new Error(answer.err.message)) : ok(answer?.res as T),
        ),
      ),
    [type, data] as const,
  );
}

async function storedActivities(): Promise<Activity[]> {
  return (await send<{ activities: Activity[] }>('listJobSearch', { from: day(60), to: TODAY })).activities;
}

/** What each service's settings are in this test: UWV and Universal Credit count from a start 20 days ago. */
function settingsFor(id: PresetId): ProofSettings {
  const start = PRESETS[id].rhythm.period.unit === 'weeks' && PRESETS[id].rhythm.period.anchor === 'start' ? day(20) : null;
  // VDAB and the Bundesagentur: the number agreed with the person; the others keep the service's.
  const target = id === 'vdab' ? 6 : id === 'ba-jobcenter' ? 5 : null;
  return { ...DEFAULT_PROOF_SETTINGS, preset: id, start, target, clientNumber: '123K456', address: 'Kerkstraat 1, 9000 Gent', remindDaysBefore: 3 };
}

function pdfText(pdf: Buffer): string {
  return normaliseSpaces(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')).replace(/\s+/g, ' ');
}

beforeAll(async () => {
  for (const tool of ['pdftotext', 'pdftoppm']) {
    if (spawnSync(tool, ['-v']).error) throw new Error(`This test needs \`${tool}\`: apt-get install -y poppler-utils`);
  }
  mkdirSync(PDF_DIR, { recursive: true });
  browser = await launchWithExtension({ locale: 'nl' });
  logPage = await browser.context.newPage();
  await logPage.goto(browser.extensionUrl('log.html'));
  await logPage.getByTestId('job-search').waitFor();
  await send('logImportApply', { text: backupJson(toBackup([tracked], null, new Date())), conflicts: 'keep', except: [] });
  for (const a of SEEDED) await send('addActivity', a);
});
afterAll(async () => {
  await browser?.close();
});

describe('job-search activities and the proof per service', () => {
  test('UWV through the log page: choose the service, add, edit and delete activities by hand, gaps shown', async () => {
    await logPage.reload();
    await logPage.getByTestId('proof-preset').selectOption('uwv');
    await waitForText(logPage.getByTestId('proof-settings'), ['Deze dienst telt periodes vanaf je begindatum: vul die in.']);
    await waitForText(logPage.getByTestId('log-meter'), [t('meterNeedsStart')]);
    await logPage.getByTestId('proof-start').fill(day(20));
    await logPage.getByTestId('proof-start').dispatchEvent('change');
    // Typed while the start date's save may still be answering: when its re-render lands before the
    // field is left (a busy machine), the name must stay in the field and be saved, for every proof below.
    await logPage.getByTestId('proof-name').fill('Sam Janssens');
    await logPage.getByTestId('proof-name').blur();
    await expect.poll(async () => (await send<{ reportName: string }>('getSettings')).reportName).toBe('Sam Janssens');

    // A network contact, typed by hand with the keyboard's labels.
    await logPage.getByTestId('activity-add').click();
    const form = logPage.getByTestId('activity-form');
    await form.getByLabel('Datum').fill(day(18));
    await form.getByTestId('activity-type').selectOption('network-contact');
    await form.getByTestId('activity-employer').fill('Antwerpen');
    await form.getByTestId('activity-contact').fill('Els Peeters');
    await form.getByTestId('activity-how').selectOption('phone');
    await form.getByTestId('activity-minutes').fill('30');
    // UWV asks the result: it is marked, and the saved row shows it missing.
    await waitForText(form, ['Resultaat (nodig voor je dienst)']);
    await form.getByTestId('activity-save').click();
    await waitForText(logPage.getByTestId('job-search'), ['Activiteit bewaard.', 'Antwerpen']);
    const contactRow = logPage.getByTestId('activity-row').filter({ hasText: 'Antwerpen' }).filter({ hasText: 'Netwerkcontact' });
    await waitForText(contactRow, ['Ontbreekt: Resultaat']);
    // Filled in afterwards: the gap goes.
    await contactRow.getByTestId('activity-edit').click();
    await form.getByTestId('activity-result').fill('Tip over vacature');
    await form.getByTestId('activity-save').click();
    await waitForText(contactRow, ['Tip over vacature'], { absent: ['Ontbreekt'] });

    // An application, then a mistaken entry deleted.
    for (const [daysAgo, employer] of [[1, 'Mechelen'], [1, 'Vergissing']] as const) {
      await logPage.getByTestId('activity-add').click();
      await form.getByTestId('activity-date').fill(day(daysAgo));
      await form.getByTestId('activity-employer').fill(employer);
      await form.getByTestId('activity-position').fill('Projectleider');
      await form.getByTestId('activity-how').selectOption('portal');
      await form.getByTestId('activity-result').fill('Wacht op antwoord');
      await form.getByTestId('activity-save').click();
      await waitForText(logPage.getByTestId('activity-table'), [employer]);
    }
    await logPage.getByTestId('activity-row').filter({ hasText: 'Vergissing' }).getByTestId('activity-delete').click();
    await waitForText(logPage.getByTestId('job-search'), ['Activiteit verwijderd.'], { absent: ['Vergissing'] });
    expect((await storedActivities()).map((a) => a.employer)).not.toContain('Vergissing');
    expect(await send<ProofSettings>('getProofSettings')).toMatchObject({ preset: 'uwv', start: day(20) });
    expect(await logPage.getByTestId('proof-name').inputValue()).toBe('Sam Janssens');
    await screenshot(logPage, 'job-search-log-uwv', { fullPage: true });
    expect(await axeViolations(logPage, '[data-testid="job-search"]')).toEqual([]);
  });

  test.each(PRESET_IDS)('%s: meter in the popup, gaps in the log, the proof printed to PDF', async (id) => {
    const settings = settingsFor(id);
    await send('setProofSettings', settings);
    const activities = await storedActivities();
    expect(activities).toHaveLength(SEEDED.length + 2);
    const now = new Date();

    // The popup's meter, as the person's browser language says it.
    const state = meterState(settings, [tracked], activities, now);
    if (state.kind !== 'meter') throw new Error(`no meter for ${id}: ${state.kind}`);
    const sentence = meterText(state.meter, state.rhythm, t, activityWordsFor('nl'), 'nl');
    const popup = await openPopup(browser);
    await waitForText(popup.getByTestId('popup-meter'), [sentence]);
    await screenshot(popup, `job-search-popup-${id}`);
    await popup.close();

    // The log page: this period's entries, with the gaps the service asks filled.
    await logPage.reload();
    await waitForText(logPage.getByTestId('log-meter'), [sentence]);
    const counted = countedEntries(logEntries([tracked], activities), PRESETS[id]).filter((e) => e.day >= state.meter.period.from && e.day <= state.meter.period.to);
    const withGaps = counted.filter((e) => entryGaps(e, id).length > 0);
    await expect.poll(() => logPage.getByTestId('activity-gaps').count()).toBe(withGaps.length);

    // The proof for the month, in the service's layout and language.
    const preset = PRESETS[id];
    const words = proofWords(preset, 'nl');
    const proof = buildProof({
      vacancies: [tracked],
      activities,
      preset,
      target: settings.target,
      start: effectiveStart(settings) ?? MONTH.from,
      period: MONTH,
      person: { name: 'Sam Janssens', clientNumber: settings.clientNumber, address: settings.address },
      words,
      now,
    });
    expect(proof.rows.length).toBeGreaterThan(3);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(browser.extensionUrl(`proof.html?from=${MONTH.from}&to=${MONTH.to}`));
    await expect.poll(() => page.getByTestId('proof-row').count()).toBe(proof.rows.length);
    await waitForText(page.getByTestId('proof'), [words.proof.title, 'Sam Janssens']);
    // The gaps are listed before printing, in the person's language.
    if (proof.rowsWithGaps > 0) await expect.poll(() => page.getByTestId('proof-gap-row').count()).toBe(proof.rowsWithGaps);
    else await waitForText(page.getByTestId('proof-no-gaps'), [t('proofNoGaps')]);
    await screenshot(page, `job-search-proof-${id}`, { fullPage: true });
    expect(await axeViolations(page, 'body')).toEqual([]);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const pdfPath = join(PDF_DIR, `proof-${id}.pdf`);
    writeFileSync(pdfPath, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(PDF_DIR, `proof-${id}`)]);
    const text = pdfText(pdf);
    expect(text).toContain(words.proof.title);
    for (const { heading } of proof.columns) for (const word of heading.split(/[ -]/)) expect(text, heading).toContain(word);
    for (const row of proof.rows) {
      for (const word of (row.cells.employer ?? '').split(' ')) expect(text, `${row.key} ${word}`).toContain(word);
    }
    expect(text).toContain('Sam Janssens');
    expect(text).toContain(words.proof.signature);
    expect(text).toContain(words.proof.perPeriod);
    if (preset.asksClientNumber) expect(text).toContain('123K456');
    else expect(text).not.toContain('123K456');
    // The screen's gap list and buttons stay off paper.
    expect(text).not.toContain(t('proofGapsHeading'));
    expect(text).not.toContain(t('proofCsv'));
    // The evidence: the tracked vacancy's address, where it is counted.
    if (proof.rows.some((r) => r.source === 'vacancy')) expect(text).toContain(words.evidenceNote.slice(0, 20));
    await page.close();
  });
});
