import type { FileChild } from 'docx';
import { addDays, formatDateWithWeekday, formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import type { DocumentModel } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { lowerFirst } from '../../../shared/referat/referatText';
import { prepText } from '../../../shared/text/historyTruth';
import { danishDateOf } from '../context';
import { frameOf } from './referatDocx';
import { labelTable, numberedHeading, para, renderDocument, subheading, subtitle, title, WIDE_LABEL, ITEM_INDENT } from './docxKit';

/**
 * The fokusteam's forberedelsesskema (SPEC §3.6, §9.1 req. 14): per child item, each professional's current
 * bekymringsniveau on Børnelinealen (named with its scale), what they observed and tried, and their questions.
 */
export async function buildForberedelsesskemaDocx(model: DocumentModel, m: MeetingDetail): Promise<Buffer> {
  const prep = model.preparation;
  if (!prep) throw new Error('no preparation');
  const children: FileChild[] = [];
  if (model.organisation) children.push(para(model.organisation, { bold: true, after: 0 }));
  if (model.unit) children.push(para(model.unit, { after: 0 }));
  children.push(title(prepText.docTitle), subtitle(m.title));
  const sent = prep.sentAt
    ? prep.sentDaysLate > 0
      ? prepText.sentLate(formatLongDate(danishDateOf(prep.sentAt)), prep.sentDaysLate, formatLongDate(prep.deadline))
      : prepText.sentOn(formatLongDate(danishDateOf(prep.sentAt)))
    : prepText.docNotSent;
  children.push(
    labelTable(
      [
        [prepText.docMeeting, [formatDateWithWeekday(m.date), formatTimeRange(m.startTime, m.endTime), m.place.trim()].filter(Boolean).join(', ')],
        [prepText.docDeadline, prepText.docDeadlineValue(formatLongDate(addDays(m.date, -prep.daysBefore)), prep.daysBefore)],
        [prepText.docSent, sent],
        [prepText.docScale, prep.scale.name],
      ],
      WIDE_LABEL,
    ),
  );
  for (const w of model.warnings) children.push(para(w, { bold: true, color: 'A4221A' }));
  if (prep.entries.length === 0) children.push(para(prepText.docNoEntries, { italics: true }));
  for (const item of prep.items) {
    const entries = prep.entries.filter((e) => e.itemId === item.itemId);
    if (!entries.length) continue;
    children.push(numberedHeading(item.number, item.label));
    for (const e of entries) {
      children.push(subheading(prepText.docBy(e.personName, lowerFirst(e.roleLabel)), ITEM_INDENT));
      children.push(
        labelTable(
          [
            [`${prepText.level}:`, e.levelLabel ?? prepText.levelNone],
            [prepText.observed, e.observed.trim() || '–'],
            [prepText.tried, e.tried.trim() || '–'],
            [`${prepText.questions}:`, e.questions.trim() || '–'],
          ],
          WIDE_LABEL,
        ),
      );
    }
  }
  return renderDocument(frameOf(model, `${prepText.docTitle}: ${m.title}`, children));
}
