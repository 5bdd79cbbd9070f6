import { type z } from 'zod';
import {
  type FirstRunSchema,
  OrganisationSchema,
  SettingsFileSchema,
  type KommuneSettings,
  type Organisation,
  type Profile,
  type SettingsState,
} from '../../../shared/schemas/settings';
import { TemplatePackSchema } from '../../../shared/templates/schema';
import type { Core } from '../app/core';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files';
import { audit, listAudit } from '../audit/auditLog';
import { findPerson, listPeople, savePerson } from '../people/peopleRepo';
import { storeTemplatePack, STANDARD_PACK } from '../templates/catalogue';
import { getOrganisation } from './organisation';
import { settingsFileText } from '../../../shared/text/historyTruth';
import { SETTING_LABELS } from '../../../shared/text/settingLabels';
import { readSetting, writeSetting } from './settingsRepo';
import { getKommune, getProfile } from './kommune';
import { loadSampleData, sampleLoaded } from './sampleData';
import { describeSettingChanges } from '../../../shared/text/settingLabels';
import { describePackPath } from '../../../shared/templates/packErrors';
import { markUserOwned } from './policyRecord';
import { settingsText } from '../../../shared/text/settingsMessages';
import * as childrenTable from '../db/tables/children';

export { getKommune, getProfile };

const SECTION_LABELS: Record<string, string> = { profil: 'Min profil', organisation: 'Organisation', kommune: 'Kommunens regler' };

/** „Kommunens regler: Tillad CPR-numre: nej → ja; Kommune: (tom) → Testkommune" – what changed, in Danish, for the audit log. */
export function describeChanges(section: string, before: Record<string, unknown>, after: Record<string, unknown>): string | null {
  const parts = describeSettingChanges(before, after);
  return parts.length ? `${SECTION_LABELS[section] ?? section}: ${parts.join('; ')}`.slice(0, 2000) : null;
}

function record(ctx: Ctx, section: string, before: Record<string, unknown>, after: Record<string, unknown>): void {
  const summary = describeChanges(section, before, after);
  if (summary) audit(ctx, 'settings.change', 'settings', section, summary);
}

export function saveOrganisation(ctx: Ctx, org: Organisation): void {
  ctx.db.transaction(() => {
    const before = getOrganisation(ctx.db);
    writeSetting(ctx.db, 'organisation', org);
    record(ctx, 'organisation', before, org);
    markUserOwned(ctx, 'organisation');
  })();
}

export function saveKommune(ctx: Ctx, k: KommuneSettings): void {
  ctx.db.transaction(() => {
    const before = getKommune(ctx.db);
    if (k.activePackId && k.activePackId !== STANDARD_PACK.packId && !ctx.db.prepare('SELECT 1 FROM template_packs WHERE pack_id = ?').get(k.activePackId)) {
      throw new AppError('NOT_FOUND', settingsText.packNotFound, 'activePackId');
    }
    writeSetting(ctx.db, 'kommune', k);
    record(ctx, 'kommune', before, k);
    markUserOwned(ctx, 'kommune');
    if (before.linealenVariant !== k.linealenVariant) {
      // A switch of scale never reinterprets a stored level: each keeps its own scale and is flagged on the child.
      const kept = childrenTable.levelsOnOtherScale(ctx.db, k.linealenVariant);
      if (kept > 0) {
        audit(ctx, 'settings.change', 'settings', 'kommune', settingsText.linealenKept(kept));
      }
    }
  })();
}

const sameName = (a: string, b: string) => a.normalize('NFC').trim().localeCompare(b.normalize('NFC').trim(), 'da', { sensitivity: 'accent' }) === 0;

/**
 * Which person record the profile is: its own, renamed only when the user says it is the same person with a new
 * name („rename"); a new record („new"); or another existing record („existing"). A change of name never silently
 * renames someone: without a choice the core asks (CONFIRM_NEEDED, field „personChoice") and changes nothing.
 */
function profilePersonId(ctx: Ctx, before: Profile | null, p: ProfileInput): string | undefined {
  const current = findPerson(ctx.db, before?.personId ?? null);
  const namesake = listPeople(ctx.db).find((x) => x.id !== current?.id && sameName(x.name, p.name));
  const choice = p.personChoice;
  if (current && sameName(current.name, p.name)) return current.id;
  if (choice === 'existing') {
    const target = p.existingPersonId ? findPerson(ctx.db, p.existingPersonId) : namesake;
    if (!target) throw new AppError('NOT_FOUND', settingsText.profile.chosenPersonGone, 'existingPersonId');
    return target.id;
  }
  if (choice === 'new') return undefined;
  if (choice === 'rename' && current) {
    if (namesake) {
      throw new AppError('CONFLICT', settingsText.profile.namesakeExists(namesake.name, current.name), 'personChoice');
    }
    return current.id;
  }
  if (!current && !namesake) return undefined;
  const from = current ? settingsText.profile.yourProfileIs(current.name) : '';
  const other = namesake ? settingsText.profile.namesake(namesake.name) : '';
  throw new AppError(
    'CONFIRM_NEEDED',
    settingsText.profile.choose(from, other, namesake ? namesake.name : null),
    'personChoice',
  );
}

