import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { policyText } from '../../../shared/text/about';
import type { Ctx } from '../context';
import { audit } from '../audit/auditLog';
import { AppError } from '../errors';
import { storeTemplatePack } from '../templates/catalogue';
import { parseImportFile, saveKommune, saveOrganisation } from './settings';
import { readPolicyRecord, writePolicyRecord, type PolicySection } from './policyRecord';

/**
 * The IT policy file (issue 18, item 5): an optional settings file IT puts on a PC – beside the installed program or
 * in a machine-wide folder – that presets the organisation, the kommune's rules and template packs for every user.
 * It is the same format as „Gem indstillinger som fil“ and validated exactly like the settings import. It never
 * overrides what a user has saved: a section is (re)written only while it is unset or still exactly what the policy
 * wrote last time; once the user saves it, it is theirs. Read at every start (`Core`), so IT can update the file.
 */

const SECTIONS: PolicySection[] = ['organisation', 'kommune'];

export interface PolicyStatus {
  file: string | null;
  state: 'none' | 'applied' | 'invalid';
  /** Danish, for „Om Tovholder“. */
  message: string;
}

const MAX_BYTES = 5 * 1024 * 1024;

/** Where Tovholder looks, in order; the first file that exists is used. docs/installation.md names them. */
export function policyLocations(opts: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; installDir: string }): string[] {
  const machineWide =
    opts.platform === 'win32'
      ? win32.join(opts.env['ProgramData'] ?? 'C:\\ProgramData', 'Tovholder', 'policy.json')
      : opts.platform === 'darwin'
        ? '/Library/Application Support/Tovholder/policy.json'
        : '/etc/tovholder/policy.json';
  return [machineWide, (opts.platform === 'win32' ? win32.join : join)(opts.installDir, 'policy.json')];
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

const stored = (ctx: Ctx, section: PolicySection) => (ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(section) as { value: string } | undefined)?.value;

/** A section the policy may write: never saved, or still exactly what the policy wrote. */
function policyMayWrite(ctx: Ctx, record: ReturnType<typeof readPolicyRecord>, section: PolicySection): boolean {
  const value = stored(ctx, section);
  return value === undefined || record.written[section] === hash(value);
}

/** Reads, validates and applies the first policy file found. A refused file changes nothing and is logged once. */
export function applyItPolicy(ctx: Ctx, candidates: readonly string[]): PolicyStatus {
  const file = candidates.find((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
  if (!file) return { file: null, state: 'none', message: policyText.none };
  let text = '';
  try {
    if (statSync(file).size > MAX_BYTES) throw new AppError('INVALID_INPUT', policyText.tooLarge);
    text = readFileSync(file, 'utf8');
    const parsed = parseImportFile(text, policyText.invalidPrefix);
    return ctx.db.transaction(() => apply(ctx, file, parsed))();
  } catch (err) {
    const message = err instanceof AppError ? err.message : policyText.unreadable;
    const fingerprint = hash(`${file}\n${text}`);
    const record = readPolicyRecord(ctx);
    if (record.rejected !== fingerprint) {
      ctx.db.transaction(() => {
        audit(ctx, 'settings.importRejected', 'settings', 'it-politik', policyText.auditRejected(file, message).slice(0, 500));
        writePolicyRecord(ctx, { ...record, rejected: fingerprint });
      })();
    }
    return { file, state: 'invalid', message: policyText.invalid(file, message) };
  }
}

function apply(ctx: Ctx, file: string, parsed: ReturnType<typeof parseImportFile>): PolicyStatus {
  const record = readPolicyRecord(ctx);
  delete record.rejected;
  const applied: string[] = [];
  const changed: string[] = [];
  const kept: string[] = [];
  const packs = parsed.kind === 'pack' ? [parsed.pack] : parsed.file.templatePacks;
  for (const pack of packs) {
    // A pack already on the PC (same id and version) is left as it is.
    if (ctx.db.prepare('SELECT 1 FROM template_packs WHERE pack_id = ? AND version = ?').get(pack.packId, pack.version)) continue;
    storeTemplatePack(ctx.db, pack);
    audit(ctx, 'settings.change', 'settings', 'skabeloner', policyText.auditPack(pack.name, pack.version));
    if (!changed.includes(policyText.sections.templatePacks)) changed.push(policyText.sections.templatePacks);
  }
  if (packs.length) applied.push(policyText.sections.templatePacks);
  if (parsed.kind === 'settings') {
    for (const section of SECTIONS) {
      const label = policyText.sections[section];
      if (!policyMayWrite(ctx, record, section)) {
        kept.push(label);
        continue;
      }
      // The same saves as the settings screen (checks, audit of what changed); the record below keeps the
      // section the policy's until a user saves it.
      const before = stored(ctx, section);
      if (section === 'organisation') saveOrganisation(ctx, parsed.file.organisation);
      else saveKommune(ctx, parsed.file.kommune);
      const after = stored(ctx, section)!;
      record.written[section] = hash(after);
      applied.push(label);
      if (after !== before) changed.push(label);
    }
  }
  // Logged when it changed something; a policy read again at the next start with nothing new is silent.
  if (changed.length) audit(ctx, 'settings.change', 'settings', 'it-politik', policyText.auditApplied(file, changed).slice(0, 500));
  writePolicyRecord(ctx, record);
  return { file, state: 'applied', message: `${policyText.applied(file, applied)}${kept.length ? policyText.keptUser(kept) : ''}` };
}
