import { LIMITS } from '../../../shared/schemas/limits';
import type { Db } from '../db/types';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';

/**
 * The count limits of shared/schemas/limits.ts, checked where a row is added, so a referat built from the meeting
 * always fits its schema. The message names what is full and the way forward.
 */
function atLimit(db: Db, sql: string, id: string, limit: number, message: string, field: string): void {
  const { n } = stmt(db, sql).get(id) as { n: number };
  if (n >= limit) throw new AppError('INVALID_INPUT', message, field);
}

export function checkAgendaRoom(db: Db, meetingId: string): void {
  atLimit(db, 'SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ?', meetingId, LIMITS.agendaItems,
    meetingText.limits.agendaItems(LIMITS.agendaItems), 'kind');
}

export function checkDecisionRoom(db: Db, itemId: string): void {
  atLimit(db, 'SELECT count(*) AS n FROM decisions WHERE item_id = ?', itemId, LIMITS.decisionsPerItem,
    meetingText.limits.decisions(LIMITS.decisionsPerItem), 'text');
}

export function checkFollowupRoom(db: Db, itemId: string): void {
  atLimit(db, 'SELECT count(*) AS n FROM followups WHERE item_id = ?', itemId, LIMITS.followupsPerItem,
    meetingText.limits.followups(LIMITS.followupsPerItem), 'text');
}

export function checkParticipantRoom(db: Db, meetingId: string, guestItemId: string | null): void {
  atLimit(db, 'SELECT count(*) AS n FROM participants WHERE meeting_id = ?', meetingId, LIMITS.participants,
    meetingText.limits.participants(LIMITS.participants), 'personId');
  if (guestItemId) {
    atLimit(db, 'SELECT count(*) AS n FROM participants WHERE guest_item_id = ?', guestItemId, LIMITS.guestsPerItem,
      meetingText.limits.guests(LIMITS.guestsPerItem), 'guestItemId');
  }
}
