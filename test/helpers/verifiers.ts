import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The independent signature checkers in test/tools/verifiers (Apache POI for OOXML, poppler's pdfsig for PDF), run
 * as separate processes. Their Java part is built once per run: by .ci/run before the suite, or here on first use.
 */
const DIR = resolve(__dirname, '..', 'tools', 'verifiers');

export interface VerifierRun {
  code: number;
  out: string;
  err: string;
}

export function ensureVerifiersBuilt(): void {
  if (existsSync(join(DIR, 'build', 'classes', 'OoxmlVerify.class')) && existsSync(join(DIR, 'build', 'dsig-schemas.jar'))) return;
  execFileSync(join(DIR, 'build.sh'), { stdio: 'pipe', timeout: 300_000 });
}

function run(tool: string, file: string): VerifierRun {
  const r = spawnSync(join(DIR, tool), [file], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, VERIFIERS_BUILD: join(DIR, 'build') } });
  return { code: r.status ?? -1, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/** Apache POI's SignatureInfo: exit 0 = at least one signature and all valid. */
export const ooxmlVerify = (file: string) => run('ooxml-verify', file);
/** poppler's pdfsig: exit 0 = every signature valid and covering the whole file (trust is reported, not judged). */
export const pdfVerify = (file: string) => run('pdf-verify', file);
