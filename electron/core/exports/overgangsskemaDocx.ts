import type { FileChild } from 'docx';
import { formatLongDate } from '../../../shared/format/danishDate';
import { SHARING_BASIS_LABELS, type TrivselLevel } from '../../../shared/schemas/forms';
import type { DocumentModel } from '../../../shared/schemas/documents';
import { lowerFirst } from '../../../shared/referat/referatText';
import { frameOf } from './referatDocx';
import { renderDocument } from './docxKit';
import { gridTable, heading, labelTable, para, paragraphs, subtitle, title, WIDE_LABEL } from './docxKit';
import { signatureSection } from './signatureSection';
import { TRIVSEL_LABELS } from '../../../shared/text/wellbeing';
import { transitionText as tt } from '../../../shared/text/transitionForm';

export type TrivselLabels = Record<TrivselLevel, string>;

/** The Aalborg words, when the kommune has chosen none. */
export const DEFAULT_TRIVSEL_LABELS: TrivselLabels = TRIVSEL_LABELS.aalborg;


function section(label: string, value: string, emptyText: string = tt.nothingNoted): FileChild[] {
  return [heading(label), ...(value.trim() ? paragraphs(value) : [para(emptyText, { italics: true, color: '4A545C' })])];
}

/**
 * The overgangsskema (SPEC §3.2, §9.1 req. 11; issue fields): the child, from and to, participants, strengths and
 * challenges, the seven læringskompetencer, the four trivsel dimensions, barnets perspektiv, the parents'
 * perspective, sundhedsplejens oplysninger, særlige hensyn, igangværende indsatser, aftaler om opstart, the receiving
 * contact person, what is passed on to whom and on which basis, and the signatures of parents and professional.
 */
export async function buildOvergangsskemaDocx(model: DocumentModel, trivselLabels: TrivselLabels = DEFAULT_TRIVSEL_LABELS): Promise<Buffer> {
  const body = model.body!;
  const state = model.state!;
  /** The legal basis of the handover, or a flag that consent is missing. */
  const basisNote = model.transitionNote;
  const tr = body.transition;
  if (!tr) throw new Error('not a transition meeting');
  const f = tr.form;
  const labels = trivselLabels;
  const children: FileChild[] = [];
  if (body.organisation) children.push(para(body.organisation, { bold: true, after: 0 }));
  if (body.unit) children.push(para(body.unit, { after: 0 }));
  children.push(title(tt.title), subtitle(tt.transition(tr.transitionLabel)));
  if (model.correction) children.push(para(model.correction, { bold: true, color: 'A4221A', after: 160 }));
  const rows: [string, string | string[]][] = [
    [tt.childName, tr.childName],
    [tt.birthDate, formatLongDate(tr.birthDate)],
  ];
  if (tr.cpr) rows.push([tt.cpr, tr.cpr]);
  rows.push(
    [tt.from, f.fromInstitution],
    [tt.to, f.toInstitution],
    [tt.transitionMeeting, `${formatLongDate(body.date)}, ${body.place}`],
    [tt.participants, body.deltagere.map((d) => `${d.name}${d.role ? `, ${lowerFirst(d.role)}` : ''}`)],
    [tt.receivingContactPerson, f.contactPerson],
  );
  children.push(labelTable(rows, WIDE_LABEL));
  children.push(...section(tt.strengths, f.strengths), ...section(tt.challenges, f.challenges));
  children.push(heading(tt.competences));
  children.push(gridTable([tt.competence, tt.observations], tr.competences.map((c) => [c.label, c.text.trim() || '–']), [3, 7]));
  children.push(heading(tt.trivsel));
  children.push(gridTable([...tt.trivselColumns], f.trivsel.map((t) => [t.dimension, t.level ? labels[t.level] : '–', t.text || '–']), [3, 2, 5]));
  children.push(heading(tt.childPerspective));
  children.push(
    labelTable(
      [
        [tt.looksForward, tr.childLooksForward || '–'],
        [tt.worries, tr.childWorries || '–'],
      ],
      WIDE_LABEL,
    ),
  );
  children.push(...section(tt.parentsPerspective, f.parentsPerspective));
  children.push(...section(tt.healthInfo, f.healthInfo));
  children.push(...section(tt.specialConsiderations, f.specialConsiderations));
  children.push(...section(tt.ongoingEfforts, f.ongoingEfforts));
  children.push(...section(tt.startAgreements, f.startAgreements));
  children.push(heading(tt.sharing));
  if (basisNote) children.push(para(basisNote, { bold: basisNote.startsWith('OBS'), color: basisNote.startsWith('OBS') ? 'A4221A' : undefined }));
  if (f.sharing.length) {
    children.push(gridTable([...tt.sharingColumns], f.sharing.map((s) => [s.what, s.toWhom, SHARING_BASIS_LABELS[s.basis]]), [4, 3, 4]));
  } else {
    children.push(para(tt.noSharing, { italics: true }));
  }
  if (tr.schoolNote) {
    children.push(para(tt.schoolNote(f.contactPerson), { before: 160 }));
  }
  children.push(para(tt.filledTogether, { before: 160, italics: true }));
  children.push(...signatureSection({ state, documentId: model.documentId, digital: model.digitalSigning ?? null }, { heading: tt.signaturesHeading, pageBreak: false }));
  return renderDocument(frameOf(model, tt.documentTitle(tr.childName), children));
}
