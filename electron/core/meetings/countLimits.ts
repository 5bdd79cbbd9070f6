import { LIMITS } from '../../../shared/schemas/limits';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as agendaItems from '../db/tables/agendaItems';
import * as decisionsTable from '../db/tables/decisions';
import * as followupsTable from '../db/tables/followups';
import * as participantsTable from '../db/tables/participants';

/**
 * The count limits of shared/schemas/limits.ts, checked where a row is added, so a referat built from the meeting
 * always fits its schema. The message names what is full and the way forward.
 */
function atLimit(n: number, limit: number, message: string, field: string): void {
  if (n >= limit) throw new AppError('INVALID_INPUT', message, field);
}

export function checkAgendaRoom(db: Db, meetingId: string): void {
  atLimit(agendaItems.count(db, meetingId), LIMITS.agendaItems, meetingText.limits.agendaItems(LIMITS.agendaItems), 'kind');
}

export function checkDecisionRoom(db: Db, itemId: string): void {
  atLimit(decisionsTable.count(db, itemId), LIMITS.decisionsPerItem, meetingText.limits.decisions(LIMITS.decisionsPerItem), 'text');
}

export function checkFollowupRoom(db: Db, itemId: string): void {
  atLimit(followupsTable.count(db, itemId), LIMITS.followupsPerItem, meetingText.limits.followups(LIMITS.followupsPerItem), 'text');
}

export function checkParticipantRoom(db: Db, meetingId: string, guestItemId: string | null): void {
  atLimit(participantsTable.count(db, meetingId), LIMITS.participants, meetingText.limits.participants(LIMITS.participants), 'personId');
  if (guestItemId) {
    atLimit(participantsTable.countGuests(db, guestItemId), LIMITS.guestsPerItem, meetingText.limits.guests(LIMITS.guestsPerItem), 'guestItemId');
  }
}
