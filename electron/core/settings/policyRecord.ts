import type { Ctx } from '../context';
import { readSetting, writeSetting } from './settingsRepo';

/** The settings sections an IT policy file may preset (itPolicy.ts). */
export type PolicySection = 'organisation' | 'kommune';

/** What the policy last wrote, per section (the stored JSON's SHA-256), and the last file it refused. */
export interface PolicyRecord {
  written: Partial<Record<PolicySection, string>>;
  rejected?: string | undefined;
}

const RECORD_KEY = 'itPolicy';

export function readPolicyRecord(ctx: Ctx): PolicyRecord {
  return readSetting<PolicyRecord>(ctx.db, RECORD_KEY) ?? { written: {} };
}

export function writePolicyRecord(ctx: Ctx, record: PolicyRecord): void {
  writeSetting(ctx.db, RECORD_KEY, record);
}

/** Called where a user saves a section (settings screen, first run, import): from then on the section is theirs. */
export function markUserOwned(ctx: Ctx, section: PolicySection): void {
  const record = readSetting<PolicyRecord>(ctx.db, RECORD_KEY);
  if (record?.written[section] === undefined) return;
  delete record.written[section];
  writeSetting(ctx.db, RECORD_KEY, record);
}
