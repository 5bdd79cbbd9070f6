import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
export const RESULTS = join(ROOT, 'test-results');
export const SHOTS = join(RESULTS, 'e2e');
export const EXPORTS = join(RESULTS, 'exports');
export const DATA = join(RESULTS, 'e2e-data');

/** Debian's Chromium here; elsewhere the Playwright browser (set CHROMIUM_PATH to override). */
export function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--lang=da-DK', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * The app's core behind the loopback bridge, in its own process (so a test can SIGKILL it), with a fresh data
 * directory and an explicit key.
 */
export class AppProcess {
  url = '';
  private proc: ChildProcess | null = null;
  constructor(
    readonly dataDir: string,
    readonly keyHex: string,
    private readonly extraArgs: string[] = [],
  ) {}

  /**
   * A fresh data directory. Unless `firstRun` is true, the first-run guide is completed through the API with the
   * fixture's dagtilbudsleder as the user, so a test starts on the start page.
   */
  static async start(name: string, opts: { fakeNow?: string; dataDir?: string; keyHex?: string; firstRun?: boolean } = {}): Promise<AppProcess> {
    const dir = opts.dataDir ?? join(DATA, `${name}-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    const app = new AppProcess(dir, opts.keyHex ?? randomBytes(32).toString('hex'), opts.fakeNow ? ['--fake-now', opts.fakeNow] : []);
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

  async launch(): Promise<void> {
    const proc = spawn(process.execPath, [join(ROOT, 'dist', 'bridge', 'cli.mjs'), '--data-dir', join(this.dataDir, 'data'), '--renderer', join(ROOT, 'dist', 'renderer'), '--export-dir', this.exportDir, ...this.extraArgs], {
      env: { ...process.env, TOVHOLDER_KEY_HEX: this.keyHex },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(`[bridge] ${d.toString()}`);
    });
    this.url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`bridge did not start: ${stderr}`)), 20_000);
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /TOVHOLDER_BRIDGE_READY (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[1]!);
        }
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`bridge exited (${code}): ${stderr}`));
      });
    });
  }

  /** Kills the backend the hard way, as a power cut would. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null) return Promise.resolve();
    return new Promise((res) => {
      p.once('exit', () => res());
      p.kill(signal);
    });
  }

  async restart(): Promise<void> {
    await this.kill('SIGKILL');
    await this.launch();
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
  }

  /** Answers the next save/open dialog on the bridge. */
  async queueDialog(answer: { save?: string; open?: string }): Promise<void> {
    await fetch(`${this.url}/__test/dialog`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer) });
  }
}

export async function openApp(browser: Browser, app: AppProcess, opts: { clock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', acceptDownloads: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.clock) await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  await page.goto(app.url);
  errorsByPage.set(page, errors);
  return { context, page };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
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
