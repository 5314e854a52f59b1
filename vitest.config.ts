import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Unit tests run in parallel; integration tests run real builds, which must not overlap (they
 * share the project's `.astro/`), so they run one file at a time, beside the unit tests.
 * tests/corpora (every shared corpus imported, built and verified in Chromium: five minutes on
 * two cores) runs with `npm run test:corpora`, so that `npm test` stays within CI's time.
 */
const projects: TestProjectInlineConfiguration[] = process.env.MNEMO_CORPORA_BUILD
  ? [{ extends: true, test: { name: 'corpora', include: ['tests/corpora/**/*.test.ts'], fileParallelism: false } }]
  : [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], fileParallelism: false } },
    ];

export default defineConfig({
  test: {
    environment: 'node',
    // Some unit tests read whole corpora (hundreds of lessons); a loaded CI machine needs room.
    testTimeout: 30_000,
    projects,
  },
});
