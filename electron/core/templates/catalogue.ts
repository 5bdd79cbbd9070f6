import standardPackJson from '../../../shared/templates/standardPack.json';
import { TemplatePackSchema, type Template, type TemplatePack } from '../../../shared/templates/schema';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { nowIso } from '../ids';
import { settingsText } from '../../../shared/text/settingsMessages';

/** The bundled pack is validated once, at start-up, by the same schema a kommune's pack must pass. */
export const STANDARD_PACK: TemplatePack = TemplatePackSchema.parse(standardPackJson);

export interface CatalogueEntry {
  template: Template;
  pack: string;
}

function importedPacks(db: Db): TemplatePack[] {
  const rows = db.prepare('SELECT json FROM template_packs ORDER BY imported_at').all() as { json: string }[];
  return rows.map((r) => TemplatePackSchema.parse(JSON.parse(r.json)));
}

/**
 * Every template version known: the standard pack plus imported packs. The effective template for an id is the
 * newest version; a kommune's pack wins over the standard pack at the same version.
 */
export function allTemplateVersions(db: Db): CatalogueEntry[] {
  const entries: CatalogueEntry[] = STANDARD_PACK.templates.map((t) => ({ template: t, pack: STANDARD_PACK.name }));
  for (const pack of importedPacks(db)) {
    for (const t of pack.templates) entries.push({ template: t, pack: pack.name });
  }
  return entries;
}

interface CatalogueSettings {
  activePackId?: string | null;
  templateOverrides?: Record<string, { referatPolicy?: Template['referatPolicy']; chair?: Template['roles']['chair'] }>;
}

function catalogueSettings(db: Db): CatalogueSettings {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'kommune'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as CatalogueSettings) : {};
}

/** A kommune's per-template overrides (referat policy, default mødeleder) applied to a template. */
function withOverrides(t: Template, s: CatalogueSettings): Template {
  const o = s.templateOverrides?.[t.id];
  if (!o) return t;
  return {
    ...t,
    ...(o.referatPolicy ? { referatPolicy: o.referatPolicy, requiredDocuments: o.referatPolicy === 'intet' ? t.requiredDocuments.filter((d) => d !== 'referat') : t.requiredDocuments } : {}),
    ...(o.chair ? { roles: { ...t.roles, chair: o.chair } } : {}),
  };
}

/**
 * The templates offered for new meetings: the standard pack, with the kommune's active pack (if any) taking over
 * the templates it defines, then the kommune's overrides applied.
 */
export function effectiveTemplates(db: Db): CatalogueEntry[] {
  const settings = catalogueSettings(db);
  const byId = new Map<string, CatalogueEntry>();
  for (const t of STANDARD_PACK.templates) byId.set(t.id, { template: t, pack: STANDARD_PACK.name });
  if (settings.activePackId && settings.activePackId !== STANDARD_PACK.packId) {
    const packs = importedPacks(db).filter((p) => p.packId === settings.activePackId).sort((a, b) => b.version - a.version);
    const active = packs[0];
    if (active) for (const t of active.templates) byId.set(t.id, { template: t, pack: active.name });
  }
  return [...byId.values()].map((e) => ({ ...e, template: withOverrides(e.template, settings) }));
}

export function getTemplate(db: Db, id: string, version?: number): Template {
  const candidates = allTemplateVersions(db).filter((e) => e.template.id === id);
  if (candidates.length === 0) throw notFound(`Skabelonen „${id}“`);
  if (version !== undefined) {
    const exact = candidates.filter((e) => e.template.version === version);
    if (exact.length === 0) throw notFound(`Version ${version} af skabelonen „${id}“`);
    return exact[exact.length - 1]!.template;
  }
  const effective = effectiveTemplates(db).find((e) => e.template.id === id);
  if (!effective) throw notFound(`Skabelonen „${id}“`);
  return effective.template;
}

/** Stores a validated pack. Re-importing the same pack version replaces it. */
export function storeTemplatePack(db: Db, pack: TemplatePack): void {
  if (pack.packId === STANDARD_PACK.packId) {
    throw new AppError('TEMPLATE_RULE', settingsText.file.standardPackReadOnly, 'packId');
  }
  db.prepare(
    `INSERT INTO template_packs (pack_id, version, name, json, imported_at) VALUES (@pack_id, @version, @name, @json, @at)
     ON CONFLICT (pack_id, version) DO UPDATE SET name = excluded.name, json = excluded.json, imported_at = excluded.imported_at`,
  ).run({ pack_id: pack.packId, version: pack.version, name: pack.name, json: JSON.stringify(pack), at: nowIso() });
}
