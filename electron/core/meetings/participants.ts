import { checkParticipantRoom } from './countLimits';
import type { RoleCode } from '../../../shared/domain/roles';
import type { Attendance } from '../../../shared/schemas/meeting';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { editableMeeting } from './guards';
import { t } from '../../../shared/text/da';
import { protectedNameMatcher } from '../children/caseRepo';
import { meetingTemplate, touchMeeting } from './meetingRows';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as agendaItems from '../db/tables/agendaItems';
import * as peopleTable from '../db/tables/people';
import * as participantsTable from '../db/tables/participants';

function getParticipant(ctx: Ctx, id: string): Pick<participantsTable.ParticipantRow, 'id' | 'meeting_id' | 'person_id'> {
  const row = participantsTable.byId(ctx.db, id);
  if (!row) throw notFound('Deltageren');
  return row;
}

/** The guest's item must be on this meeting; a child's parent cannot be the guest of an anonymous item. */
function checkGuestItem(ctx: Ctx, meetingId: string, itemId: string | null, personId: string): void {
  if (!itemId) return;
  const item = agendaItems.inMeeting(ctx.db, itemId, meetingId);
  if (!item) throw new AppError('NOT_FOUND', meetingText.itemNotOnAgenda, 'guestItemId');
  if (item.kind !== 'anonym') return;
  const person = peopleTable.byId(ctx.db, personId);
  if (!person) return;
  const parent = person.role === 'foraelder' || !!stmt(ctx.db, 'SELECT 1 FROM guardians WHERE person_id = ?').get(personId) || protectedNameMatcher(ctx.db).isProtectedName(person.name);
  if (parent) throw new AppError('PRIVACY_GUARD', t.privacyGuard.guest(person.name), 'guestItemId');
}

/** The chair may add tværprofessionelle participants at any time (SPEC req. 16), also during the meeting. */
export function addParticipant(
  ctx: Ctx,
  input: { meetingId: string; personId: string; role: RoleCode; consultative: boolean; guestItemId: string | null },
): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = editableMeeting(db, input.meetingId);
    if (!peopleTable.exists(db, input.personId)) throw new AppError('NOT_FOUND', meetingText.personNotInRegister, 'personId');
    if (participantsTable.isOnMeeting(db, m.id, input.personId)) {
      throw new AppError('CONFLICT', meetingText.participants.alreadyIn, 'personId');
    }
    checkGuestItem(ctx, m.id, input.guestItemId, input.personId);
    checkParticipantRoom(db, m.id, input.guestItemId);
    const t = meetingTemplate(m);
    // Someone added mid-meeting is present from the current phase on.
    const phases = t.phases?.map((p) => p.key) ?? [];
    const fromPhase = m.current_phase ? phases.slice(phases.indexOf(m.current_phase)) : phases;
    participantsTable.insert(db, {
      id: newId(),
      meeting_id: m.id,
      person_id: input.personId,
      role: input.role,
      consultative: input.consultative ? 1 : 0,
      guest_item_id: input.guestItemId,
      phases: JSON.stringify(fromPhase),
      position: participantsTable.nextPosition(db, m.id),
      attendance: m.status === 'i_gang' ? 'til_stede' : 'forventet',
    });
    touchMeeting(db, m.id, nowTs(ctx));
  })();
}

export function updateParticipant(
  ctx: Ctx,
  input: { id: string; attendance?: Attendance | undefined; role?: RoleCode | undefined; consultative?: boolean | undefined; guestItemId?: string | null | undefined },
): string {
  const db = ctx.db;
  return db.transaction(() => {
    const p = getParticipant(ctx, input.id);
    editableMeeting(db, p.meeting_id);
    if (input.attendance !== undefined) participantsTable.setAttendance(db, p.id, input.attendance);
    if (input.role !== undefined) participantsTable.setRole(db, p.id, input.role);
    if (input.consultative !== undefined) participantsTable.setConsultative(db, p.id, input.consultative);
    if (input.guestItemId !== undefined) {
      checkGuestItem(ctx, p.meeting_id, input.guestItemId, p.person_id);
      participantsTable.setGuestItem(db, p.id, input.guestItemId);
    }
    touchMeeting(db, p.meeting_id, nowTs(ctx));
    return p.meeting_id;
  })();
}

export function removeParticipant(ctx: Ctx, id: string): string {
  const db = ctx.db;
  return db.transaction(() => {
    const p = getParticipant(ctx, id);
    editableMeeting(db, p.meeting_id);
    for (const col of ['convener_id', 'chair_id', 'owner_id', 'referent_id']) {
      db.prepare(`UPDATE meetings SET ${col} = NULL WHERE id = ? AND ${col} = ?`).run(p.meeting_id, p.person_id);
    }
    participantsTable.remove(db, id);
    touchMeeting(db, p.meeting_id, nowTs(ctx));
    return p.meeting_id;
  })();
}
