import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/corpora (every shared corpus imported, built and verified in Chromium: five minutes
    // on two cores) runs with `npm run test:corpora`, so that `npm test` stays within CI's time.
    include: process.env.MNEMO_CORPORA_BUILD ? ['tests/corpora/**/*.test.ts'] : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Integration tests run real builds, which must not overlap (they share the project's .astro/).
    fileParallelism: false,
    // Some unit tests read whole corpora (hundreds of lessons); a loaded CI machine needs room.
    testTimeout: 30_000,
  },
});
