import { defineConfig } from 'vitest/config';

// Three tiers, run by `npm test` in this order:
// - unit: pure functions and components, no I/O (files named *.test.ts beside the code)
// - integration: the API and data layer against a real PostgreSQL (or PGlite), *.int.test.ts
// - e2e: the built app in Chromium (e2e/tests)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/api/src/**/*.test.ts',
            'apps/gateway-sandbox/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      'apps/*/vitest.config.ts',
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'apps/api/src/**/*.int.test.ts'],
          globalSetup: ['./packages/db/src/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/tests/**/*.test.ts'],
          // a page's first render waits for its language's messages and chunks: a second is too short
          // on a busy machine for a poll that has no timeout of its own
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
