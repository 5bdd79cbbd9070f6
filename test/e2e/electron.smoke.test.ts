import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATA, shot } from './harness';

const ROOT = resolve(__dirname, '..', '..');

/** Where the electron package put its binary, without triggering its lazy download. */
function electronBinary(): string | null {
  if (process.env['ELECTRON_PATH'] && existsSync(process.env['ELECTRON_PATH'])) return process.env['ELECTRON_PATH'];
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

function nativeForElectron(): boolean {
  return existsSync(join(ROOT, '.native-cache'));
}

describe('Electron smoke test (runs where an Electron binary exists)', () => {
  it('starts the packaged main process, shows the start page in the secure window', async (ctx) => {
    const bin = electronBinary();
    if (!bin || !nativeForElectron()) {
      console.log(
        `skipped: no Electron binary${bin ? ' build of better-sqlite3 for Electron (run `npm run rebuild:electron`)' : ''} on this machine – ` +
          'the Electron smoke test runs in the GitHub Actions workflow (.github/workflows/ci.yml) on a networked runner.',
      );
      ctx.skip();
      return;
    }
    const dataDir = join(DATA, `electron-${randomBytes(4).toString('hex')}`);
    const app = await electron.launch({
      executablePath: bin,
      args: [ROOT, ...(process.env['CI'] ? ['--no-sandbox'] : [])],
      env: { ...process.env, TOVHOLDER_DATA_DIR: dataDir, TOVHOLDER_KEY_HEX: randomBytes(32).toString('hex') },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.title()).toBe('Tovholder');
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url.startsWith('app://tovholder/')).toBe(true);
      // Danish whatever the OS language: the locale switch is set before ready.
      expect(await app.evaluate(({ app: a }) => a.getLocale())).toMatch(/^da/);
      // Node is out of reach of the page: no require, no process (nodeIntegration off, context isolated, sandboxed).
      expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual(['invoke', 'on']);
      await shot(page, 'electron-start');
    } finally {
      await app.close();
    }
  });
});
