import { defineConfig } from 'vitest/config';

/**
 * Four suites, one run: unit (pure logic + the core against real encrypted SQLite), component (React in
 * happy-dom), integration (the handler table, the bridge, crash and fuzz tests) and e2e (the real UI in Chromium).
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'component', include: ['test/component/**/*.test.tsx'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // The files run one after another in one worker, which imports Playwright and the helpers once instead of
          // once per file; each file still starts its own bridge and opens its own browser contexts.
          isolate: false,
          // One Chromium for the run; each file connects to it (test/e2e/sharedBrowser.ts).
          globalSetup: ['test/e2e/sharedBrowser.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'postcheck', include: ['test/postcheck/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
