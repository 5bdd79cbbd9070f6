import type { z } from 'zod';
import type { MeetingPatchSchema } from '../../../shared/schemas/meeting';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { AppError } from '../errors';
import { audit } from '../audit/auditLog';
import { getChildRow } from '../children/childrenRepo';
import { editableMeeting } from './guards';
import { meetingTemplate } from './meetingRows';
import { assertEndAfterStart } from './meetingTimes';
import { preparationCount } from './preparation';
import { prepText } from '../../../shared/text/historyTruth';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as peopleTable from '../db/tables/people';
import * as meetingsTable from '../db/tables/meetings';
import type { MeetingChanges } from '../db/tables/meetings';

type MeetingPatch = z.infer<typeof MeetingPatchSchema>;

const PERSON_FIELDS = { convenerId: 'convener_id', chairId: 'chair_id', ownerId: 'owner_id', referentId: 'referent_id' } as const;

export function updateMeeting(ctx: Ctx, id: string, patch: MeetingPatch): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = editableMeeting(db, id);
    const t = meetingTemplate(m);
    const at = nowTs(ctx);
    const changes: MeetingChanges = {};
    const set = <K extends keyof MeetingChanges>(col: K, value: MeetingChanges[K]) => {
      changes[col] = value;
    };
    if (patch.title !== undefined) set('title', patch.title);
    if (patch.date !== undefined) set('date', patch.date);
    if (patch.startTime !== undefined) set('start_time', patch.startTime);
    if (patch.endTime !== undefined) set('end_time', patch.endTime);
    if (patch.place !== undefined) set('place', patch.place);
    if (patch.remark !== undefined) set('remark', patch.remark);
    for (const [key, col] of Object.entries(PERSON_FIELDS) as [keyof typeof PERSON_FIELDS, (typeof PERSON_FIELDS)[keyof typeof PERSON_FIELDS]][]) {
      const v = patch[key];
      if (v === undefined) continue;
      if (v !== null && !peopleTable.exists(db, v)) {
        throw new AppError('NOT_FOUND', meetingText.personNotInRegister, key);
      }
      set(col, v);
    }
    if (patch.childId !== undefined) {
      if (t.childScope !== 'et_barn' && patch.childId !== null) {
        throw new AppError('TEMPLATE_RULE', meetingText.create.childOnItems, 'childId');
      }
      if (patch.childId) getChildRow(db, patch.childId);
      set('child_id', patch.childId);
    }
    if (patch.agendaAgreed !== undefined) set('agenda_agreed_at', patch.agendaAgreed ? at : null);
    if (patch.preparationSent !== undefined) {
      // „Sendt“ means the form went out: an empty forberedelsesskema cannot have been sent (issue 21, item 6).
      if (patch.preparationSent && !m.preparation_sent_at && preparationCount(db, id) === 0) throw new AppError('CONFLICT', prepText.nothingToSend, 'preparationSent');
      set('preparation_sent_at', patch.preparationSent ? (m.preparation_sent_at ?? at) : null);
    }
    if (patch.convened !== undefined) {
      set('convened_at', patch.convened ? at : null);
      if (m.status === 'planlagt' || m.status === 'indkaldt') set('status', patch.convened ? 'indkaldt' : 'planlagt');
    }
    const start = changes.start_time ?? m.start_time;
    const end = changes.end_time ?? m.end_time;
    assertEndAfterStart(start, end);
    meetingsTable.update(db, id, changes, at);
  })();
}

/**
 * Cancels a meeting. Fixed meetings (a series, or a template that says so) are not meant to be cancelled
 * (SPEC req. 15: „ikke en mulighed at aflyse møderne"), so the caller must confirm after seeing the warning.
 */
export function cancelMeeting(ctx: Ctx, id: string, reason: string, confirmed: boolean): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = editableMeeting(db, id);
    if (m.status === 'i_gang' || m.status === 'afholdt') throw new AppError('CONFLICT', meetingText.cancel.runningOrHeld);
    const t = meetingTemplate(m);
    if ((m.series_id || t.warnOnCancel) && !confirmed) {
      throw new AppError(
        'CANCEL_NEEDS_CONFIRM',
        m.series_id
          ? meetingText.cancel.series
          : meetingText.cancel.cadence,
      );
    }
    meetingsTable.update(db, id, { status: 'aflyst', cancelled_reason: reason }, nowTs(ctx));
    audit(ctx, 'meeting.cancel', 'meeting', id);
  })();
}
