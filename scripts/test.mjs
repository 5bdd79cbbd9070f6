// `npm test`: typecheck, lint, build, then every suite (unit, component, integration, e2e), the time-sensitive ones
// also under a foreign time zone.
// Writes test-results/summary.json and ends with one plain line: „N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
// Test data of earlier runs would make the plaintext scan (test/postcheck) look at stale files.
rmSync(join(tmpdir(), 'tovholder-tests'), { recursive: true, force: true });
mkdirSync(join(RESULTS, 'metrics'), { recursive: true });

const checks = {};
function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${cmd} ${args.join(' ')}`);
  // Windows runs npx through npx.cmd, which Node only starts through a shell (CVE-2024-27980).
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' && cmd.endsWith('.cmd') });
  checks[name] = res.status === 0 ? 'passed' : 'failed';
  return res.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
step('typecheck', npx, ['tsc', '-b', '--noEmit']);
step('lint', npx, ['eslint', '--max-warnings=0', '.']);
const built = step('build', process.execPath, ['scripts/build.mjs']);

// Tovholder must keep the Danish day on a computer that is not set to Danish time (STYLE §13): the unit and
// integration suites run twice – in the computer's own zone and in a foreign one – and e2e runs in the foreign one.
const FOREIGN_TZ = 'America/New_York';
const json = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${file}`];
const runs = [
  { name: 'vitest', report: 'vitest.json', zone: '', projects: ['unit', 'component', 'integration'] },
  // The kill loops, the input fuzzing, the benchmark and the whole-file copies of backup, restore and key files are
  // about processes, bytes and speed, not the calendar: they run once (CI time).
  {
    name: `vitest TZ=${FOREIGN_TZ}`,
    report: 'vitest-foreign-tz.json',
    zone: FOREIGN_TZ,
    projects: ['unit', 'integration'],
    exclude: [
      'test/integration/trust/crash.test.ts',
      'test/integration/trust/dataOperations.test.ts',
      'test/integration/trust/fuzz.test.ts',
      'test/integration/bench.test.ts',
      'test/unit/db/review*.test.ts',
      'test/unit/db/backup.test.ts',
      'test/unit/db/restoreCandidates.test.ts',
      'test/unit/db/keyStore.test.ts',
    ],
  },
  { name: `e2e TZ=${FOREIGN_TZ}`, report: 'vitest-e2e.json', zone: FOREIGN_TZ, projects: ['e2e'] },
  // Last, once every suite has left its files behind: nothing readable on disk.
  { name: 'postcheck', report: 'vitest-postcheck.json', zone: '', projects: ['postcheck'] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = {};
if (built) {
  for (const run of runs) {
    step(run.name, npx, ['vitest', 'run', ...run.projects.flatMap((p) => ['--project', p]), ...(run.exclude ?? []).flatMap((f) => ['--exclude', f]), ...json(run.report)], run.zone ? { TZ: run.zone } : {});
  }
  const reports = runs.filter((r) => existsSync(join(RESULTS, r.report)));
  if (reports.length < runs.length) failed++;
  for (const run of reports) {
    const report = JSON.parse(readFileSync(join(RESULTS, run.report), 'utf8'));
    for (const file of report.testResults ?? []) {
      const kind = file.name.includes('/test/e2e/') ? 'e2e' : file.name.includes('/test/component/') ? 'component' : file.name.includes('/test/integration/') ? 'integration' : file.name.includes('/test/postcheck/') ? 'postcheck' : 'unit';
      const suite = run.zone ? `${kind} (TZ=${run.zone})` : kind;
      suites[suite] ??= { passed: 0, failed: 0, skipped: 0 };
      if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
        suites[suite].failed++;
        failed++;
      }
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'passed') {
          passed++;
          suites[suite].passed++;
        } else if (t.status === 'failed') {
          failed++;
          suites[suite].failed++;
        } else {
          skipped++;
          suites[suite].skipped++;
        }
      }
    }
  }
}
for (const [name, status] of Object.entries(checks)) {
  if (runs.some((r) => r.name === name)) continue;
  if (status === 'passed') passed++;
  else failed++;
}

// Figures tests report about themselves are merged in: files named trust-*.json go under "trust".
const extra = {};
for (const f of existsSync(join(RESULTS, 'metrics')) ? readdirSync(join(RESULTS, 'metrics')) : []) {
  if (!f.endsWith('.json')) continue;
  const value = JSON.parse(readFileSync(join(RESULTS, 'metrics', f), 'utf8'));
  const [group] = f.replace(/\.json$/, '').split('-');
  extra[group] = { ...(extra[group] ?? {}), ...value };
}
const summary = { passed, failed, skipped, checks, suites, ...extra };
writeFileSync(join(RESULTS, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nSammenfatning: ${JSON.stringify({ checks, suites })}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
