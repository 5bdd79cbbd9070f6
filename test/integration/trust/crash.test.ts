import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../electron/core/db/openDb';
import { tempDir } from '../../helpers/core';

const ROOT = resolve(__dirname, '..', '..', '..');
const KILLS = Number(process.env['TOVHOLDER_CRASH_KILLS'] ?? 200);

interface Run {
  lastAck: number;
  itemId: string | null;
}

/** Starts the writer, lets it save for a random moment, then kills it the hard way, as a power cut would. */
function runAndKill(script: string, dataDir: string, keyHex: string, itemId: string | null, start: number): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [script, dataDir, itemId ?? 'new', String(start)], { env: { ...process.env, TOVHOLDER_KEY_HEX: keyHex }, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let lastAck = start - 1;
    let item = itemId;
    let killTimer: NodeJS.Timeout | null = null;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        if (l.startsWith('ITEM ')) item = l.slice(5);
        else if (/^\d+$/.test(l)) lastAck = Number(l);
      }
      // Kill at a random moment once it is saving.
      if (!killTimer && lastAck >= start) killTimer = setTimeout(() => proc.kill('SIGKILL'), 5 + Math.random() * 120);
    });
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (${code}): ${stderr}`));
      else resolveRun({ lastAck, itemId: item });
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during autosave: integrity holds and no committed edit is lost`, async () => {
    // Inside the repo, so the bundled writer finds node_modules.
    const outDir = join(ROOT, 'test-results', '.bin');
    mkdirSync(outDir, { recursive: true });
    const script = join(outDir, 'crashWriter.mjs');
    await build({
      entryPoints: [join(ROOT, 'test', 'fixtures', 'crashWriter.ts')],
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
    const dataDir = tempDir('crash-data-');
    const keyHex = randomBytes(32).toString('hex');
    let itemId: string | null = null;
    let next = 1;
    let maxLost = 0;
    for (let k = 0; k < KILLS; k++) {
      const run = await runAndKill(script, dataDir, keyHex, itemId, next);
      itemId = run.itemId;
      const db = openDb({ file: join(dataDir, 'tovholder.db'), key: Buffer.from(keyHex, 'hex') });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const row = db.prepare('SELECT notes FROM agenda_items WHERE id = ?').get(itemId) as { notes: string } | undefined;
        const saved = Number(/rettelse nummer (\d+)\./.exec(row?.notes ?? '')?.[1] ?? 0);
        // Every edit the writer was told was saved is there (it may even have one more: committed, not yet reported).
        expect(saved).toBeGreaterThanOrEqual(run.lastAck);
        expect(row!.notes).toMatch(/^Noter fra mødet, rettelse nummer \d+\. (Der blev talt om barnets trivsel\. )*$/);
        maxLost = Math.max(maxLost, run.lastAck - saved);
        next = saved + 1;
      } finally {
        db.close();
      }
    }
    mkdirSync(join(ROOT, 'test-results', 'metrics'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'metrics', 'trust-crash.json'), JSON.stringify({ kills: KILLS, editsSaved: next - 1, committedEditsLost: maxLost }));
    expect(maxLost).toBe(0);
  }, 600_000);
});
