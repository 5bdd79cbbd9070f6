import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { BridgeProcess, launchBrowser as launchOwnBrowser, ROOT } from '../helpers/bridgeProcess';

export { chromiumPath } from '../helpers/bridgeProcess';

/**
 * The browser a test file drives: the e2e run's shared Chromium (sharedBrowser.ts, the project's global setup), or
 * a browser of its own where there is none. `browser.close()` in the file's afterAll disconnects from the shared one.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject('e2eBrowserEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchOwnBrowser();
}

export const RESULTS = join(ROOT, 'test-results');
export const SHOTS = join(RESULTS, 'e2e');
export const EXPORTS = join(RESULTS, 'exports');
export const DATA = join(RESULTS, 'e2e-data');

/**
 * The app's core behind the loopback bridge, in its own process (so a test can SIGKILL it), with a fresh data
 * directory and an explicit key.
 */
export class AppProcess extends BridgeProcess {
  constructor(dataDir: string, keyHex: string, extraArgs: string[] = []) {
    super(dataDir, keyHex, ['--export-dir', join(dataDir, 'eksport'), ...extraArgs]);
  }

  /**
   * A fresh data directory. Unless `firstRun` is true, the first-run guide is completed through the API with the
   * fixture's dagtilbudsleder as the user, so a test starts on the start page.
   */
  static async start(name: string, opts: { fakeNow?: string; dataDir?: string; keyHex?: string; firstRun?: boolean; policyFile?: string } = {}): Promise<AppProcess> {
    const dir = opts.dataDir ?? join(DATA, `${name}-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    const app = new AppProcess(dir, opts.keyHex ?? randomBytes(32).toString('hex'), [...(opts.fakeNow ? ['--fake-now', opts.fakeNow] : []), ...(opts.policyFile ? ['--policy-file', opts.policyFile] : [])]);
    await app.launch();
    if (!opts.firstRun) {
      await fetch(`${app.url}/api/settings.completeFirstRun`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: JSON.stringify({
          profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' },
          organisation: { forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', kommune: 'Testkommune' },
        }),
      });
    }
    return app;
  }

  get exportDir(): string {
    return join(this.dataDir, 'eksport');
  }

  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.launch();
  }

  /** Answers the next save/open dialog on the bridge. */
  async queueDialog(answer: { save?: string; open?: string }): Promise<void> {
    const res = await fetch(`${this.url}/__test/dialog`, { method: 'POST', headers: { 'content-type': 'application/json', origin: this.url }, body: JSON.stringify(answer) });
    if (!res.ok) throw new Error(`/__test/dialog refused: ${res.status}`);
  }
}

/**
 * A browser window on the app. The browser's time zone is the test process's own (`TZ`, as `npm test` sets it for
 * the e2e run) – the app must show Danish times on a computer that is not set to Danish time. `locale` imitates the
 * computer's language.
 */
export async function openApp(browser: Browser, app: AppProcess, opts: { clock?: boolean; locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const timezoneId = process.env['TZ'] && !process.env['TZ'].startsWith(':') ? process.env['TZ'] : 'Europe/Copenhagen';
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: opts.locale ?? 'da-DK', timezoneId, acceptDownloads: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.clock) await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  await page.goto(app.url);
  errorsByPage.set(page, errors);
  return { context, page };
}

/** A screenshot under test-results/e2e. `fullPage: false` keeps to the window, where an open dialog sits. */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; no serious or critical violation may remain. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${screen}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
}

const errorsByPage = new WeakMap<Page, string[]>();

/** Uncaught errors the page threw since it was opened. */
export function pageErrors(page: Page): string[] {
  return errorsByPage.get(page) ?? [];
}

/**
 * How long `expect.poll` waits for the screen to show a state: as long as a Playwright locator waits (30 s), not
 * vitest's default of one second, which a loaded machine can exceed without anything being wrong.
 */
export const UNTIL_SHOWN = { timeout: 30_000, interval: 50 } as const;

/**
 * Runs `action` and waits until the core has answered a call on `channel` that the action caused – for a change
 * whose only trace on screen is that nothing is lost (a field saved on blur, an optimistic checkbox). Prefer waiting
 * for what the user sees; use this where the screen shows the new state before the core has it.
 */
export async function afterCall(page: Page, channel: string, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/${channel}`);
  await action();
  await answered;
}
