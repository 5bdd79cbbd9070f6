import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { browserLaunchOptions } from '../helpers/bridgeProcess';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The e2e run's Chromium (a Playwright browser server), which every test file connects to (harness.ts). */
    e2eBrowserEndpoint: string;
  }
}

/**
 * The e2e project's global setup: one Chromium for the whole run instead of one per test file. Starting Chromium and
 * its first page cost a test file about 1 s on the 2-core CI machine; connecting costs about 30 ms. Each test still
 * gets a browser context of its own (`openApp`: own storage, own time zone and clock), and a file's `browser.close()`
 * closes its contexts and disconnects, so files share the browser process and nothing else.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(browserLaunchOptions());
  project.provide('e2eBrowserEndpoint', server.wsEndpoint());
  return () => server.close();
}
