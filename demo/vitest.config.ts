import { defineConfig } from 'vitest/config';

// End-to-end tests: one reference server, one Vite and one Chromium for the whole run
// (e2e/global-setup.ts); files run one after another, each in its own browser context.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
