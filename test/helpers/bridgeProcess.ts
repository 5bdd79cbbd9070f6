import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** The repository root (this file is test/helpers/bridgeProcess.ts). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Debian's Chromium here; elsewhere the Playwright browser (set CHROMIUM_PATH to override). */
export function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** How the tests and the benchmark start Chromium (a browser of their own, or the e2e run's shared one). */
export function browserLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: ['--lang=da-DK', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(browserLaunchOptions());
}

/**
 * The app's core behind the loopback bridge (dist/bridge/cli.mjs), in its own process so it can be killed or
 * measured, serving the built renderer. The database lives in `<dataDir>/data`, opened with an explicit key.
 * Used by the e2e harness and by the benchmark.
 */
export class BridgeProcess {
  url = '';
  private proc: ChildProcess | null = null;
  constructor(
    readonly dataDir: string,
    readonly keyHex: string,
    private readonly extraArgs: string[] = [],
  ) {}

  /** The running process's id (for its memory), or null. */
  get pid(): number | null {
    return this.proc?.pid ?? null;
  }

  async launch(): Promise<void> {
    const proc = spawn(process.execPath, [join(ROOT, 'dist', 'bridge', 'cli.mjs'), '--data-dir', join(this.dataDir, 'data'), '--renderer', join(ROOT, 'dist', 'renderer'), ...this.extraArgs], {
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

  /** Kills the backend the hard way by default, as a power cut would. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null) return Promise.resolve();
    return new Promise((res) => {
      p.once('exit', () => res());
      p.kill(signal);
    });
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
  }
}
