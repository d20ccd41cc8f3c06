import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          // Each file starts Chromium and a server: two at once is what two cores carry well.
          maxWorkers: 2,
          // After the API tests, so the two groups do not compete for the two cores.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
