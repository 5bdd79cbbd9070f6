import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';

const ROOT = resolve(__dirname, '..', '..');

/**
 * The benchmark itself is not timed here (targets belong to `npm run bench`), but it must run on a clean clone and
 * report every measure the benchmark issue names. This runs the quick variant end to end.
 */
describe('npm run bench -- --quick', () => {
  it('runs, prints the table and writes every metric and ratio to the JSON', () => {
    const out = tempDir('bench-');
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'run.ts'), '--quick', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    const tookS = (Date.now() - started) / 1000;
    console.log(`npm run bench -- --quick took ${tookS.toFixed(0)} s (issue 17 asks for under 2 minutes on a quiet machine)`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/måling\s+median ms\s+p95 ms/);
    expect(run.stdout).toMatch(/Alle mål er nået\.|Mål der ikke er nået: /);
    const json = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as {
      mode: string;
      fixture: Record<string, number>;
      metricsMs: Record<string, { median: number; p95: number; runs: number }>;
      ratios: Record<string, { value: number | null }>;
      missedTargets: string[];
    };
    expect(json.mode).toBe('quick');
    expect(json.fixture).toMatchObject({ meetings: 1000, children: 2000 });
    expect(json.fixture['items']).toBeGreaterThan(8000);
    for (const metric of ['db.open', 'unlock.passphrase', 'db.backup', 'db.restore', 'db.restore-vaelg', 'db.restore-i-alt', 'db.rekey', 'child.case', 'deadlines.upcoming', 'followup.list', 'followup.list.mine', 'search.window', 'search.raw-fts5.all', 'search.app-samme', 'ui.floor', 'ui.bundle-kb', 'ui.view-kb', 'meeting.list', 'meeting.get.15', 'autosave', 'autosave.anonym', 'search', 'search.raw-fts5', 'export.referat.15', 'export.referat.60', 'export.overgangsskema', 'workload.encrypted', 'workload.plain', 'ui.meeting-view', 'core.rss-mb', 'person.search.moede', 'person.search.1', 'person.search.2', 'person.search.navn', 'person.search.side2']) {
      const m = json.metricsMs[metric];
      expect(m, metric).toBeDefined();
      expect(m!.runs, metric).toBeGreaterThan(0);
      expect(m!.median, metric).toBeGreaterThan(0);
      expect(m!.p95, metric).toBeGreaterThanOrEqual(m!.median);
    }
    // Issue 17: the search ratio answers the same question (the run fails if the 50 results differ), the window's
    // own cost is reported, and the meeting view is set against a blank page loading the same bundle.
    for (const ratio of ['search.app-vs-raw', 'search.window-share', 'search.window-vs-all', 'ui.view-vs-floor', 'encryption-overhead']) expect(json.ratios[ratio]?.value, ratio).toBeGreaterThan(0);
    const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
    if (hasPandoc) expect(json.ratios['export.app-vs-pandoc']?.value).toBeGreaterThan(0);
    else console.log('Note: pandoc is not installed here; the export-vs-pandoc ratio is reported as missing.');
    expect(Array.isArray(json.missedTargets)).toBe(true);
  }, 250_000);
});
