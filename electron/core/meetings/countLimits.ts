import { LIMITS } from '../../../shared/schemas/limits';
import type { Db } from '../db/types';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';

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
    `Dagsordenen har allerede ${LIMITS.agendaItems} punkter, som er det højeste antal. Saml punkter, eller lav et nyt møde til resten.`, 'kind');
}

export function checkDecisionRoom(db: Db, itemId: string): void {
  atLimit(db, 'SELECT count(*) AS n FROM decisions WHERE item_id = ?', itemId, LIMITS.decisionsPerItem,
    `Punktet har allerede ${LIMITS.decisionsPerItem} beslutninger, som er det højeste antal. Saml flere beslutninger i én.`, 'text');
}

export function checkFollowupRoom(db: Db, itemId: string): void {
  atLimit(db, 'SELECT count(*) AS n FROM followups WHERE item_id = ?', itemId, LIMITS.followupsPerItem,
    `Punktet har allerede ${LIMITS.followupsPerItem} opfølgninger, som er det højeste antal. Saml flere opfølgninger i én.`, 'text');
}

export function checkParticipantRoom(db: Db, meetingId: string, guestItemId: string | null): void {
  atLimit(db, 'SELECT count(*) AS n FROM participants WHERE meeting_id = ?', meetingId, LIMITS.participants,
    `Mødet har allerede ${LIMITS.participants} deltagere, som er det højeste antal.`, 'personId');
  if (guestItemId) {
    atLimit(db, 'SELECT count(*) AS n FROM participants WHERE guest_item_id = ?', guestItemId, LIMITS.guestsPerItem,
      `Punktet har allerede ${LIMITS.guestsPerItem} gæster, som er det højeste antal.`, 'guestItemId');
  }
}
