/**
 * The application log's exports in a real Chromium with the built extension: a backup restored
 * through the log page's file picker (preview, confirm), a broken file refused, the printable
 * proof printed to PDF by Chromium and read back with pdftotext, its toolbar (name, period, the
 * way back to the log; light and dark, axe), and the calendar and backup downloaded through the
 * log page's buttons; the popup's CSV is the log page's, byte for byte.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { backupJson, toBackup } from '../../src/log/backup';
import { buildReport } from '../../src/log/report';
import { effectiveFacts, withNotes, withStatus } from '../../src/model/tracked';
import { generateLog } from '../unit/log/generate';
import { axeViolations, launchWithExtension, normaliseSpaces, openPopup, screenshot, waitForText, type ExtensionBrowser } from './harness';

const PERIOD = { from: '2025-01-01', to: '2026-03-31' };
const log = generateLog(40, 21);
const backup = backupJson(toBackup(log, null, new Date('2026-04-01T08:00:00Z')));

function requirePdftotext(): void {
  const found = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (found.error) {
    throw new Error('This test reads the printed PDF with `pdftotext`, which was not found. Install it: apt-get install -y poppler-utils');
  }
}

let browser: ExtensionBrowser;
/** The proof of job search. */
let page: Page;
/** The log page: its export panel holds the exports and the restore. */
let logPage: Page;

beforeAll(async () => {
  requirePdftotext();
  browser = await launchWithExtension({ locale: 'nl' });
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`report.html?from=${PERIOD.from}&to=${PERIOD.to}`));
  logPage = await browser.context.newPage();
  await logPage.goto(browser.extensionUrl('log.html'));
});
afterAll(async () => {
  await browser?.close();
});

