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

const PARENT_NOTE: Record<MeetingDetail['template']['parents'], string> = {
  ja: 'Forældrene deltager i mødet. Tal med forældrene – ikke om dem.',
  nej: 'Forældrene deltager ikke i mødet.',
  kun_samtykke:
    'Forældrene deltager ikke i mødet. Et barn drøftes kun med navn, når forældrene har givet informeret samtykke og ved, hvem der deltager, og hvad der drøftes. Efter mødet taler pædagogen eller lederen med forældrene om, hvad der videre skal ske.',
};

/** Indkaldelse og dagsorden: purpose, time and place, participants and roles, items with time boxes, preparation. */
export async function buildDagsordenDocx(model: DocumentModel, m: MeetingDetail): Promise<Buffer> {
  const input = model;
  const t = m.template;
  const children: FileChild[] = [];
  if (input.organisation) children.push(para(input.organisation, { bold: true, after: 0 }));
  if (input.unit) children.push(para(input.unit, { after: 0 }));
  children.push(title('Indkaldelse og dagsorden'), subtitle(m.childName && t.childScope === 'et_barn' ? `${m.title} om ${m.childName}` : m.title));
  const regular = m.participants.filter((p) => p.guestItemId === null);
  const person = (id: string | null) => m.participants.find((p) => p.personId === id);
  children.push(
    labelTable([
      ['Dato:', formatDateWithWeekday(m.date)],
      ['Tid:', formatTimeRange(m.startTime, m.endTime)],
      ['Sted:', m.place],
      ['Mødeleder:', person(m.chairId) ? `${person(m.chairId)!.name} (${person(m.chairId)!.initials})` : ''],
      ['Referent:', person(m.referentId) ? `${person(m.referentId)!.name} (${person(m.referentId)!.initials})` : ''],
      ['Deltagere:', regular.map((p) => `${p.name} (${p.initials}), ${lowerFirst(roleLabel(p.role))}${p.consultative ? ', konsultativ rolle' : ''}`)],
    ]),
  );
  children.push(heading('Formål'), ...paragraphs(t.purpose));
  children.push(heading('Dagsorden'));
  let clock = m.startTime;
  m.items.forEach((it, i) => {
    const end = addMinutes(clock, it.minutes);
    const child = it.kind === 'anonym' ? it.anonLabel : it.childName;
    const owner = it.ownerInitials ? ` (${it.ownerInitials})` : '';
    children.push(numberedHeading(i + 1, `${it.title}${child && !it.title.includes(child) ? `: ${child}` : ''}${owner}`));
    children.push(para(`${formatTimeRange(clock, end)} · ${it.minutes} min.${it.block === '0-2' ? ' · reserveret tid til 0–2-årige' : ''}`, { indent: ITEM_INDENT, size: 19, color: '4A545C' }));
    if (it.description) children.push(para(it.description, { indent: ITEM_INDENT }));
    const prev = it.kind === 'godkendelse' ? previousReferatLine(m.previousMeeting) : null;
    if (prev) children.push(para(m.previousMeeting?.referatDocumentId ? `${prev} til godkendelse.` : `${prev} er ikke godkendt i Tovholder endnu.`, { indent: ITEM_INDENT }));
    const guests = m.participants.filter((p) => p.guestItemId === it.id);
    if (guests.length) children.push(para(`Deltager i punktet: ${guests.map((g) => `${g.name} (${g.initials})`).join(', ')}`, { indent: ITEM_INDENT }));
    clock = end;
  });
  if (m.carriedFollowups.length) {
    children.push(heading('Opfølgning fra tidligere møder'));
    for (const f of m.carriedFollowups) children.push(para(`(${f.ownerInitials} følger op) ${f.text}${f.dueDate ? ` – senest ${formatLongDate(f.dueDate)}` : ''}`));
  }
  children.push(heading('Forberedelse'));
  if (t.preparation) {
    children.push(
      para(
        `Udfyld forberedelsesskemaet med det aktuelle bekymringsniveau og en kort beskrivelse af problemstillingen. Skemaet sendes til alle deltagere senest ${formatLongDate(addDays(m.date, -t.preparation.daysBefore))} (${t.preparation.daysBefore} dage før mødet).`,
      ),
    );
  } else if (t.parentsAgreeAgenda) {
    children.push(para('Dagsordenen er aftalt med forældrene før mødet. Tænk over, hvad der lykkes for barnet – ikke kun udfordringerne.'));
  } else {
    children.push(para('Læs dagsordenen, og tag det med, du ved om barnet eller emnet.'));
  }
  children.push(heading('Forældrene'), para(PARENT_NOTE[t.parents]));
  return renderDocument(frameOf(model, `Dagsorden: ${m.title}`, children));
}
