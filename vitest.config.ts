import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          // Budgets for a shared 2-core machine. The slowest unit tests without a budget of their own
          // took up to 1.5 s, and the slowest hooks up to 3 s, while a build loop and a second test run
          // shared the machine; vitest's 5 s and 10 s defaults were within 2× of that. Tests doing
          // slower work (a spreadsheet, a child process, thousands of records) set a measured budget.
          testTimeout: 15_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Real Chromium with the built extension: one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // expect.poll waits for a condition; its 1 s default is a timing assert on a busy machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
      {
        // Real Firefox (firefox-esr over WebDriver BiDi) with the built add-on: one browser at a time.
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
