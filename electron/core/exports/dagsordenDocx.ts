import { previousReferatLine } from '../../../shared/referat/referatText';
import type { FileChild } from 'docx';
import { addDays, addMinutes, formatDateWithWeekday, formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import { roleLabel } from '../../../shared/domain/roles';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { heading, labelTable, numberedHeading, para, paragraphs, subtitle, ITEM_INDENT, title } from './docxKit';
import type { DocumentModel } from '../../../shared/schemas/documents';
import { lowerFirst } from '../../../shared/referat/referatText';
import { frameOf } from './referatDocx';
import { renderDocument } from './docxKit';
import { exportText } from '../../../shared/text/exportMessages';

const PARENT_NOTE: Record<MeetingDetail['template']['parents'], string> = exportText.dagsorden.parentNote;
const D = exportText.dagsorden;

/** Indkaldelse og dagsorden: purpose, time and place, participants and roles, items with time boxes, preparation. */
export async function buildDagsordenDocx(model: DocumentModel, m: MeetingDetail): Promise<Buffer> {
  const input = model;
  const t = m.template;
  const children: FileChild[] = [];
  if (input.organisation) children.push(para(input.organisation, { bold: true, after: 0 }));
  if (input.unit) children.push(para(input.unit, { after: 0 }));
  children.push(title(D.title), subtitle(m.childName && t.childScope === 'et_barn' ? D.subtitleAboutChild(m.title, m.childName) : m.title));
  const regular = m.participants.filter((p) => p.guestItemId === null);
  const person = (id: string | null) => m.participants.find((p) => p.personId === id);
  children.push(
    labelTable([
      [D.labels.date, formatDateWithWeekday(m.date)],
      [D.labels.time, formatTimeRange(m.startTime, m.endTime)],
      [D.labels.place, m.place],
      [D.labels.chair, person(m.chairId) ? `${person(m.chairId)!.name} (${person(m.chairId)!.initials})` : ''],
      [D.labels.referent, person(m.referentId) ? `${person(m.referentId)!.name} (${person(m.referentId)!.initials})` : ''],
      [D.labels.participants, regular.map((p) => `${p.name} (${p.initials}), ${lowerFirst(roleLabel(p.role))}${p.consultative ? D.consultative : ''}`)],
    ]),
  );
  children.push(heading(D.purpose), ...paragraphs(t.purpose));
  children.push(heading(D.agenda));
  let clock = m.startTime;
  m.items.forEach((it, i) => {
    const end = addMinutes(clock, it.minutes);
    const child = it.kind === 'anonym' ? it.anonLabel : it.childName;
    const owner = it.ownerInitials ? ` (${it.ownerInitials})` : '';
    children.push(numberedHeading(i + 1, `${it.title}${child && !it.title.includes(child) ? `: ${child}` : ''}${owner}`));
    children.push(para(`${formatTimeRange(clock, end)} · ${it.minutes} min.${it.block === '0-2' ? D.block02 : ''}`, { indent: ITEM_INDENT, size: 19, color: '4A545C' }));
    if (it.description) children.push(para(it.description, { indent: ITEM_INDENT }));
    const prev = it.kind === 'godkendelse' ? previousReferatLine(m.previousMeeting) : null;
    if (prev) children.push(para(m.previousMeeting?.referatDocumentId ? D.previousForApproval(prev) : D.previousNotApproved(prev), { indent: ITEM_INDENT }));
    const guests = m.participants.filter((p) => p.guestItemId === it.id);
    if (guests.length) children.push(para(D.guests(guests.map((g) => `${g.name} (${g.initials})`).join(', ')), { indent: ITEM_INDENT }));
    clock = end;
  });
  if (m.carriedFollowups.length) {
    children.push(heading(D.carriedFollowups));
    for (const f of m.carriedFollowups) children.push(para(D.followup(f.ownerInitials, f.text, f.dueDate ? formatLongDate(f.dueDate) : null)));
  }
  children.push(heading(D.preparation));
  if (t.preparation) {
    children.push(
      para(
        D.preparationForm(formatLongDate(addDays(m.date, -t.preparation.daysBefore)), t.preparation.daysBefore),
      ),
    );
  } else if (t.parentsAgreeAgenda) {
    children.push(para(D.agendaAgreed));
  } else {
    children.push(para(D.readAgenda));
  }
  children.push(heading(D.parents), para(PARENT_NOTE[t.parents]));
  return renderDocument(frameOf(model, D.documentTitle(m.title), children));
}
