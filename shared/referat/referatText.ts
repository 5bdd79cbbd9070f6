import { formatLongDate } from '../format/danishDate';
import type { ReferatBody, ReferatItem } from '../schemas/referat';

/**
 * The exact wording of referat lines (SPEC §6.2), shared by the on-screen paper view and the Word export so the
 * two never drift apart.
 */
export function deltagerLine(d: ReferatBody['deltagere'][number], showRoles: boolean): string {
  if (d.referent) return `${d.name} (referent)`;
  const role = showRoles && d.role ? `, ${lowerFirst(d.role)}` : '';
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
  deltagere: 'Deltagere:',
  afbud: 'Afbud:',
  fravaerende: 'Fraværende:',
  bemaerk: 'Bemærk:',
  beslutninger: 'Beslutninger',
  udfald: 'Udfald:',
  formaal: 'har sat punktet på dagsordenen for at:',
} as const;

/** What a signature in Tovholder is – said plainly, and never called a qualified digital signature. */
export const SIGNATURE_MEANING =
  'En underskrift i Tovholder er tegnet med mus, pen eller finger eller afgivet som skrevet navn med tidspunkt, og viser, ' +
  'at underskriveren har godkendt indholdet. Det er en underskriftsside og et indholdssegl, ikke en kvalificeret elektronisk signatur (fx MitID/NemLog-in).';

type VersionStatus = 'udkast' | 'godkendt' | 'forseglet';

/**
 * The words of the signature page, true to the state: how many have signed, and whether the document is a draft,
 * approved or sealed. A page never says „forseglet" about a draft, nor „afgivet" when nobody has signed.
 */
export function signatureStatusLines(status: VersionStatus, signed: number, required: number): string[] {
  const lines: string[] = [];
  if (signed === 0) lines.push('Ingen har underskrevet endnu.');
  else if (required > 0 && signed < required) lines.push(`${signed} af ${required} underskrifter er afgivet.`);
  else lines.push(signed === 1 ? 'Underskriften er afgivet i Tovholder.' : 'Alle underskrifter er afgivet i Tovholder.');
  if (status === 'udkast') lines.push('Dokumentet er et udkast og er hverken godkendt eller forseglet.');
  else if (status === 'godkendt') lines.push('Dokumentet er godkendt, men endnu ikke forseglet.');
  else
    lines.push(
      'Dokumentet er forseglet med et SHA-256-fingeraftryk af teksten, sidehoved og sidefod, godkendelsen og underskrifterne med deres billeder, så Tovholder kan afgøre, om en fil svarer til den forseglede version.',
    );
  return lines;
}

/** „Rettet version 2 – erstatter version 1. Begrundelse: …" – a correction says it is one. */
export function correctionLine(version: number, reason: string | null): string | null {
  if (version < 2 || !reason) return null;
  return `Rettet version ${version} – erstatter version ${version - 1}. Begrundelse: ${reason}`;
}

/**
 * A role label inside a sentence: „Dagtilbudsleder" → „dagtilbudsleder", but an abbreviation keeps its case
 * („PPR-psykolog", „MBU"). Only the first letter changes, and only when the second is not a capital too.
 */
export function lowerFirst(s: string): string {
  if (s.length < 2 || s[1] !== s[1]!.toLowerCase()) return s;
  return s[0]!.toLowerCase() + s.slice(1);
}