export type ProfileInput = Omit<Profile, 'personId'> & { personChoice?: 'rename' | 'new' | 'existing' | undefined; existingPersonId?: string | undefined };

/**
 * The user's profile is also a person in the directory, so they can chair, own and sign meetings. Editing it changes
 * future meetings only: approved meetings keep the names frozen on them (migration 0100).
 */
export function saveProfile(ctx: Ctx, input: ProfileInput): Profile {
  const { personChoice: _choice, existingPersonId: _existing, ...p } = input;
  return ctx.db.transaction(() => {
    const before = getProfile(ctx.db);
    const personId = profilePersonId(ctx, before, input);
    if (personId && input.personChoice === 'existing') {
      const profile: Profile = { ...p, personId };
      writeSetting(ctx.db, 'profile', profile);
      record(ctx, 'profil', (before ?? {}) as Record<string, unknown>, profile);
      return profile;
    }
    const person = savePerson(ctx.db, {
      ...(personId ? { id: personId } : {}),
      name: p.name,
      initials: p.initials,
      role: p.role,
      organisation: p.workplace,
      authority: getOrganisation(ctx.db).kommune,
      email: '',
      phone: '',
      authorityRole: p.role === 'distriktsraadgiver' ? 'uden' : null,
    });
    const profile: Profile = { ...p, personId: person.id };
    writeSetting(ctx.db, 'profile', profile);
    record(ctx, 'profil', (before ?? {}) as Record<string, unknown>, profile);
    return profile;
  })();
}

export function completeFirstRun(ctx: Ctx, input: z.infer<typeof FirstRunSchema>): void {
  ctx.db.transaction(() => {
    const before = getOrganisation(ctx.db);
    const org = OrganisationSchema.parse({ ...before, ...input.organisation });
    // The organisation first (the profile's person takes the kommune from it), but recorded after the profile, so
    // the audit log names the user rather than no one.
    writeSetting(ctx.db, 'organisation', org);
    saveProfile(ctx, input.profile);
    record(ctx, 'organisation', before, org);
    markUserOwned(ctx, 'organisation');
    writeSetting(ctx.db, 'firstRun', { completedAt: nowTs(ctx) });
    if (input.loadSample) loadSampleData(ctx);
  })();
}

export function getSettingsState(core: Core): SettingsState {
  const db = core.db;
  const packs = (db.prepare('SELECT pack_id, name, version, json FROM template_packs ORDER BY imported_at').all() as { pack_id: string; name: string; version: number; json: string }[]).map((r) => ({
    packId: r.pack_id,
    name: r.name,
    version: r.version,
    templates: (JSON.parse(r.json) as { templates: unknown[] }).templates.length,
  }));
  return {
    profile: getProfile(db),
    organisation: getOrganisation(db),
    kommune: getKommune(db),
    firstRunDone: readSetting(db, 'firstRun') !== undefined,
    sampleLoaded: sampleLoaded(db),
    dataFile: core.dbFile,
    packs: [{ packId: STANDARD_PACK.packId, name: STANDARD_PACK.name, version: STANDARD_PACK.version, templates: STANDARD_PACK.templates.length }, ...packs],
    changes: listAudit(db, { entityType: 'settings', limit: 20 }).map((e) => ({ at: e.at, actor: e.actor, summary: e.summary })),
  };
}

/** „Kommunens regler – Tillad CPR-numre“ for `kommune.cprEnabled`. */
function settingsFieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `nr. ${p + 1}` : i === 0 ? (settingsFileText.top[String(p)] ?? String(p)) : (SETTING_LABELS[String(p)] ?? String(p))))
    .join(' – ');
}

function formatIssue(prefix: string, err: z.ZodError, json?: unknown): AppError {
  const issue = err.issues[0]!;
  const field = issue.path.map(String).join('.');
  const message = issue.message.replace(/^Feltet „[^“]*“: /, '');
  // A template pack names the template, the item and the field in Danish; a settings file keeps the field path.
  if (json !== undefined) return new AppError('INVALID_INPUT', settingsText.file.issueAt(prefix, describePackPath(json, issue.path), message), field);
  // A settings file names the field in Danish, never as a raw key (issue 21, item 10: the audit log shows this message).
  return new AppError('INVALID_INPUT', settingsText.file.issueField(prefix, settingsFieldLabel(issue.path), message), field);
}

