import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

/** Bundles test/fixtures/trustWorker.ts into test-results/.bin (inside the repo, so it finds node_modules). */
export async function buildTrustWorker(): Promise<string> {
  const outDir = join(ROOT, 'test-results', '.bin');
  mkdirSync(outDir, { recursive: true });
  const script = join(outDir, 'trustWorker.mjs');
  await build({
    entryPoints: [join(ROOT, 'test', 'fixtures', 'trustWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    external: ['better-sqlite3-multiple-ciphers'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}');
  return script;
}

export interface WorkerRun {
  /** Child names the worker was told were saved, in order. */
  acked: string[];
  /** Lines the worker printed (ACK/DONE/RESTORING), in order. */
  events: string[];
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
  /** Milliseconds from READY to the first „DONE", or null. */
  firstOpMs: number | null;
}

/**
 * Runs the worker and, once it is READY, kills it with SIGKILL after a random delay (as a power cut would), or lets
 * it run to its own end when `killAfterMs` is null.
 */
export function runWorker(script: string, args: string[], killAfterMs: (() => number) | null, onReady?: (kill: () => void) => void): Promise<WorkerRun> {
  return new Promise((resolveRun) => {
    const proc: ChildProcess = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: WorkerRun = { acked: [], events: [], exit: { code: null, signal: null }, stderr: '', firstOpMs: null };
    let readyAt = 0;
    let buf = '';
    proc.stderr!.on('data', (d: Buffer) => (run.stderr += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l === 'READY') {
          readyAt = Date.now();
          onReady?.(() => proc.kill('SIGKILL'));
          if (killAfterMs) setTimeout(() => proc.kill('SIGKILL'), killAfterMs());
        } else if (l.startsWith('ACK ')) run.acked.push(l.slice(4));
        else if (l.startsWith('DONE ') && run.firstOpMs === null) run.firstOpMs = Date.now() - readyAt;
        if (l !== 'READY') run.events.push(l);
      }
    });
    // 'close', not 'exit': the last lines the worker wrote before it was killed are still read.
    proc.on('close', (code, signal) => {
      run.exit = { code, signal };
      resolveRun(run);
    });
  });
}
