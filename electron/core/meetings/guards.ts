import type { Db } from '../db/types';
import { AppError } from '../errors';
import { getMeetingRow, type MeetingRow } from './meetingRows';
import { stmt } from '../db/stmt';

/** A meeting whose referat is sealed, or that was cancelled, cannot be edited. */
export function editableMeeting(db: Db, meetingId: string): MeetingRow {
  const m = getMeetingRow(db, meetingId);
  if (m.status === 'godkendt') throw new AppError('SEALED', 'Mødets referat er forseglet. Ændringer kræver en rettelse af referatet med en begrundelse.');
  if (m.status === 'aflyst') throw new AppError('CONFLICT', 'Mødet er aflyst og kan ikke ændres.');
  const sealed = stmt(db, "SELECT 1 FROM referat_versions WHERE meeting_id = ? AND status = 'forseglet' AND version = (SELECT max(version) FROM referat_versions WHERE meeting_id = ?)").get(meetingId, meetingId);
  if (sealed) throw new AppError('SEALED');
  return m;
}