/** Parses a settings file or a template pack. Nothing is applied unless the whole file is valid. */
export function parseImportFile(text: string, settingsPrefix: string = settingsText.file.settingsInvalid): { kind: 'settings'; file: z.infer<typeof SettingsFileSchema> } | { kind: 'pack'; pack: z.infer<typeof TemplatePackSchema> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', settingsText.file.notJson);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format === 'tovholder-skabelonpakke') {
    const res = TemplatePackSchema.safeParse(json);
    if (!res.success) throw formatIssue(settingsText.file.packInvalid, res.error, json);
    return { kind: 'pack', pack: res.data };
  }
  const res = SettingsFileSchema.safeParse(json);
  if (!res.success) throw formatIssue(settingsPrefix, res.error);
  return { kind: 'settings', file: res.data };
}

export function applyImport(ctx: Ctx, parsed: ReturnType<typeof parseImportFile>): void {
  ctx.db.transaction(() => {
    if (parsed.kind === 'pack') {
      storeTemplatePack(ctx.db, parsed.pack);
      audit(ctx, 'settings.change', 'settings', 'skabeloner', settingsText.audit.packLoaded(parsed.pack.name, parsed.pack.version));
      return;
    }
    for (const pack of parsed.file.templatePacks) storeTemplatePack(ctx.db, pack);
    saveOrganisation(ctx, parsed.file.organisation);
    saveKommune(ctx, parsed.file.kommune);
  })();
}

export async function importSettings(core: Core): Promise<boolean> {
  const path = await core.opts.dialogs.openFile({ title: settingsText.dialogs.chooseImport, filters: [{ name: settingsText.dialogs.importFilter, extensions: ['json'] }] });
  if (!path) return false;
  const { readFileSync, statSync } = await import('node:fs');
  const { basename } = await import('node:path');
  try {
    if (statSync(path).size > 5 * 1024 * 1024) throw new AppError('INVALID_INPUT', settingsText.file.tooLarge);
    const parsed = parseImportFile(readFileSync(path, 'utf8'));
    core.db.transaction(() => {
      applyImport(core, parsed);
      audit(core, 'settings.import', 'settings', 'import', settingsText.audit.imported(parsed.kind === 'pack', basename(path)));
    })();
  } catch (err) {
    // A rejected import is logged too: what was tried and why it was refused; nothing else changed.
    core.db.transaction(() => audit(core, 'settings.importRejected', 'settings', 'import', settingsText.audit.rejected(basename(path), err instanceof AppError ? err.message : settingsText.file.unreadable).slice(0, 500)))();
    throw err;
  }
  return true;
}

/** Saves the active template pack (the kommune's, or the standard pack) as a file to start a new pack from. */
export async function exportActivePack(core: Core): Promise<{ path: string; bytes: number } | null> {
  const active = getKommune(core.db).activePackId;
  const row = active ? (core.db.prepare('SELECT json FROM template_packs WHERE pack_id = ? ORDER BY version DESC LIMIT 1').get(active) as { json: string } | undefined) : undefined;
  const pack = row ? TemplatePackSchema.parse(JSON.parse(row.json)) : STANDARD_PACK;
  const path = await core.opts.dialogs.saveFile({ title: settingsText.dialogs.savePack, defaultName: `${pack.packId}-v${pack.version}.json`, filters: [{ name: settingsText.jsonFilter, extensions: ['json'] }] });
  if (!path) return null;
  const data = Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, 'utf8');
  writeFileAtomic(path, data);
  core.db.transaction(() => audit(core, 'settings.export', 'settings', 'skabeloner', settingsText.audit.packSaved(pack.name, pack.version)))();
  return { path, bytes: data.length };
}

export async function exportSettings(core: Core): Promise<{ path: string; bytes: number } | null> {
  const packs = (core.db.prepare('SELECT json FROM template_packs ORDER BY imported_at').all() as { json: string }[]).map((r) => TemplatePackSchema.parse(JSON.parse(r.json)));
  const file = SettingsFileSchema.parse({ format: 'tovholder-indstillinger', version: 1, exportedAt: nowTs(core), organisation: getOrganisation(core.db), kommune: getKommune(core.db), templatePacks: packs });
  const path = await core.opts.dialogs.saveFile({ title: settingsText.dialogs.saveSettings, defaultName: 'tovholder-indstillinger.json', filters: [{ name: settingsText.jsonFilter, extensions: ['json'] }] });
  if (!path) return null;
  const data = Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
  writeFileAtomic(path, data);
  core.db.transaction(() => audit(core, 'settings.export', 'settings', 'export', settingsText.audit.settingsSaved(packs.length)))();
  return { path, bytes: data.length };
}
