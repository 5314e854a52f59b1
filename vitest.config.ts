import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Integration tests run real builds, which must not overlap (they share the project's .astro/).
    fileParallelism: false,
    // Some unit tests read whole corpora (hundreds of lessons); a loaded CI machine needs room.
    testTimeout: 30_000,
  },
});
