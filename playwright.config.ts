import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive the production build (`next build` + `next start`) in Debian's Chromium.
 * Playwright's own browser download is not possible here, so the system Chromium is required.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  // In CI a missing browser is a failure, never a silent skip.
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH); .ci/run does this for you.`,
  );
}

const port = Number(process.env.E2E_PORT ?? 3210);

// Votes cast by the browser tests go to their own database, never ./data/feedback.sqlite. It starts
// empty on every run: only the runner process (not the workers, which load this file too while the
// server is up) removes the previous run's file. Tests find it through FEEDBACK_E2E_DB.
const feedbackDb = path.join(os.tmpdir(), `mailguide-e2e-feedback-${port}.sqlite`);
process.env.FEEDBACK_E2E_DB = feedbackDb;
if (!process.env.TEST_WORKER_INDEX) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${feedbackDb}${suffix}`, { force: true });
}

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /lighthouse\.spec\.ts$/ },
    // Lighthouse measures timing: it runs after every other test, alone, so a busy second worker
    // cannot make a page look slow or unloaded (seen on a 2-core CI machine).
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts$/, dependencies: ['chromium'] },
  ],
  webServer: {
    // The build is made by `npm run test:e2e` beforehand; this only starts it.
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // A generous rate limit: every browser test votes from 127.0.0.1. The limit itself is tested
    // against a server of its own in test/e2e/feedback.spec.ts.
    // MAILGUIDE_TEST_ERRORS turns on /test-only/error for the error-page test (README).
    env: { FEEDBACK_DB: feedbackDb, FEEDBACK_RATE_LIMIT: '1000', MAILGUIDE_TEST_ERRORS: '1' },
  },
});
