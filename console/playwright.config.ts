import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// The console's browser suite (tests/console/CMakeLists.txt runs it from ctest). Debian's
// Chromium, never Playwright's download; one worker against the one server the global set-up starts.
const output = process.env.CONSOLE_TEST_OUTPUT ?? '.';

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/global-setup.ts',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One folder per store: ctest runs the SQLite and the PostgreSQL suite side by side, and each
  // run empties its own folder first.
  outputDir: join(output, `test-results-${process.env.CONSOLE_TEST_STORE ?? 'sqlite'}`),
  use: {
    ignoreHTTPSErrors: true, // the test server's own certificate
    locale: 'da-DK',
    launchOptions: { executablePath: '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
});