async function restore(name: string, text: string): Promise<void> {
  await logPage.getByTestId('restore-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}


/** The proof's words as printed: Chromium's PDF read back with pdftotext. */
async function printedWords(): Promise<string> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  return normaliseSpaces(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')).replace(/\s+/g, ' ');
}

describe('restore, proof, calendar and backup in the browser', () => {
  test('an empty log prints an empty proof', async () => {
    await waitForText(page.getByTestId('report'), ['Geen sollicitaties in deze periode.', 'Totaal: 0']);
  });

  test('a broken file is refused with what is wrong and where, and nothing changes', async () => {
    const broken = JSON.parse(backup);
    broken.vacancies[12].facts.deadline = '1 februari';
    await restore('kapot.json', JSON.stringify(broken));
    await waitForText(logPage.getByTestId('restore-error'), [
      'Deze back-up bevat gegevens die niet kloppen:',
      'vacancies[12].facts.deadline: expected an ISO date',
      'Er is niets gewijzigd.',
    ]);
    await restore('afgebroken.json', backup.slice(0, 1000));
    await waitForText(logPage.getByTestId('restore-error'), ['beschadigd of onvolledig', 'Kies het .json-bestand']);
    await page.reload();
    await waitForText(page.getByTestId('report'), ['Totaal: 0']);
  });

  test('a backup restores after a preview and a confirmation', async () => {
    await restore('vacalens-backup.json', backup);
    await waitForText(logPage.getByTestId('restore-preview'), [`${log.length} nieuw, 0 al aanwezig, 0 verschillend`]);
    // Imported text is shown as text: the HTML in a title is not an element.
    expect(await logPage.locator('[data-testid=restore-preview] img').count()).toBe(0);
    await screenshot(logPage, 'restore-preview', { fullPage: true });
    await logPage.getByTestId('restore-confirm').click();
    await waitForText(logPage.getByTestId('restore-done'), [`Teruggezet: ${log.length} toegevoegd, 0 vervangen, 0 ongewijzigd.`]);
  });

  test('the printable proof lists every application of the period, printed to PDF', async () => {
    const expected = buildReport(log, PERIOD, 'nl');
    expect(expected.rows.length).toBeGreaterThan(5);
    await page.reload();
    await page.getByTestId('report-name-input').fill('An Peeters');
    await page.getByTestId('report-name-input').blur();
    // The name is kept: the next proof, a month later, has it without retyping. Read in a page of its own:
    // reloading this one could leave before its save had reached the store, on a busy machine.
    await expect.poll(async () => {
      const next = await page.context().newPage();
      try {
        await next.goto(page.url());
        return await next.getByTestId('report-name-input').inputValue();
      } finally {
        await next.close();
      }
    }).toBe('An Peeters');
    await waitForText(page.getByTestId('report-name'), ['An Peeters']);
    await expect.poll(() => page.getByTestId('report-row').count()).toBe(expected.rows.length);
    await screenshot(page, 'report', { fullPage: true });

    const words = await printedWords();
    expect(words).toContain('Overzicht van mijn sollicitaties');
    expect(words).toContain('Naam: An Peeters');
    expect(words).toContain('Periode: 1 januari 2025 tot en met 31 maart 2026');
    // The toolbar stays off paper.
    for (const onScreen of ['Terug naar het logboek', 'Afdrukken of bewaren als PDF', 'Toon deze periode', 'Tot en met']) {
      expect(words).not.toContain(onScreen);
    }
    expect(words).toContain(`Totaal: ${expected.rows.length}`);
    for (const month of expected.months) expect(words).toContain(month.label);
    for (const row of expected.rows) expect(words, row.url).toContain(row.employer);
    expect(words).toContain('<img src=x onerror=alert(1)>');
    // Each application's date, as Dutch writes it, once per application on that day.
    const dates = expected.rows.map((r) => new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(r.applied)));
    for (const date of new Set(dates)) expect(words.split(date).length - 1, date).toBeGreaterThanOrEqual(dates.filter((d) => d === date).length);
  });

  test('the toolbar shows the proof of another period, and says what is wrong with a start after the end', async () => {
    const spring = { from: '2025-03-01', to: '2025-05-31' };
    const expected = buildReport(log, spring, 'nl');
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(expected.rows.length).toBeLessThan(buildReport(log, PERIOD, 'nl').rows.length);
    await page.getByTestId('report-from').fill(spring.from);
    await page.getByTestId('report-to').fill(spring.to);
    await page.getByTestId('report-show').click();
    await waitForText(page.getByTestId('report'), ['Periode: 1 maart 2025 tot en met 31 mei 2025', `Totaal: ${expected.rows.length}`]);
    expect(await page.getByTestId('report-row').count()).toBe(expected.rows.length);
    expect(await page.getByTestId('report-month').allInnerTexts()).toEqual(expected.months.map((m) => `${m.label}\t${m.count}`));
    // The address keeps the period: a reload shows the same proof, and the name is still there.
    expect(new URL(page.url()).search).toBe(`?from=${spring.from}&to=${spring.to}`);
    await page.reload();
    await waitForText(page.getByTestId('report'), ['Periode: 1 maart 2025 tot en met 31 mei 2025', 'Naam: An Peeters']);
    expect(await page.getByTestId('report-from').inputValue()).toBe(spring.from);
    const words = await printedWords();
    expect(words).toContain('Periode: 1 maart 2025 tot en met 31 mei 2025');
    expect(words).toContain(`Totaal: ${expected.rows.length}`);

    // A start after the end is refused in words, and the proof on the page stays the one it names.
    await page.getByTestId('report-from').fill('2025-06-01');
    await page.getByTestId('report-show').click();
    await waitForText(page.getByTestId('report-period-problem'), ['‘Van’ ligt na ‘Tot en met’']);
    expect(await page.getByTestId('report-from').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('report').innerText()).toContain('Periode: 1 maart 2025 tot en met 31 mei 2025');
    expect(new URL(page.url()).search).toBe(`?from=${spring.from}&to=${spring.to}`);
    await screenshot(page, 'report-period-problem');
    // The same in the address: the message, and no proof of a period that does not exist.
    await page.goto(browser.extensionUrl('report.html?from=2026-04-01&to=2026-03-31'));
    await waitForText(page.getByTestId('report-period-problem'), ['‘Van’ ligt na ‘Tot en met’']);
    expect(await page.getByTestId('report').count()).toBe(0);
    expect(await page.getByTestId('print').isDisabled()).toBe(true);
  });

  test('the toolbar is labelled, light and dark, and axe finds no serious violation', async () => {
    await page.goto(browser.extensionUrl(`report.html?from=${PERIOD.from}&to=${PERIOD.to}`));
    await waitForText(page.getByTestId('report'), ['Naam: An Peeters']);
    for (const label of ['Naam', 'Van', 'Tot en met']) await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    expect(await axeViolations(page, 'body')).toEqual([]);
    await screenshot(page, 'report-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'body')).toEqual([]);
    await screenshot(page, 'report-dark');
    await page.getByTestId('report-name-input').focus();
    await page.keyboard.press('Tab');
    await screenshot(page, 'report-dark-focus');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('the calendar downloads and parses with the deadlines and steps of the period', async () => {
    await logPage.getByTestId('export-from').fill('2025-01-01');
    await logPage.getByTestId('export-to').fill('2026-12-31');
    const [download] = await Promise.all([logPage.waitForEvent('download'), logPage.getByTestId('export-log-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/^vacalens-agenda-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = log.reduce((n, r) => {
      const f = effectiveFacts(r);
      return n + (f.deadline ? 1 : 0) + f.events.length;
    }, 0);
    expect(events).toHaveLength(expected);
    expect(events.filter((e) => e.summary.startsWith('Uiterste datum: ')).length).toBe(log.filter((r) => effectiveFacts(r).deadline).length);
  });

  test('the backup downloads whole and equals what was restored', async () => {
    const [download] = await Promise.all([logPage.waitForEvent('download'), logPage.getByTestId('export-log-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^vacalens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    // The name typed on the proof above is a setting, and goes into the backup with the others.
    expect(file).toMatchObject({ formatVersion: 2, app: 'vacalens', settings: { reminders: true, deadlineReminderDays: 3, reportName: 'An Peeters' } });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(file.vacancies.sort(byId)).toEqual([...log].sort(byId));
  });

  test("the popup's spreadsheet button downloads the log page's CSV, byte for byte, in Dutch with numbers as numbers", async () => {
    // The whole log on the log page (no period), as the popup exports it.
    await logPage.getByTestId('export-from').fill('');
    await logPage.getByTestId('export-to').fill('');
    const [fromLog] = await Promise.all([logPage.waitForEvent('download'), logPage.getByTestId('export-log-csv').click()]);
    const popup = await openPopup(browser);
    await expect.poll(() => popup.getByTestId('export-csv').isEnabled()).toBe(true);
    await popup.getByTestId('export-csv').scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-export-csv');
    const [fromPopup] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-csv').click()]);
    expect(fromPopup.suggestedFilename()).toBe(fromLog.suggestedFilename());
    expect(fromPopup.suggestedFilename()).toMatch(/^vacalens-sollicitaties-\d{4}-\d{2}-\d{2}\.csv$/);
    const [logCsv, popupCsv] = [readFileSync((await fromLog.path())!, 'utf8'), readFileSync((await fromPopup.path())!, 'utf8')];
    expect(popupCsv).toBe(logCsv);
    // Every vacancy's row (a note may hold line breaks, so rows are counted by their addresses).
    for (const r of log) expect(popupCsv, r.url).toContain(r.url);
    expect(popupCsv.startsWith('\uFEFFGevolgd op;Gesolliciteerd op;Hoe gesolliciteerd;Werkgever;')).toBe(true);
    // Amounts with a decimal comma, the period in Dutch, phones grouped: no English id, no raw value.
    expect(popupCsv).toMatch(/;EUR;per (maand|jaar);/);
    expect(popupCsv).toMatch(/;30\d\d,\d\d;/);
    expect(popupCsv).toContain('+32 3 240 58 39');
    expect(popupCsv).not.toMatch(/;(month|year|applied|interested|portal|email);/);
    await popup.close();
  });

  test('the proof page has no export or restore of its own, and leads back to the log', async () => {
    await page.goto(browser.extensionUrl(`report.html?from=${PERIOD.from}&to=${PERIOD.to}`));
    await waitForText(page.getByTestId('report'), ['Naam: An Peeters']);
    for (const id of ['log-exports', 'restore-file', 'export-log-csv', 'export-log-json', 'open-report']) {
      expect(await page.getByTestId(id).count(), id).toBe(0);
    }
    await page.getByRole('link', { name: 'Terug naar het logboek' }).click();
    await page.waitForURL(browser.extensionUrl('log.html'));
    await waitForText(page.getByRole('heading', { level: 1 }), ['Mijn sollicitatielogboek']);
    await expect.poll(() => page.getByTestId('log-row').count()).toBe(log.length);
  });

  test('a backup with two conflicts: each says what differs, one flipped to the file’s with the keyboard, one kept', async () => {
    // The other computer moved one vacancy on to an offer, and the other to an interview with a note.
    const changedAt = new Date('2026-04-02T10:00:00Z');
    const [a, b] = log.filter((r) => r.facts.title && !['offer', 'interview'].includes(r.status));
    const file = log.map((r) =>
      r === a ? withStatus(r, 'offer', changedAt) : r === b ? withNotes(withStatus(r, 'interview', changedAt), 'Gesprek op 14 april, 10 uur', changedAt) : r,
    );
    await restore('andere-computer.json', backupJson(toBackup(file, null, changedAt)));
    const preview = logPage.getByTestId('restore-preview');
    await waitForText(preview, [`0 nieuw, ${log.length - 2} al aanwezig, 2 verschillend`]);
    // Conflicts first, in the file's order, each with what differs in words.
    const [rowA, rowB] = [logPage.getByTestId('restore-row').nth(0), logPage.getByTestId('restore-row').nth(1)];
    await waitForText(rowA.getByTestId('restore-row-differences'), ['status: ', ' hier, aanbod in het bestand', 'stappen in de geschiedenis: ', 'laatst gewijzigd: ']);
    await waitForText(rowB.getByTestId('restore-row-differences'), [' hier, gesprek in het bestand', 'notities verschillen']);
    expect(await rowA.getByRole('radiogroup').getAttribute('aria-label')).toBe(`Keuze voor ${a!.facts.title}`);
    expect(await axeViolations(logPage, '[data-testid=restore-preview]')).toEqual([]);
    // Both start from the global choice, "keep mine"; B goes to the file's with the arrow key.
    await rowB.getByRole('radio', { name: 'houd de mijne' }).focus();
    await logPage.keyboard.press('ArrowDown');
    expect(await rowB.getByRole('radio', { name: 'neem die van het bestand' }).isChecked()).toBe(true);
    expect(await rowA.getByRole('radio', { name: 'houd de mijne' }).isChecked()).toBe(true);
    await preview.scrollIntoViewIfNeeded();
    await screenshot(logPage, 'restore-preview-conflicts');
    await logPage.getByTestId('restore-confirm').click();
    await waitForText(logPage.getByTestId('restore-done'), [`Teruggezet: 0 toegevoegd, 1 vervangen, ${log.length - 1} ongewijzigd.`]);
    const statusOf = (id: string) => logPage.locator(`[data-testid=log-row][data-id="${id}"] [data-testid=log-status]`).inputValue();
    await expect.poll(() => statusOf(b!.id)).toBe('interview');
    expect(await statusOf(a!.id)).toBe(a!.status);
  });
});
