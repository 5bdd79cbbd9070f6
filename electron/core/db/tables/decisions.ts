import type { Db } from '../types';
import { typed } from './typed';

/** One row of `decisions`: a decision recorded under an agenda item, in the item's order. */
export interface DecisionRow {
  id: string;
  item_id: string;
  position: number;
  text: string;
  created_at: string;
}

const q = {
  itemOf: typed<[string], Pick<DecisionRow, 'item_id'>>('SELECT item_id FROM decisions WHERE id = ?'),
  nextPosition: typed<[string], { p: number }>('SELECT coalesce(max(position), -1) + 1 AS p FROM decisions WHERE item_id = ?'),
  insert: typed<[string, string, number, string, string], never>('INSERT INTO decisions (id, item_id, position, text, created_at) VALUES (?, ?, ?, ?, ?)'),
  setText: typed<[string, string], never>('UPDATE decisions SET text = ? WHERE id = ?'),
  remove: typed<[string], never>('DELETE FROM decisions WHERE id = ?'),
  removeForItem: typed<[string], never>('DELETE FROM decisions WHERE item_id = ?'),
  count: typed<[string], { n: number }>('SELECT count(*) AS n FROM decisions WHERE item_id = ?'),
  forItem: typed<[string], Pick<DecisionRow, 'id' | 'text'>>('SELECT id, text FROM decisions WHERE item_id = ? ORDER BY position'),
  forMeeting: typed<[string], Pick<DecisionRow, 'id' | 'text' | 'item_id'>>(
    `SELECT d.id, d.text, d.item_id FROM decisions d JOIN agenda_items i ON i.id = d.item_id
      WHERE i.meeting_id = ? ORDER BY d.position`,
  ),
};

/** The item the decision stands under, if the decision exists. */
export function itemOf(db: Db, id: string): string | undefined {
  return q.itemOf(db).get(id)?.item_id;
}

/** Adds a decision after the item's last one. */
export function append(db: Db, row: Pick<DecisionRow, 'id' | 'item_id' | 'text' | 'created_at'>): void {
  const position = q.nextPosition(db).get(row.item_id)?.p ?? 0;
  q.insert(db).run(row.id, row.item_id, position, row.text, row.created_at);
}

export function setText(db: Db, id: string, text: string): void {
  q.setText(db).run(text, id);
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Removes every decision of the item. */
export function removeForItem(db: Db, itemId: string): void {
  q.removeForItem(db).run(itemId);
}

/** How many decisions the item has. */
export function count(db: Db, itemId: string): number {
  return q.count(db).get(itemId)?.n ?? 0;
}

/** The item's decisions in order. */
export function forItem(db: Db, itemId: string): Pick<DecisionRow, 'id' | 'text'>[] {
  return q.forItem(db).all(itemId);
}

/** Every decision of the meeting with its item, each item's in order. */
export function forMeeting(db: Db, meetingId: string): Pick<DecisionRow, 'id' | 'text' | 'item_id'>[] {
  return q.forMeeting(db).all(meetingId);
}
