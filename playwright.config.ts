import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/browser';

let executablePath: string | undefined;
try {
  executablePath = findChromium();
} catch {
  // Global setup reports the missing browser with install instructions.
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: axe runs and real builds share two cores with the browser.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'e2e/.results/results.json' }]],
  outputDir: 'e2e/.results/artifacts',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // Recording a trace of every test costs the two cores a fifth of the run: MNEMO_E2E_TRACE=1
    // keeps one for each failed test (npx playwright show-trace), as when debugging a failure.
    trace: process.env.MNEMO_E2E_TRACE ? 'retain-on-failure' : 'off',
  },
});
