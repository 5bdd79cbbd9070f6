import type { Db } from '../db/types';
import { AppError } from '../errors';
import { getMeetingRow, type MeetingRow } from './meetingRows';
import { stmt } from '../db/stmt';
import { meetingText } from '../../../shared/text/meetingMessages';

export type RecordState = 'aaben' | 'godkendt' | 'forseglet' | 'rettelse';

/**
 * Where the meeting's record stands, from its newest referat version: open (no referat or a first draft), approved,
 * sealed, or under correction (a new draft with a reason after an approved or sealed version).
 */
export function recordState(db: Db, meetingId: string): RecordState {
  const latest = stmt(db, 'SELECT status, correction_reason FROM referat_versions WHERE meeting_id = ? ORDER BY version DESC LIMIT 1').get(meetingId) as
    | { status: 'udkast' | 'godkendt' | 'forseglet'; correction_reason: string | null }
    | undefined;
  if (!latest) return 'aaben';
  if (latest.status === 'godkendt') return 'godkendt';
  if (latest.status === 'forseglet') return 'forseglet';
  return latest.correction_reason !== null ? 'rettelse' : 'aaben';
}

/**
 * Why the meeting cannot be changed now, as the error a change would get – or null when it can be changed.
 * An approved referat freezes what it was made from (issue 11, item 4): once the newest version is approved or sealed,
 * every change to the meeting – notes, decisions, follow-ups, participants, attendance, forms – is refused with the way
 * forward. Under a correction („Ret referatet", a new version with a reason) the meeting can be changed again.
 * A cancelled meeting cannot be changed at all. `editableMeeting` enforces it; the meeting detail's `editable` and
 * `lockedReason` show it (issue 16, item 2) – one rule, read in both places.
 */
export function meetingLock(m: Pick<MeetingRow, 'status'>, state: RecordState): AppError | null {
  if (m.status === 'aflyst') return new AppError('CONFLICT', meetingText.cancelled);
  if (state === 'godkendt') return new AppError('APPROVED');
  if (state === 'forseglet' || (m.status === 'godkendt' && state !== 'rettelse')) return new AppError('SEALED');
  return null;
}

/** The meeting, if it may be changed now (see `meetingLock`); otherwise the refusal is thrown. */
export function editableMeeting(db: Db, meetingId: string): MeetingRow & { correcting: boolean } {
  const m = getMeetingRow(db, meetingId);
  const state = recordState(db, meetingId);
  const lock = meetingLock(m, state);
  if (lock) throw lock;
  return { ...m, correcting: state === 'rettelse' };
}
