import { emptyHandleplan, emptyTransitionForm, HandleplanSchema, TransitionFormSchema, type FormKind, type Handleplan, type TransitionForm } from '../../../shared/schemas/forms';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { editableMeeting } from './guards';
import { getMeetingRow, meetingTemplate } from './meetingRows';
import { meetingText } from '../../../shared/text/meetingMessages';

export function getTransitionForm(db: Db, meetingId: string): TransitionForm {
  const row = stmt(db, "SELECT data FROM meeting_forms WHERE meeting_id = ? AND kind = 'overgangsskema'").get(meetingId) as { data: string } | undefined;
  return row ? TransitionFormSchema.parse(JSON.parse(row.data)) : emptyTransitionForm();
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
