import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * Issue 18, item 1: the README is true on a fresh networked machine. The Node version it names, `.nvmrc` and
 * package.json's engines satisfy every package the install needs (Electron 42's installer wants Node 22.12, ESLint
 * 22.13); the workflow proves the README's two commands on Linux and Windows and builds the four installers.
 */
const require = createRequire(import.meta.url);
const semver = require('semver') as { satisfies: (v: string, range: string) => boolean; minVersion: (range: string) => { version: string } | null };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> };
const readme = readFileSync('README.md', 'utf8');
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();

/** Every non-optional package's declared Node range (optional ones are platform binaries that npm skips). */
function nodeRanges(): { name: string; range: string }[] {
  return Object.entries(lock.packages)
    .filter(([path, p]) => path && !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node)
    .map(([path, p]) => ({ name: path.replace(/.*node_modules\//, ''), range: (p.engines as { node: string }).node }));
}

describe('the Node version the toolchain needs', () => {
  it('the lowest version package.json allows satisfies every package in the lock file', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    const unmet = nodeRanges().filter((r) => !semver.satisfies(lowest, r.range));
    expect(unmet).toEqual([]);
    // Electron's installer is why Node 20 is not enough.
    expect(semver.satisfies('20.19.0', pkg.engines.node)).toBe(false);
    expect(nodeRanges().find((r) => r.name === 'electron')?.range).toBeDefined();
  });

  it('the README names that version, and .nvmrc picks a line that satisfies it', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version.replace(/\.0$/, '');
    expect(readme).toContain(`Node.js ${lowest} eller nyere`);
    expect(readme).not.toMatch(/Kravet er Node\.js 20/);
    expect(nvmrc).toMatch(/^\d+$/);
    // nvm and setup-node take the newest release of that line: 22.x today is above 22.13.
    expect(semver.satisfies(`${nvmrc}.99.0`, pkg.engines.node)).toBe(true);
  });

  it('the README keeps its two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });
});

type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
type Job = { 'runs-on': string; steps: Step[] };

describe('.github/workflows/ci.yml', () => {
  const wf = load(readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, Job> };
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');
  const uploads = (job: Job) => job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact')).map((s) => String(s.with?.['path'] ?? ''));

  it('has a Linux and a Windows job, both on the Node version of .nvmrc', () => {
    expect(wf.jobs['linux']?.['runs-on']).toMatch(/^ubuntu-/);
    expect(wf.jobs['windows']?.['runs-on']).toMatch(/^windows-/);
    for (const job of [wf.jobs['linux']!, wf.jobs['windows']!]) {
      const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node'));
      expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });

  it('both jobs run the README commands: npm ci, then npm test (unit, integration and e2e)', () => {
    for (const name of ['linux', 'windows']) {
      const script = runs(wf.jobs[name]!);
      expect(script).toMatch(/^npm ci$/m);
      expect(script).toMatch(/npm test/);
      expect(script).toMatch(/playwright-core install chromium/);
    }
  });

  it('Linux builds AppImage and deb, Windows nsis and msi, never published, and uploads them with the SBOM', () => {
    const linux = wf.jobs['linux']!;
    const windows = wf.jobs['windows']!;
    expect(runs(linux)).toMatch(/electron-builder --config build\/electron-builder\.config\.cjs --linux AppImage deb --publish never/);
    expect(runs(windows)).toMatch(/electron-builder --config build\/electron-builder\.config\.cjs --win nsis msi --publish never/);
    expect(uploads(linux).join('\n')).toMatch(/release\/\*\.AppImage[\s\S]*release\/\*\.deb[\s\S]*release\/sbom\.json/);
    expect(uploads(windows).join('\n')).toMatch(/release\/\*\.exe[\s\S]*release\/\*\.msi[\s\S]*release\/sbom\.json/);
  });
});
