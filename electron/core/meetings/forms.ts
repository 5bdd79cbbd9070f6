import {
  emptyHandleplan,
  emptyTransitionForm,
  HandleplanSchema,
  PROPOSED_TRANSITION_FIELDS,
  TransitionFormSchema,
  type FormKind,
  type Handleplan,
  type TransitionForm,
  type TransitionFormView,
} from '../../../shared/schemas/forms';
import { LAERINGSKOMPETENCER } from '../../../shared/templates/schema';
import { getChildRow } from '../children/childrenRepo';
import { getMeetingDetail } from './meetingDetail';
import { proposeTransitionFields } from './transitionProposal';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { editableMeeting } from './guards';
import { getMeetingRow, meetingTemplate } from './meetingRows';
import { meetingText } from '../../../shared/text/meetingMessages';

function storedTransitionForm(db: Db, meetingId: string): TransitionForm | null {
  const row = stmt(db, "SELECT data FROM meeting_forms WHERE meeting_id = ? AND kind = 'overgangsskema'").get(meetingId) as { data: string } | undefined;
  return row ? TransitionFormSchema.parse(JSON.parse(row.data)) : null;
}

export function getTransitionForm(db: Db, meetingId: string): TransitionForm {
  return storedTransitionForm(db, meetingId) ?? emptyTransitionForm();
}

/** Whether the meeting may be changed now: the same guard every change to it passes (`editableMeeting`). */
export function meetingEditable(db: Db, meetingId: string): boolean {
  try {
    editableMeeting(db, meetingId);
    return true;
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
}

/**
 * The overgangsskema tab (issue 16, item 8): the stored form, or – before the first save – an empty form with Fra, Til
 * and Kontaktperson proposed from the child and the meeting; the seven læringskompetencer as stored on the meeting's
 * own agenda item. A query: it writes nothing, so opening the tab creates nothing.
 */
export function transitionFormView(db: Db, meetingId: string, today: string): TransitionFormView {
  if (!formsOf(db, meetingId).includes('overgangsskema')) throw new AppError('TEMPLATE_RULE', meetingText.forms.transitionOnly);
  const m = getMeetingDetail(db, meetingId, today);
  const stored = storedTransitionForm(db, meetingId);
  let form = stored ?? emptyTransitionForm();
  const proposed: TransitionFormView['proposed'] = [];
  if (!stored && m.childId) {
    const child = getChildRow(db, m.childId);
    const proposal = proposeTransitionFields(m, child);
    form = { ...form, ...proposal };
    for (const k of PROPOSED_TRANSITION_FIELDS) if (proposal[k]) proposed.push(k);
  }
  const item = m.items.find((i) => i.kind === 'laeringskompetencer') ?? null;
  return {
    form,
    saved: stored !== null,
    proposed,
    competences: LAERINGSKOMPETENCER.map((label) => ({ label, text: item?.data.competences?.[label] ?? '' })),
    competenceItemId: item?.id ?? null,
    editable: meetingEditable(db, meetingId),
  };
}

export function getHandleplan(db: Db, meetingId: string): Handleplan {
  const row = stmt(db, "SELECT data FROM meeting_forms WHERE meeting_id = ? AND kind = 'handleplan'").get(meetingId) as { data: string } | undefined;
  return row ? HandleplanSchema.parse(JSON.parse(row.data)) : emptyHandleplan();
}

/** Which forms a meeting has: the overgangsskema for transitions, a handleplan where the template asks for one. */
export function formsOf(db: Db, meetingId: string): FormKind[] {
  const t = meetingTemplate(getMeetingRow(db, meetingId));
  const kinds: FormKind[] = [];
  if (t.requiredDocuments.includes('overgangsskema')) kinds.push('overgangsskema');
  if (t.requiredDocuments.includes('handleplan') || t.agenda.some((a) => a.kind === 'handleplan')) kinds.push('handleplan');
  return kinds;
}

export function saveForm(ctx: Ctx, meetingId: string, kind: FormKind, data: unknown): void {
  ctx.db.transaction(() => {
    editableMeeting(ctx.db, meetingId);
    if (!formsOf(ctx.db, meetingId).includes(kind)) {
      throw new AppError('TEMPLATE_RULE', kind === 'overgangsskema' ? meetingText.forms.transitionOnly : meetingText.forms.noHandleplan);
    }
    const parsed = kind === 'overgangsskema' ? TransitionFormSchema.parse(data) : HandleplanSchema.parse(data);
    stmt(
      ctx.db,
      `INSERT INTO meeting_forms (meeting_id, kind, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (meeting_id, kind) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ).run(meetingId, kind, JSON.stringify(parsed), nowTs(ctx));
  })();
}
