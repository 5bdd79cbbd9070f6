import { TemplateSchema, type Template } from '../../../shared/templates/schema';
import type { Db } from '../db/types';
import { effectiveTemplates, getTemplate } from './catalogue';

/** The templates a user can choose, in Danish order by name and variant, with the pack each comes from. */
export function listTemplates(db: Db) {
  return effectiveTemplates(db)
    .map(({ template: t, pack }) => ({ id: t.id, version: t.version, type: t.type, name: t.name, variant: t.variant ?? null, purpose: t.purpose, pack }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da') || (a.variant ?? '').localeCompare(b.variant ?? '', 'da'));
}

/** One template (a given version, or the effective one), checked against the template schema. */
export function templateById(db: Db, id: string, version?: number): Template {
  return TemplateSchema.parse(getTemplate(db, id, version));
}
