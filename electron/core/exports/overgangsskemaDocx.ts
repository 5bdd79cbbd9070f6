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

export type TrivselLabels = Record<TrivselLevel, string>;

/** The Aalborg words, when the kommune has chosen none. */
export const DEFAULT_TRIVSEL_LABELS: TrivselLabels = TRIVSEL_LABELS.aalborg;


function section(label: string, value: string, emptyText = 'Intet noteret.'): FileChild[] {
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
  children.push(title('Overgangsskema'), subtitle(`Overgang: ${tr.transitionLabel}`));
  if (model.correction) children.push(para(model.correction, { bold: true, color: 'A4221A', after: 160 }));
  const rows: [string, string | string[]][] = [
    ['Barnets navn:', tr.childName],
    ['Fødselsdato:', formatLongDate(tr.birthDate)],
  ];
  if (tr.cpr) rows.push(['CPR-nummer:', tr.cpr]);
  rows.push(
    ['Fra:', f.fromInstitution],
    ['Til:', f.toInstitution],
    ['Overgangsmøde:', `${formatLongDate(body.date)}, ${body.place}`],
    ['Deltagere:', body.deltagere.map((d) => `${d.name}${d.role ? `, ${lowerFirst(d.role)}` : ''}`)],
    ['Modtagende kontaktperson:', f.contactPerson],
  );
  children.push(labelTable(rows, WIDE_LABEL));
  children.push(...section('Barnets styrker', f.strengths), ...section('Barnets udfordringer', f.challenges));
  children.push(heading('De syv læringskompetencer'));
  children.push(gridTable(['Læringskompetence', 'Iagttagelser'], tr.competences.map((c) => [c.label, c.text.trim() || '–']), [3, 7]));
  children.push(heading('Barnets trivsel'));
  children.push(gridTable(['Dimension', 'Vurdering', 'Uddybning'], f.trivsel.map((t) => [t.dimension, t.level ? labels[t.level] : '–', t.text || '–']), [3, 2, 5]));
  children.push(heading('Barnets perspektiv'));
  children.push(
    labelTable(
      [
        ['Glæder sig til:', tr.childLooksForward || '–'],
        ['Er bekymret for:', tr.childWorries || '–'],
      ],
      WIDE_LABEL,
    ),
  );
  children.push(...section('Forældrenes perspektiv', f.parentsPerspective));
  children.push(...section('Sundhedsplejens oplysninger', f.healthInfo));
  children.push(...section('Særlige hensyn', f.specialConsiderations));
  children.push(...section('Igangværende indsatser', f.ongoingEfforts));
  children.push(...section('Aftaler om opstart', f.startAgreements));
  children.push(heading('Videregivelse af oplysninger'));
  if (basisNote) children.push(para(basisNote, { bold: basisNote.startsWith('OBS'), color: basisNote.startsWith('OBS') ? 'A4221A' : undefined }));
  if (f.sharing.length) {
    children.push(gridTable(['Hvad', 'Til hvem', 'Grundlag'], f.sharing.map((s) => [s.what, s.toWhom, SHARING_BASIS_LABELS[s.basis]]), [4, 3, 4]));
  } else {
    children.push(para('Der videregives ikke oplysninger ud over skemaet selv.', { italics: true }));
  }
  if (tr.schoolNote) {
    children.push(para(`Skemaet lægges i elevens mappe. Den modtagende kontaktvoksne${f.contactPerson ? ` (${f.contactPerson})` : ''} giver de vigtigste oplysninger videre til skolens personale.`, { before: 160 }));
  }
  children.push(para('Skemaet er udfyldt af forældrene og fagpersonen i fællesskab.', { before: 160, italics: true }));
  children.push(...signatureSection({ state, documentId: model.documentId, digital: model.digitalSigning ?? null }, { heading: 'Underskrifter – forældre og fagperson', pageBreak: false }));
  return renderDocument(frameOf(model, `Overgangsskema: ${tr.childName}`, children));
}
