import { formatLongDate } from '../format/danishDate';
import type { ReferatBody, ReferatItem } from '../schemas/referat';

/**
 * The exact wording of referat lines (SPEC §6.2), shared by the on-screen paper view and the Word export so the
 * two never drift apart.
 */
export function deltagerLine(d: ReferatBody['deltagere'][number], showRoles: boolean): string {
  if (d.referent) return `${d.name} (referent)`;
  const role = showRoles && d.role ? `, ${d.role.toLowerCase()}` : '';
  const consult = d.consultative ? ', konsultativ rolle' : '';
  return `${d.name} (${d.initials})${role}${consult}`;
}

export function itemHeading(item: ReferatItem): string {
  const child = item.childLabel && !item.title.includes(item.childLabel) ? `: ${item.childLabel}` : '';
  const owner = item.ownerInitials ? ` (${item.ownerInitials})` : '';
  return `${item.title}${child}${owner}`;
}

export function guestLine(g: { name: string; initials: string }): string {
  return `${g.name} (${g.initials}) deltog i drøftelsen.`;
}

export function followupLine(f: ReferatItem['followups'][number]): string {
  const due = f.dueDate ? ` – senest ${formatLongDate(f.dueDate)}` : '';
  return `(${f.initials} følger op) ${f.text}${due}`;
}

export const REFERAT_LABELS = {
  dato: 'Dato:',
  tid: 'Tid:',
  sted: 'Sted:',
  moedeleder: 'Mødeleder:',
  deltagere: 'Deltagere:',
  afbud: 'Afbud:',
  fravaerende: 'Fraværende:',
  bemaerk: 'Bemærk:',
  beslutninger: 'Beslutninger',
  udfald: 'Udfald:',
  formaal: 'har sat punktet på dagsordenen for at:',
} as const;

/** „Referatet fra ressourceteammødet den 12. oktober 2026 (TH-…-v1)" – what item 1 „Godkendelse af referat" approves. */
export function previousReferatLine(prev: { title: string; date: string; referatDocumentId: string | null } | null): string | null {
  if (!prev) return null;
  return `Referatet fra ${prev.title.toLowerCase()} den ${formatLongDate(prev.date)}${prev.referatDocumentId ? ` (${prev.referatDocumentId})` : ''}`;
}
