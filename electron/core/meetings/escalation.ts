import type { Ctx } from '../context';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { createMeeting } from './createMeeting';
import { getMeetingRow } from './meetingRows';
import { latestVersion } from '../referat/referatService';
import type { DispatchBasis } from '../../../shared/schemas/case';
import { assertBasisCoversRecipient } from '../exports/dispatch';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as meetingsTable from '../db/tables/meetings';

export type EscalationReason = 'underretning' | 'aftale_med_foraeldrene';

/**
 * Dialogmøde → netværksmøde (SPEC req. 3): a reason is required; on the agreement path the approved dialogmøde
 * referat is attached and recorded as sent to familieafdelingen; the distriktsrådgiver takes over as mødeleder
 * and ejer (the netværksmøde template's roles); familierådslagning is offered as the next step by the screen.
 */
export function escalateToNetvaerk(ctx: Ctx, input: { meetingId: string; reason: EscalationReason; date: string; startTime: string; familieafdeling: string }): string {
  const db = ctx.db;
  return db.transaction(() => {
    const m = getMeetingRow(db, input.meetingId);
    if (m.type !== 'dialogmoede') throw new AppError('TEMPLATE_RULE', meetingText.escalation.onlyDialog);
    if (!m.child_id) throw new AppError('CONFLICT', meetingText.escalation.noChild);
    const v = latestVersion(ctx, m.id);
    // The basis the user chose is the basis recorded; the same legal-basis check as any dispatch.
    const basis: DispatchBasis = input.reason;
    assertBasisCoversRecipient(db, { basis, toParents: false, recipient: input.familieafdeling, recipientAuthority: input.familieafdeling });
    if (input.reason === 'aftale_med_foraeldrene' && (!v || v.status === 'udkast')) {
      throw new AppError('CONFLICT', meetingText.escalation.referatNotApproved);
    }
    const id = createMeeting(db, { templateId: 'netvaerksmoede', date: input.date, startTime: input.startTime, childId: m.child_id });
    meetingsTable.update(db, id, { escalated_from_id: m.id, escalation_reason: input.reason });
    if (v && v.status !== 'udkast') {
      // The approved referat goes with the case: to familieafdelingen as confirmation of the agreement.
      stmt(
        db,
        `INSERT INTO dispatches (id, document_id, child_id, meeting_id, recipient, recipient_authority, channel, basis, note, sent_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, 'sikker_mail', ?, ?, ?, ?)`,
      ).run(
        newId(),
        v.document_id,
        m.child_id,
        m.id,
        input.familieafdeling,
        input.familieafdeling,
        basis,
        input.reason === 'underretning' ? meetingText.escalation.dispatchNoteUnderretning : meetingText.escalation.dispatchNoteAgreement,
        nowTs(ctx),
        ctx.actor(),
      );
    }
    audit(ctx, 'escalate.netvaerk', 'meeting', id, meetingText.escalation.audit(input.reason === 'underretning'));
    return id;
  })();
}
