import { describeHits, guardText, type PrivacyGuard } from '../../../shared/domain/privacyGuard';
import type { ItemData } from '../../../shared/schemas/meeting';
import type { ReferatItem } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { protectedGuard } from '../children/caseRepo';

/**
 * The one privacy guard of the core (SPEC req. 18, issue 13). Every field of an anonymous item is checked here on
 * every save – title, anonymous label, notes, description, outcome note, the item's structured fields, decisions,
 * follow-ups, guests – and every export path checks the same fields again before a document is made. A refusal names
 * the field (AppError.field), so the screen can show the message beside it and put the saved text back.
 */
export interface GuardedField {
  /** The field's key, as the screen knows it (`anonLabel`, `notes`, `decision` …). */
  field: string;
  text: string | null | undefined;
}

function label(field: string): string {
  return t.privacyGuard.fields[field.split('.')[0]!] ?? field;
}

/** The first field that holds something identifying, and what; null when all are clean. */
export function firstGuardHit(guard: PrivacyGuard, fields: GuardedField[]): { field: string; what: string } | null {
  for (const f of fields) {
    if (!f.text) continue;
    const hits = guardText(f.text, guard);
    if (hits.length) return { field: f.field, what: describeHits(hits) };
  }
  return null;
}

/** Refuses the save when a field of an anonymous item would identify a child. */
export function assertAnonymousFields(db: Db, fields: GuardedField[]): void {
  const hit = firstGuardHit(protectedGuard(db), fields);
  if (hit) throw new AppError('PRIVACY_GUARD', t.privacyGuard.field(label(hit.field), hit.what), hit.field);
}

/** Every free text in an item's structured fields (not the ids of what an outcome created). */
export function itemDataText(data: Partial<ItemData> | undefined): string {
  if (!data) return '';
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'outcomeActions') { out.push(k); walk(x); }
  };
  walk({ ...data, outcomeActions: undefined });
  return out.join('\n');
}

/** The fields of an anonymous item in a document, as the export guard checks them. */
export function referatItemFields(it: ReferatItem): GuardedField[] {
  return [
    { field: 'title', text: it.title },
    { field: 'childLabel', text: it.childLabel },
    { field: 'purpose', text: it.purpose.join('\n') },
    { field: 'text', text: it.text },
    { field: 'data', text: it.sections.map((s) => `${s.label}\n${s.text}`).join('\n') },
    { field: 'decision', text: it.decisions.join('\n') },
    { field: 'outcome', text: it.outcome },
    { field: 'followup', text: it.followups.map((f) => f.text).join('\n') },
    { field: 'guest', text: it.guests.map((g) => g.name).join('\n') },
  ];
}

/**
 * The export guard for anonymous items: any identifying text in any field, and any guest who is a child's parent,
 * stops the document. `number` is the item's number in the document.
 */
export function assertAnonymousExport(db: Db, items: { number: number; fields: GuardedField[]; guests: string[] }[]): void {
  const guard = protectedGuard(db);
  for (const it of items) {
    const parent = it.guests.find((g) => guard.names.isProtectedName(g));
    if (parent) throw new AppError('PRIVACY_GUARD', t.privacyGuard.exportItem(it.number, label('guest'), `navnet „${parent}“`), 'guest');
    const hit = firstGuardHit(guard, it.fields);
    if (hit) throw new AppError('PRIVACY_GUARD', t.privacyGuard.exportItem(it.number, label(hit.field), hit.what), hit.field);
  }
}
