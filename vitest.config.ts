import { defineConfig } from 'vitest/config';

// Two projects: "unit" tests the pure modules in seconds; "e2e" builds the site once (global setup),
// serves it on a free port and drives Chromium against it.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Vitest's 5 s default failed tests that generate a bench archive or draw share images whenever the two
          // cores were busy; a test's time is no assertion here (speed goals live in `npm run bench`).
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Each file starts its own Chromium: two at a time is what two cores carry.
          maxWorkers: 2,
        },
      },
    ],
  },
});
