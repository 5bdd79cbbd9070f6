import type Database from 'better-sqlite3-multiple-ciphers';
import type { Followup } from '../../../shared/schemas/meeting';
import type { Db } from '../db/types';
import type { FollowupJoinRow } from '../db/tables/followups';
import { typed } from '../db/tables/typed';

export type { FollowupJoinRow } from '../db/tables/followups';

/**
 * The follow-up columns with their meeting, owner and child (or the anonymous item it came from); `from` lets a query
 * drive from a narrower set first.
 */
export function followupSelect(from = 'followups f'): string {
  return `
  SELECT f.id, f.meeting_id, m.title AS meeting_title, m.date AS meeting_date, f.item_id, f.child_id,
         ch.name AS child_name, ai.kind AS item_kind,
         f.owner_person_id, f.owner_initials, coalesce(op.snap_name, p.name) AS owner_name, f.owner_external_name, f.text, f.due_date, f.status,
         f.closed_at, f.closed_by, f.closed_note, f.created_at
    FROM ${from}
    JOIN meetings m ON m.id = f.meeting_id
    LEFT JOIN people p ON p.id = f.owner_person_id
    LEFT JOIN participants op ON op.meeting_id = f.meeting_id AND op.person_id = f.owner_person_id
    LEFT JOIN children ch ON ch.id = f.child_id
    LEFT JOIN agenda_items ai ON ai.id = f.item_id`;
}

export const FOLLOWUP_SELECT = followupSelect();

/** A statement of the read model (a `followupSelect` with its WHERE and ORDER BY), typed to its rows. */
export function followupQuery<P extends unknown[] | Record<string, unknown>>(sql: string): (db: Db) => Database.Statement<P, FollowupJoinRow> {
  return typed<P, FollowupJoinRow>(sql);
}

const q = {
  byId: followupQuery<[string]>(`${FOLLOWUP_SELECT} WHERE f.id = ?`),
  forMeeting: followupQuery<[string]>(`${FOLLOWUP_SELECT} WHERE f.meeting_id = ? ORDER BY f.created_at`),
  forItem: followupQuery<[string]>(`${FOLLOWUP_SELECT} WHERE f.item_id = ? ORDER BY f.created_at`),
};

/** The follow-up as the screens show it. */
export function followupJoinedById(db: Db, id: string): FollowupJoinRow | undefined {
  return q.byId(db).get(id);
}

/** The meeting's follow-ups as the screens show them, the first made first. */
export function followupsOfMeeting(db: Db, meetingId: string): FollowupJoinRow[] {
  return q.forMeeting(db).all(meetingId);
}

/** The item's follow-ups as the screens show them, the first made first. */
export function followupsOfItem(db: Db, itemId: string): FollowupJoinRow[] {
  return q.forItem(db).all(itemId);
}

/** `today` (Europe/Copenhagen) decides whether an open follow-up is overdue. */
export function toFollowup(r: FollowupJoinRow, today: string): Followup {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    itemId: r.item_id,
    childId: r.child_id,
    childName: r.child_name,
    anonymous: r.child_id === null && r.item_kind === 'anonym',
    ownerPersonId: r.owner_person_id,
    ownerInitials: r.owner_initials,
    ownerName: r.owner_name ?? r.owner_external_name,
    external: r.owner_person_id === null && r.owner_external_name !== null,
    text: r.text,
    dueDate: r.due_date,
    status: r.status,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closedNote: r.closed_note,
    overdue: r.status === 'aaben' && r.due_date !== null && r.due_date < today,
  };
}
