import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { meetingFeatureText } from '../../../shared/text/meetingFeature';
import { audit } from '../audit/auditLog';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { insertFollowup, resolveOwner } from './followups';
import { editableMeeting } from './guards';
import type { MeetingRow } from './meetingRows';

const text = meetingFeatureText.familieraadslagning;

/** The item the offer is put on: the meeting's „Opfølgning" item, else its last item. */
function offerItem(db: Db, meetingId: string): { id: string; child_id: string | null } | null {
  const row = stmt(
    db,
    `SELECT id, child_id FROM agenda_items WHERE meeting_id = ? ORDER BY (template_key = 'opfoelgning') DESC, position DESC LIMIT 1`,
  ).get(meetingId) as { id: string; child_id: string | null } | undefined;
  return row ?? null;
}

/**
 * Why the offer cannot be recorded now, or null when it can. The one rule behind both `meeting.offerFamilieraadslagning`
 * and the detail's `familieraadslagning.canOffer`. `lock` is the meeting's own lock (guards.ts `meetingLock`).
 */
function offerRefusal(db: Db, m: MeetingRow, lock: AppError | null): AppError | null {
  if (!m.escalated_from_id) return new AppError('TEMPLATE_RULE', text.onlyEscalated);
  if (lock) return lock;
  if (m.familieraadslagning_followup_id) return new AppError('CONFLICT', text.alreadyOffered);
  if (!m.chair_id) return new AppError('INVALID_INPUT', text.noChair, 'chairId');
  if (!offerItem(db, m.id)) return new AppError('CONFLICT', text.noItem);
  return null;
}

/** What the meeting detail says about the offer: null unless the meeting was escalated from a dialogmøde. */
export function familieraadslagningState(db: Db, m: MeetingRow, lock: AppError | null): MeetingDetail['familieraadslagning'] {
  if (!m.escalated_from_id) return null;
  const offered = m.familieraadslagning_followup_id !== null;
  const refusal = offerRefusal(db, m, lock);
  return { offered, canOffer: refusal === null, whyNot: offered ? null : (refusal?.message ?? null) };
}

/**
 * Records the familierådslagning offer (SPEC req. 3, the next step after an escalation) as a follow-up for the chair
 * on the meeting's „Opfølgning" item, and links it to the meeting, so the offer is known from data – never from text.
 * Removing the follow-up (followup.remove) withdraws the link (ON DELETE SET NULL).
 */
export function offerFamilieraadslagning(ctx: Ctx, meetingId: string): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = editableMeeting(db, meetingId);
    const refusal = offerRefusal(db, m, null);
    if (refusal) throw refusal;
    const item = offerItem(db, m.id)!;
    const owner = resolveOwner(db, m, { ownerPersonId: m.chair_id });
    const id = insertFollowup(ctx, m, item, owner, text.followupText, null);
    stmt(db, 'UPDATE meetings SET familieraadslagning_followup_id = ? WHERE id = ?').run(id, m.id);
    audit(ctx, 'followup.add', 'followup', id, text.audit);
  })();
}
