import { formatLongDate, formatTimestamp } from '../format/danishDate';
import type { ReferatBody, ReferatItem, ReferatState, Signature } from '../schemas/referat';

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
  moedeleder: 'Mødeleder:',
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
  'at underskriveren har godkendt indholdet. Det er en underskriftsside og et indholdssegl; en digital signatur med certifikat står under „Digitale signaturer“, når filen har en. Ingen af dem er lavet gennem NemLog-in eller en signeringstjeneste.';

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

/** One row per required signer (and any extra signature): role, name, time, the drawn signature or typed name. */
export function signatureRows(state: ReferatState): { label: string; name: string; at: string; signature: Signature | undefined }[] {
  const used = new Set<string>();
  const parents = state.requiredSigners.filter((r) => r.who === 'parents').length;
  const rows = state.requiredSigners.map((r) => {
    // A person in several roles signs once („Mødeleder og referent“); a signature made in one of the roles counts too.
    const labels = [r.label, ...r.roles];
    const sig =
      state.signatures.find((s) => !used.has(s.id) && labels.includes(s.signerLabel) && (!r.suggestedName || s.name === r.suggestedName)) ??
      state.signatures.find((s) => !used.has(s.id) && labels.includes(s.signerLabel));
    if (sig) used.add(sig.id);
    // One parent is „Forælder", not „Forældre".
    const label = r.who === 'parents' && parents === 1 && r.label === 'Forældre' ? 'Forælder' : r.label;
    return { label, name: sig?.name ?? r.suggestedName ?? '', at: sig ? formatTimestamp(sig.signedAt) : '', signature: sig };
  });
  for (const s of state.signatures.filter((x) => !used.has(x.id))) rows.push({ label: s.signerLabel, name: s.name, at: formatTimestamp(s.signedAt), signature: s });
  return rows;
}

/** „Referatet fra Ressourceteammøde den 12. oktober 2026 (TH-…-v1)" – what item 1 „Godkendelse af referat" approves. */
export function previousReferatLine(prev: { title: string; date: string; referatDocumentId: string | null } | null): string | null {
  if (!prev) return null;
  return `Referatet fra ${prev.title} den ${formatLongDate(prev.date)}${prev.referatDocumentId ? ` (${prev.referatDocumentId})` : ''}`;
}
