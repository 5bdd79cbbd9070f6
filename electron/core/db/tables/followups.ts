import type { Db } from '../types';
import { stmt } from '../stmt';
import { typed } from './typed';

/** One row of `followups`: a task agreed at a meeting, with who follows up and by when. */
export interface FollowupRow {
  id: string;
  meeting_id: string;
  /** The item it was agreed under; null once that item is gone. */
  item_id: string | null;
  child_id: string | null;
  /** The owner in the directory; null for an external owner (then `owner_external_name`). */
  owner_person_id: string | null;
  owner_initials: string;
  /** An owner who is nobody at the meeting (migration 0090). */
  owner_external_name: string | null;
  text: string;
  due_date: string | null;
  status: 'aaben' | 'lukket';
  closed_at: string | null;
  closed_by: string | null;
  closed_note: string | null;
  created_at: string;
}

export type NewFollowup = Pick<
  FollowupRow,
  'id' | 'meeting_id' | 'item_id' | 'child_id' | 'owner_person_id' | 'owner_initials' | 'owner_external_name' | 'text' | 'due_date' | 'created_at'
>;

/** The columns a correction may change: the owner, the text and the date. */
export type FollowupChanges = Partial<Pick<FollowupRow, 'owner_person_id' | 'owner_initials' | 'owner_external_name' | 'text' | 'due_date'>>;

const EDITABLE: readonly (keyof FollowupChanges)[] = ['owner_person_id', 'owner_initials', 'owner_external_name', 'text', 'due_date'];

/**
 * A follow-up as the screens show it: with its meeting, owner and child (or the anonymous item it came from). The
 * statements that read it are the read model in `meetings/followupRows.ts` (`followupSelect`) and its pages.
 */
export interface FollowupJoinRow extends FollowupRow {
  meeting_title: string;
  meeting_date: string;
  child_name: string | null;
  item_kind: string | null;
  owner_name: string | null;
}

/** A follow-up of the child with the date and title of the meeting that agreed it. */
export type FollowupWithMeeting = Pick<FollowupRow, 'text' | 'owner_initials' | 'due_date' | 'status'> & { title: string; date: string };

const q = {
  byId: typed<[string], FollowupRow>('SELECT * FROM followups WHERE id = ?'),
  placeOf: typed<[string], Pick<FollowupRow, 'item_id' | 'meeting_id'>>('SELECT item_id, meeting_id FROM followups WHERE id = ?'),
  itemKind: typed<[string], { kind: string }>('SELECT i.kind FROM followups f JOIN agenda_items i ON i.id = f.item_id WHERE f.id = ?'),
  insert: typed<[string, string, string | null, string | null, string | null, string, string | null, string, string | null, string], never>(
    `INSERT INTO followups (id, meeting_id, item_id, child_id, owner_person_id, owner_initials, owner_external_name, text, due_date, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  close: typed<[string, string, string, string], never>("UPDATE followups SET status = 'lukket', closed_at = ?, closed_by = ?, closed_note = ? WHERE id = ?"),
  remove: typed<[string], never>('DELETE FROM followups WHERE id = ?'),
  removeForItem: typed<[string], never>('DELETE FROM followups WHERE item_id = ?'),
  count: typed<[string], { n: number }>('SELECT count(*) AS n FROM followups WHERE item_id = ?'),
  forChild: typed<{ c: string }, FollowupRow>('SELECT * FROM followups WHERE child_id = @c ORDER BY id'),
  forChildWithMeetingTime: typed<[string], FollowupRow & { date: string; start_time: string }>(
    'SELECT f.*, m.date, m.start_time FROM followups f JOIN meetings m ON m.id = f.meeting_id WHERE f.child_id = ?',
  ),
  forChildByMeetingDate: typed<[string], FollowupWithMeeting>(
    'SELECT f.text, f.owner_initials, f.due_date, f.status, m.title, m.date FROM followups f JOIN meetings m ON m.id = f.meeting_id WHERE f.child_id = ? ORDER BY m.date',
  ),
};

export function byId(db: Db, id: string): FollowupRow | undefined {
  return q.byId(db).get(id);
}

/** The item and meeting the follow-up belongs to. */
export function placeOf(db: Db, id: string): Pick<FollowupRow, 'item_id' | 'meeting_id'> | undefined {
  return q.placeOf(db).get(id);
}

/** The kind of the item the follow-up was agreed under; undefined when that item is gone. */
export function itemKind(db: Db, id: string): string | undefined {
  return q.itemKind(db).get(id)?.kind;
}

export function insert(db: Db, r: NewFollowup): void {
  q.insert(db).run(r.id, r.meeting_id, r.item_id, r.child_id, r.owner_person_id, r.owner_initials, r.owner_external_name, r.text, r.due_date, r.created_at);
}

/** Changes the given columns; nothing is written when no column is given. */
export function update(db: Db, id: string, changes: FollowupChanges): void {
  const cols = EDITABLE.filter((c) => changes[c] !== undefined);
  if (cols.length === 0) return;
  const values = Object.fromEntries(cols.map((c) => [c, changes[c]]));
  stmt(db, `UPDATE followups SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id });
}

/** Closes the follow-up: when, by whom, with what note. */
export function close(db: Db, id: string, at: string, by: string, note: string): void {
  q.close(db).run(at, by, note, id);
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Removes every follow-up agreed under the item. */
export function removeForItem(db: Db, itemId: string): void {
  q.removeForItem(db).run(itemId);
}

/** How many follow-ups the item has. */
export function count(db: Db, itemId: string): number {
  return q.count(db).get(itemId)?.n ?? 0;
}

/** The child's follow-ups, in id order (the access export's stable order). */
export function forChild(db: Db, childId: string): FollowupRow[] {
  return q.forChild(db).all({ c: childId });
}

/** The child's follow-ups with the date and start time of the meeting that agreed them, in no particular order. */
export function forChildWithMeetingTime(db: Db, childId: string): (FollowupRow & { date: string; start_time: string })[] {
  return q.forChildWithMeetingTime(db).all(childId);
}

/** The child's follow-ups with their meeting's title and date, the earliest meeting first. */
export function forChildByMeetingDate(db: Db, childId: string): FollowupWithMeeting[] {
  return q.forChildByMeetingDate(db).all(childId);
}
