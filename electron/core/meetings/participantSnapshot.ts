import type { Db } from '../db/types';
import { stmt } from '../db/stmt';

/**
 * Freezes each participant's name, initials and organisation on the meeting (migration 0100). Called when the
 * referat is approved – or, for a meeting that keeps no referat, when it ends – so that a later rename of a person
 * changes future meetings only. The first freeze wins: a correction of the referat keeps the names it had.
 */
export function freezeParticipantNames(db: Db, meetingId: string, at: string): void {
  stmt(
    db,
    `UPDATE participants
        SET snap_name = (SELECT name FROM people WHERE people.id = participants.person_id),
            snap_initials = (SELECT initials FROM people WHERE people.id = participants.person_id),
            snap_organisation = (SELECT organisation FROM people WHERE people.id = participants.person_id),
            snap_at = @at
      WHERE meeting_id = @meeting AND snap_at IS NULL`,
  ).run({ meeting: meetingId, at });
}
