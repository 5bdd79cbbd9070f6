import type { FileChild } from 'docx';
import { formatLongDate, formatShortDate, formatTimeRange } from '../../../shared/format/danishDate';
import { deltagerLine, followupLine, guestLine, itemHeading, REFERAT_LABELS } from '../../../shared/referat/referatText';
import type { ReferatBody, ReferatItem, ReferatState } from '../../../shared/schemas/referat';
import { bullet, ITEM_INDENT, labelTable, numberedHeading, para, paragraphs, renderDocument, subheading, subtitle, text, title } from './docxKit';
import { signatureSection } from './signatureSection';

/** The header block of SPEC §6.2: organisation, „Referat", the meeting, Dato/Tid/Sted/Deltagere/Afbud/Fraværende/Bemærk. */
export function referatHeader(body: ReferatBody, docTitle: string): FileChild[] {
  const out: FileChild[] = [];
  if (body.organisation) out.push(para(body.organisation, { bold: true, after: 0 }));
  if (body.unit) out.push(para(body.unit, { after: 0 }));
  out.push(title(docTitle), subtitle(body.meetingName));
  out.push(para(`${formatShortDate(body.date)} ${body.startTime}    ${formatShortDate(body.date)} ${body.endTime}`, { size: 18, color: '4A545C', after: 160 }));
  out.push(
    labelTable([
      [REFERAT_LABELS.dato, formatLongDate(body.date)],
      [REFERAT_LABELS.tid, formatTimeRange(body.startTime, body.endTime)],
      [REFERAT_LABELS.sted, body.place],
      ...(body.chair ? ([[REFERAT_LABELS.moedeleder, body.chair]] as [string, string][]) : []),
      [REFERAT_LABELS.deltagere, body.deltagere.map((d) => deltagerLine(d, body.showRoles))],
      [REFERAT_LABELS.afbud, body.afbud.join(', ')],
      [REFERAT_LABELS.fravaerende, body.fravaerende.join(', ')],
      [REFERAT_LABELS.bemaerk, body.bemaerk],
    ]),
  );
  for (const ph of body.phases) out.push(para([text(`${ph.title}: `, { bold: true }), text(ph.present.join(', '))], { before: 120 }));
  return out;
}

export function referatItem(it: ReferatItem): FileChild[] {
  const out: FileChild[] = [numberedHeading(it.number, itemHeading(it))];
  if (it.purpose.length) {
    out.push(para(`${it.ownerName ?? it.ownerInitials ?? ''} ${REFERAT_LABELS.formaal}`.trim(), { indent: ITEM_INDENT }));
    for (const b of it.purpose) out.push(bullet(b));
  }
  for (const g of it.guests) out.push(para(guestLine(g), { indent: ITEM_INDENT }));
  out.push(...paragraphs(it.text, ITEM_INDENT));
  for (const s of it.sections) out.push(para([text(`${s.label}: `, { bold: true }), text(s.text)], { indent: ITEM_INDENT }));
  if (it.outcome) out.push(para([text(`${REFERAT_LABELS.udfald} `, { bold: true }), text(it.outcome)], { indent: ITEM_INDENT }));
  if (it.decisions.length) {
    out.push(subheading(REFERAT_LABELS.beslutninger, ITEM_INDENT));
    for (const d of it.decisions) out.push(bullet(d, ITEM_INDENT, '-'));
  }
  for (const f of it.followups) out.push(para(followupLine(f), { indent: ITEM_INDENT, italics: false }));
  return out;
}

export interface ReferatDocInput {
  body: ReferatBody;
  state: ReferatState;
  documentId: string;
  /** Per-child excerpt: only that child's item(s). */
  excerptChildId?: string | undefined;
}

export async function buildReferatDocx(input: ReferatDocInput): Promise<Buffer> {
  const { body, state } = input;
  const v = state.current!;
  const draft = v.status === 'udkast';
  const excerpt = input.excerptChildId;
  const items = excerpt ? body.items.filter((i) => i.childId === excerpt && !i.anonymous) : body.items;
  const children: FileChild[] = [...referatHeader(body, excerpt ? 'Uddrag af referat' : 'Referat')];
  if (excerpt) {
    const name = items[0]?.childLabel ?? '';
    children.push(
      para(
        `Uddraget indeholder kun det punkt, der handler om ${name}. Mødets øvrige punkter handler om andre børn og er udeladt. Uddraget er taget fra referat ${v.documentId}.`,
        { italics: true, before: 160 },
      ),
    );
  }
  for (const it of items) children.push(...referatItem(it));
  children.push(...signatureSection({ state, documentId: input.documentId }));
  return renderDocument({
    title: `${excerpt ? 'Uddrag af referat' : 'Referat'}: ${body.meetingName}`,
    documentId: input.documentId,
    organisation: body.organisation,
    unit: body.unit,
    draft,
    seal: v.status === 'forseglet' ? v.seal : null,
    properties: { TovholderType: excerpt ? 'uddrag' : 'referat', TovholderVersion: String(v.version), TovholderSegl: v.seal ?? '' },
    children,
  });
}
