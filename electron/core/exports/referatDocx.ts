import type { FileChild } from 'docx';
import { formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import { deltagerLine, followupLine, guestLine, itemHeading, REFERAT_LABELS } from '../../../shared/referat/referatText';
import type { DocumentModel } from '../../../shared/schemas/documents';
import type { ReferatBody, ReferatItem } from '../../../shared/schemas/referat';
import { bullet, ITEM_INDENT, labelled, labelTable, numberedHeading, para, paragraphs, renderDocument, subheading, subtitle, text, title, type DocumentFrame } from './docxKit';
import { signatureSection } from './signatureSection';
import { exportText } from '../../../shared/text/exportMessages';

/** The header block of SPEC §6.2: organisation, „Referat", the meeting, Dato/Tid/Sted/Deltagere/Afbud/Fraværende/Bemærk. */
export function referatHeader(body: ReferatBody, docTitle: string, correction: string | null): FileChild[] {
  const out: FileChild[] = [];
  if (body.organisation) out.push(para(body.organisation, { bold: true, after: 0 }));
  if (body.unit) out.push(para(body.unit, { after: 0 }));
  out.push(title(docTitle), subtitle(body.meetingName));
  if (correction) out.push(para(correction, { bold: true, color: 'A4221A', after: 160 }));
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
  for (const s of it.sections) out.push(labelled(`${s.label}:`, s.text, ITEM_INDENT));
  if (it.outcome) out.push(labelled(REFERAT_LABELS.udfald, it.outcome, ITEM_INDENT));
  if (it.decisions.length) {
    out.push(subheading(REFERAT_LABELS.beslutninger, ITEM_INDENT));
    for (const d of it.decisions) out.push(bullet(d, ITEM_INDENT, '-'));
  }
  for (const f of it.followups) out.push(para(followupLine(f), { indent: ITEM_INDENT, italics: false }));
  return out;
}

/** The page frame every Word document of a model shares: header, footer, status, author and the custom properties. */
export function frameOf(model: DocumentModel, docTitle: string, children: FileChild[]): DocumentFrame {
  return {
    title: docTitle,
    documentId: model.documentId,
    kommune: model.kommune,
    organisation: model.organisation,
    unit: model.unit,
    status: model.status,
    seal: model.seal,
    author: model.author,
    properties: {
      TovholderType: model.kind,
      ...(model.version !== null ? { TovholderVersion: String(model.version), TovholderStatus: model.status, TovholderSegl: model.seal ?? '' } : {}),
    },
    children,
  };
}

/** The referat, or a per-child excerpt of it, from the checked document model. */
export async function buildReferatDocx(model: DocumentModel): Promise<Buffer> {
  const body = model.body!;
  const state = model.state!;
  const excerpt = model.kind === 'uddrag';
  const docTitle = excerpt ? exportText.docx.excerpt : exportText.docx.referat;
  const children: FileChild[] = [...referatHeader(body, docTitle, model.correction)];
  if (excerpt) {
    const names = [...new Set(body.items.map((i) => i.childLabel ?? ''))].join(', ');
    children.push(
      para(
        exportText.model.excerptNote(names, state.current!.documentId),
        { italics: true, before: 160 },
      ),
    );
  }
  for (const it of body.items) children.push(...referatItem(it));
  children.push(...signatureSection({ state, documentId: model.documentId, digital: model.digitalSigning ?? null }));
  return renderDocument(frameOf(model, `${docTitle}: ${body.meetingName}`, children));
}
