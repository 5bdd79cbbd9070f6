import type { FileChild } from 'docx';
import { formatLongDate } from '../../../shared/format/danishDate';
import type { DocumentModel } from '../../../shared/schemas/documents';
import { lowerFirst } from '../../../shared/referat/referatText';
import { frameOf } from './referatDocx';
import { renderDocument } from './docxKit';
import { gridTable, heading, labelTable, para, paragraphs, subheading, subtitle, title, WIDE_LABEL } from './docxKit';
import { signatureSection } from './signatureSection';
import { exportText } from '../../../shared/text/exportMessages';

/** Handleplan (SPEC §3.7, §9.3 req. 27): mål, konkrete kriterier, tidsramme, ansvarlig, opfølgningsdato; SMTTE optional. */
export async function buildHandleplanDocx(model: DocumentModel): Promise<Buffer> {
  const body = model.body!;
  const state = model.state!;
  const hp = body.handleplan;
  if (!hp) throw new Error('no handleplan');
  const H = exportText.handleplan;
  const children: FileChild[] = [];
  if (body.organisation) children.push(para(body.organisation, { bold: true, after: 0 }));
  if (body.unit) children.push(para(body.unit, { after: 0 }));
  children.push(title(H.title), subtitle(H.subtitle(hp.childName, formatLongDate(hp.birthDate))));
  if (model.correction) children.push(para(model.correction, { bold: true, color: 'A4221A', after: 160 }));
  children.push(
    labelTable([
      [H.madeAt, `${body.meetingName}, ${formatLongDate(body.date)}`],
      [H.participants, body.deltagere.map((d) => `${d.name}${d.role ? `, ${lowerFirst(d.role)}` : ''}`)],
    ], WIDE_LABEL),
  );
  children.push(heading(H.purpose), ...(hp.plan.purpose.trim() ? paragraphs(hp.plan.purpose) : [para('–')]));
  children.push(heading(H.goalsHeading));
  children.push(
    gridTable(
      [...H.goalColumns],
      hp.plan.goals.map((g) => [g.goal, g.criteria, g.timeframe, g.responsible, g.followUpDate ? formatLongDate(g.followUpDate) : '–']),
      [4, 4, 2, 2, 2],
    ),
  );
  if (hp.plan.smtte) {
    children.push(heading(H.smtte));
    const s = hp.plan.smtte;
    for (const [label, value] of [
      [H.smtteParts.sammenhaeng, s.sammenhaeng],
      [H.smtteParts.maal, s.maal],
      [H.smtteParts.tegn, s.tegn],
      [H.smtteParts.tiltag, s.tiltag],
      [H.smtteParts.evaluering, s.evaluering],
    ] as const) {
      children.push(subheading(label), ...(value.trim() ? paragraphs(value) : [para('–')]));
    }
  }
  children.push(para(H.madeWithParents, { before: 160, italics: true }));
  children.push(...signatureSection({ state, documentId: model.documentId, digital: model.digitalSigning ?? null }, { pageBreak: false }));
  return renderDocument(frameOf(model, H.documentTitle(hp.childName), children));
}
