/**
 * `npm run bench -- --scales 1000,10000,30000`: the whole benchmark (bench/run.ts, every measurement it has) once per
 * size, each in its own process on its own dataset (`sizeFor`), then per measurement the growth factor per 10× of
 * data. An interactive path growing faster than 1.5× per 10× is marked MISSET. Writes bench-results/growth.json and
 * keeps each size's latest.json under bench-results/scales/<n>/. docs/performance.md explains how to read it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Stat } from './measure';

/** Growth faster than this per 10× of data misses the budget of an interactive path. */
export const GROWTH_BUDGET = 1.5;

/**
 * What a user waits for while working: the budget applies to these. A measurement another run.ts adds (person
 * search) is judged when its name starts with one of these; everything else (backup, exports, unlock) is reported
 * with its growth but is expected to grow with the file.
 */
export const INTERACTIVE: readonly string[] = [
  'meeting.list', // start page: upcoming meetings
  'deadlines.upcoming', // start page: the children's deadlines
  'meeting.list.alle',
  'meeting.list.barn', // a child's meetings on the case page
  'child.case',
  'meeting.get.15',
  'autosave',
  'autosave.anonym',
  'search',
  'person.search',
  'followup.list',
  'followup.list.mine',
];

export function isInteractive(metric: string): boolean {
  return INTERACTIVE.some((m) => metric === m || (m === 'person.search' && metric.startsWith('person.search')));
}

export interface Growth {
  metric: string;
  interactive: boolean;
  mediansMs: Record<string, number>;
  /** Median time multiplied per 10× more meetings: the slope of log(time) over log(size), least squares. */
  perTenfold: number;
  /** The same between each pair of neighbouring sizes, for reading where it bends. */
  steps: number[];
  missed: boolean;
}

/** Growth per 10×: 10^slope of the least-squares line through (log10 size, log10 median). */
export function growthPerTenfold(points: { size: number; ms: number }[]): number {
  const xs = points.map((p) => Math.log10(p.size));
  const ys = points.map((p) => Math.log10(Math.max(p.ms, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 1 : 10 ** (num / den);
}

export function growthTable(runs: { meetings: number; metricsMs: Record<string, Stat> }[]): Growth[] {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.metricsMs)))];
  return names
    .filter((metric) => runs.every((r) => r.metricsMs[metric]))
    .map((metric) => {
      const points = runs.map((r) => ({ size: r.meetings, ms: r.metricsMs[metric]!.median }));
      const perTenfold = growthPerTenfold(points);
      const steps = points.slice(1).map((p, i) => growthPerTenfold([points[i]!, p]));
      const interactive = isInteractive(metric);
      return { metric, interactive, mediansMs: Object.fromEntries(points.map((p) => [String(p.size), p.ms])), perTenfold, steps, missed: interactive && perTenfold > GROWTH_BUDGET };
    });
}

export function runScales(root: string, out: string, sizes: number[], log: (s: string) => void): void {
  const started = Date.now();
  const load = { before: loadavg(), after: [] as number[] };
  const runs: { meetings: number; metricsMs: Record<string, Stat>; fixture: Record<string, number>; ratios: unknown; seconds: number }[] = [];
  for (const meetings of sizes) {
    const dir = join(out, 'scales', String(meetings));
    mkdirSync(dir, { recursive: true });
    log(`\n=== ${meetings} møder ===`);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'run.ts'), '--meetings', String(meetings), '--growth', '--out', dir], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`bench ved ${meetings} møder endte med ${r.status ?? r.signal}`);
    const json = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as { metricsMs: Record<string, Stat>; fixture: Record<string, number>; ratios: unknown };
    runs.push({ meetings, metricsMs: json.metricsMs, fixture: json.fixture, ratios: json.ratios, seconds: (Date.now() - t0) / 1000 });
  }
  load.after = loadavg();
  const table = growthTable(runs);
  const sizeHead = sizes.map((s) => `${s}`.padStart(10)).join(' ');
  log('');
  log(`${'måling'.padEnd(26)} ${sizeHead}  ${'pr. 10×'.padStart(8)}  vurdering`);
  for (const g of table) {
    const cells = sizes.map((s) => g.mediansMs[String(s)]!.toFixed(2).padStart(10)).join(' ');
    const verdict = !g.interactive ? 'vokser med filen (ikke interaktiv)' : g.missed ? `MISSET (mål ≤ ${GROWTH_BUDGET}× pr. 10×)` : 'OK';
    log(`${g.metric.padEnd(26)} ${cells}  ${`${g.perTenfold.toFixed(2)}×`.padStart(8)}  ${verdict}`);
  }
  const missed = table.filter((g) => g.missed).map((g) => g.metric);
  log('');
  log(missed.length ? `Interaktive veje der vokser for hurtigt: ${missed.join(', ')}` : `Alle interaktive veje vokser højst ${GROWTH_BUDGET}× pr. 10× data.`);
  const seconds = (Date.now() - started) / 1000;
  writeFileSync(
    join(out, 'growth.json'),
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        sizes,
        seconds,
        node: process.version,
        machine: { cpus: cpus().length, loadavgBefore: load.before, loadavgAfter: load.after },
        budgetPerTenfold: GROWTH_BUDGET,
        fixtures: Object.fromEntries(runs.map((r) => [String(r.meetings), { ...r.fixture, runSeconds: r.seconds }])),
        growth: table,
        ratios: Object.fromEntries(runs.map((r) => [String(r.meetings), r.ratios])),
        missed,
      },
      null,
      2,
    )}\n`,
  );
  log(`Skrevet: ${join(out, 'growth.json')} (${seconds.toFixed(0)} s i alt)`);
}
