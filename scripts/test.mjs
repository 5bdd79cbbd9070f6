// `npm test`: typecheck, lint, build, then every suite (unit, component, integration, e2e) in one Vitest run.
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
function step(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  checks[name] = res.status === 0 ? 'passed' : 'failed';
  return res.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
step('typecheck', npx, ['tsc', '-b', '--noEmit']);
step('lint', npx, ['eslint', '--max-warnings=0', '.']);
const built = step('build', process.execPath, ['scripts/build.mjs']);

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = {};
if (built) {
  step('vitest', npx, ['vitest', 'run', '--project', 'unit', '--project', 'component', '--project', 'integration', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest.json`]);
  // Last, once every suite has left its files behind: nothing readable on disk.
  step('postcheck', npx, ['vitest', 'run', '--project', 'postcheck', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest-postcheck.json`]);
  const reports = ['vitest.json', 'vitest-postcheck.json'].filter((f) => existsSync(join(RESULTS, f)));
  if (reports.length < 2) failed++;
  for (const reportFile of reports) {
    const report = JSON.parse(readFileSync(join(RESULTS, reportFile), 'utf8'));
    for (const file of report.testResults ?? []) {
      const suite = file.name.includes('/test/e2e/') ? 'e2e' : file.name.includes('/test/component/') ? 'component' : file.name.includes('/test/integration/') ? 'integration' : file.name.includes('/test/postcheck/') ? 'postcheck' : 'unit';
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
  if (name === 'vitest' || name === 'postcheck') continue;
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
