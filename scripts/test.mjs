// `npm test`: typecheck, lint, build, then every suite (unit, component, integration, e2e) in one Vitest run.
// Writes test-results/summary.json and ends with one plain line: „N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
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
  step('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest.json`]);
  if (existsSync(join(RESULTS, 'vitest.json'))) {
    const report = JSON.parse(readFileSync(join(RESULTS, 'vitest.json'), 'utf8'));
    for (const file of report.testResults ?? []) {
      const suite = file.name.includes('/test/e2e/') ? 'e2e' : file.name.includes('/test/component/') ? 'component' : file.name.includes('/test/integration/') ? 'integration' : 'unit';
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
  } else {
    failed++;
  }
}
for (const [name, status] of Object.entries(checks)) {
  if (name === 'vitest') continue;
  if (status === 'passed') passed++;
  else failed++;
}

// Figures tests report about themselves (e.g. "trust": kills survived, fuzz cases) are merged in by key.
const extra = {};
for (const f of existsSync(join(RESULTS, 'metrics')) ? readdirSync(join(RESULTS, 'metrics')) : []) {
  if (f.endsWith('.json')) Object.assign(extra, { [f.replace(/\.json$/, '')]: JSON.parse(readFileSync(join(RESULTS, 'metrics', f), 'utf8')) });
}
const summary = { passed, failed, skipped, checks, suites, ...extra };
writeFileSync(join(RESULTS, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nSammenfatning: ${JSON.stringify({ checks, suites })}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
