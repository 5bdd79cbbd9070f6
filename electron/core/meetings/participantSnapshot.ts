import type { Db } from '../db/types';
import * as participantsTable from '../db/tables/participants';

/**
 * Freezes each participant's name, initials and organisation on the meeting (migration 0100). Called when the
 * referat is approved – or, for a meeting that keeps no referat, when it ends – so that a later rename of a person
 * changes future meetings only. The first freeze wins: a correction of the referat keeps the names it had.
 */
export function freezeParticipantNames(db: Db, meetingId: string, at: string): void {
  participantsTable.freezeNames(db, meetingId, at);
}
