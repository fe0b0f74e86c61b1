/**
 * Correcting the structured facts from the log page, in a real Chromium with the built extension:
 * after the portal has taken a vacancy down, the log is the only place left to put a wrong salary,
 * contract or contact list right. The seed vacancy is tracked from its page, then its salary and
 * contact persons are corrected in the log's detail (the sidebar's own forms), the CSV export
 * carries the corrections, the contract is left out ("not stated") and taken back, and an edit
 * begun before a change in another tab is refused with a line in the user's language.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  axeViolations,
  SEED_PATH,
  factRow,
  launchWithExtension,
  normaliseSpaces,
  screenshot,
  sidebar,
  startFixtureServer,
  waitForText,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const TITLE = 'Communicatiemedewerker lokale besturen';

let server: FixtureServer;
let browser: ExtensionBrowser;
let vacancy: Page;
let log: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, locale: 'nl' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fact = (field: string): Locator => log.getByTestId(`correction-${field}`);
const form = (field: string): Locator => fact(field).getByTestId('correction-form');

async function csvExport(): Promise<string> {
  const [download] = await Promise.all([log.waitForEvent('download'), log.getByTestId('export-log-csv').click()]);
  return normaliseSpaces(readFileSync((await download.path())!, 'utf8'));
}

describe('the log page corrects salary, contract and contact persons', () => {
  test('the tracked vacancy opens in the log with its facts as read', async () => {
    vacancy = await browser.context.newPage();
    await vacancy.goto(server.url(SEED_PATH), { waitUntil: 'load' });
    await sidebar(vacancy).getByTestId('track').click();
    await sidebar(vacancy).getByTestId('track-status').waitFor({ state: 'visible' });

    log = await browser.context.newPage();
    await log.setViewportSize({ width: 1100, height: 900 });
    await log.goto(browser.extensionUrl('log.html'));
    await log.getByTestId('log-row').filter({ hasText: TITLE }).getByTestId('open-detail').click();
    await waitForText(fact('salary'), ['B1', '€ 3.059,65 – € 4.129,64 bruto per maand']);
    await waitForText(fact('contract'), ['contractueel', 'voltijds']);
    await waitForText(fact('contacts'), ['Philip De Koninck', 'Birgit Baats']);
    await waitForText(fact('events'), ['Opdracht en competentiegericht interview']);
    // Nothing corrected yet: no undo, and the facts read can be left out.
    expect(await fact('salary').getByTestId('undo-correction').count()).toBe(0);
    expect(await fact('salary').getByTestId('not-stated').count()).toBe(1);
  });

  test('the salary is corrected with the sidebar form: scale and amounts as typed', async () => {
    await fact('salary').getByTestId('correct').click();
    const salary = form('salary');
    expect(await salary.getByLabel('Schaal', { exact: true }).inputValue()).toBe('B1');
    await salary.getByLabel('Schaal', { exact: true }).fill('B2');
    await salary.getByLabel('Van', { exact: true }).fill('3.200');
    await salary.getByLabel('Tot', { exact: true }).fill('4.300,50');
    await fact('salary').scrollIntoViewIfNeeded();
    await screenshot(log, 'log-correction-salary-form');
    await salary.getByRole('button', { name: 'Bewaar' }).click();

    await waitForText(fact('salary').getByTestId('fact-value'), ['B2 € 3.200 – € 4.300,50 bruto per maand'], { absent: ['B1', '€ 3.059,65'] });
    await waitForText(fact('salary').getByTestId('corrected'), ['door jou verbeterd', 'Gelezen op de pagina: B1 € 3.059,65 – € 4.129,64 bruto per maand']);
    expect(await form('salary').count()).toBe(0);
    expect(await fact('salary').getByTestId('not-stated').count()).toBe(0);
  });

  test('the contact persons are corrected: one changed, one removed', async () => {
    await fact('contacts').getByTestId('correct').click();
    const contacts = form('contacts');
    const first = contacts.locator('fieldset').nth(0);
    await first.getByLabel('Naam', { exact: true }).fill('Philippe De Coninck');
    // Typed as Belgians write it: the portal's country makes it international.
    await first.getByLabel('Telefoon', { exact: true }).fill('03 240 58 40');
    await contacts.locator('fieldset').nth(1).getByRole('button', { name: 'Verwijder' }).click();
    await screenshot(log, 'log-correction-contacts-form');
    expect(await axeViolations(log, '[data-testid="detail"]')).toEqual([]);
    await contacts.getByRole('button', { name: 'Bewaar' }).click();

    await waitForText(fact('contacts'), ['Philippe De Coninck', '+32 3 240 58 40', 'door jou verbeterd'], { absent: ['Bewaar'] });
    expect(normaliseSpaces(await fact('contacts').getByTestId('fact-value').innerText())).not.toContain('Birgit Baats');
    await log.getByTestId('detail').scrollIntoViewIfNeeded();
    await screenshot(log, 'log-correction-saved', { fullPage: true });
  });

  test('the CSV export carries the corrected salary and contact persons', async () => {
    const csv = await csvExport();
    const row = csv.split('\n').find((line) => line.includes(TITLE))!;
    // A Dutch file: amounts with a decimal comma (numbers to a Dutch spreadsheet), the phone grouped.
    expect(row).toContain(';B2;3200;4300,5;EUR;');
    expect(row).toContain('Philippe De Coninck, waarnemend diensthoofd lokale besturen, +32 3 240 58 40, philip.dekoninck@provincieantwerpen.be');
    expect(row).not.toContain('Birgit Baats');
    expect(row).not.toContain('3059,65');
  });

  test('the sidebar on the vacancy page reads the corrections made in the log', async () => {
    await vacancy.reload({ waitUntil: 'load' });
    await waitForText(factRow(vacancy, 'salary'), ['B2', 'door jou verbeterd']);
    await waitForText(factRow(vacancy, 'contacts').locator('ul.contacts'), ['Philippe De Coninck'], { absent: ['Birgit Baats'] });
  });

  test('the contract is left out as not stated, then taken back', async () => {
    await fact('contract').getByTestId('not-stated').click();
    await waitForText(fact('contract'), ['niet vermeld', 'door jou verbeterd', 'Gelezen op de pagina: contractueel'], {
      absent: ['Weglaten'],
    });
    expect(normaliseSpaces(await fact('contract').getByTestId('fact-value').innerText())).toBe('niet vermeld');
    await fact('contract').getByTestId('undo-correction').click();
    await waitForText(fact('contract'), ['Weglaten'], { absent: ['door jou verbeterd'] });
    expect(normaliseSpaces(await fact('contract').getByTestId('fact-value').innerText())).toBe('contractueel · voltijds · onbepaalde duur · niveau B');
  });

  test('an edit begun before a change in another tab is refused, with a line in Dutch', async () => {
    await fact('salary').getByTestId('correct').click();
    await form('salary').getByLabel('Schaal', { exact: true }).fill('B3');
    // Another log page changes the vacancy while the form is open; this one follows it.
    const other = await browser.context.newPage();
    await other.goto(browser.extensionUrl('log.html'));
    await other.getByTestId('log-row').filter({ hasText: TITLE }).getByTestId('log-status').selectOption('applied');
    await expect.poll(() => log.getByTestId('log-row').filter({ hasText: TITLE }).getByTestId('log-status').inputValue()).toBe('applied');
    await other.close();
    await form('salary').getByRole('button', { name: 'Bewaar' }).click();
    await waitForText(fact('salary').getByTestId('correction-error'), ['Je correctie is niet bewaard:', 'elders gewijzigd']);
    // What was typed stays in the form, and the value in effect is the one saved before.
    expect(await form('salary').getByLabel('Schaal', { exact: true }).inputValue()).toBe('B3');
    await screenshot(log, 'log-correction-refused');
    await form('salary').getByRole('button', { name: 'Annuleer' }).click();
    await waitForText(fact('salary'), ['B2'], { absent: ['B3', 'niet bewaard'] });
  });
});
