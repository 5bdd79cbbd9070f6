import { stmt } from '../stmt';
import type { Db } from '../types';
import { typed } from './typed';

/** One row of `agenda_items`: a point on a meeting's agenda. */
export interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  template_key: string | null;
  kind: string;
  title: string;
  owner_person_id: string | null;
  minutes: number;
  elapsed_seconds: number;
  child_id: string | null;
  anon_label: string | null;
  block: string | null;
  phase: string | null;
  description: string;
  notes: string;
  outcome: string | null;
  outcome_note: string;
  data: string;
  fixed: number;
  basis: string | null;
  updated_at: string;
}

/** The columns a new item must name; the others take the table's defaults. */
export type NewItem = Pick<ItemRow, 'id' | 'meeting_id' | 'position' | 'kind' | 'title' | 'minutes' | 'updated_at'> &
  Partial<Pick<ItemRow, 'template_key' | 'child_id' | 'anon_label' | 'block' | 'phase' | 'basis' | 'description' | 'fixed'>>;

/** The columns an edit may change (never the id or the meeting). */
export type ItemChanges = Partial<Omit<ItemRow, 'id' | 'meeting_id' | 'updated_at'>>;

const EDITABLE: readonly (keyof ItemChanges)[] = [
  'position',
  'template_key',
  'kind',
  'title',
  'owner_person_id',
  'minutes',
  'elapsed_seconds',
  'child_id',
  'anon_label',
  'block',
  'phase',
  'description',
  'notes',
  'outcome',
  'outcome_note',
  'data',
  'fixed',
  'basis',
];

const q = {
  byId: typed<[string], ItemRow>('SELECT * FROM agenda_items WHERE id = ?'),
  inMeeting: typed<[string, string], ItemRow>('SELECT * FROM agenda_items WHERE id = ? AND meeting_id = ?'),
  forMeeting: typed<[string], ItemRow>('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position'),
  lastEvt: typed<[string], { position: number }>("SELECT position FROM agenda_items WHERE meeting_id = ? AND kind = 'evt' ORDER BY position DESC LIMIT 1"),
  maxPosition: typed<[string], { p: number }>('SELECT coalesce(max(position), -1) AS p FROM agenda_items WHERE meeting_id = ?'),
  shiftFrom: typed<[string, number], never>('UPDATE agenda_items SET position = position + 1 WHERE meeting_id = ? AND position >= ?'),
  setPosition: typed<[number, string], never>('UPDATE agenda_items SET position = ? WHERE id = ?'),
  setElapsed: typed<[number, string, string], never>('UPDATE agenda_items SET elapsed_seconds = ?, updated_at = ? WHERE id = ?'),
  setData: typed<[string, string], never>('UPDATE agenda_items SET data = ? WHERE id = ?'),
  remove: typed<[string], never>('DELETE FROM agenda_items WHERE id = ?'),
  count: typed<[string], { n: number }>('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ?'),
  firstOfPhase: typed<[string, string], { id: string }>('SELECT id FROM agenda_items WHERE meeting_id = ? AND phase = ? ORDER BY position LIMIT 1'),
  firstSharedOrOfPhase: typed<[string, string | null], { id: string }>(
    'SELECT id FROM agenda_items WHERE meeting_id = ? AND (phase IS NULL OR phase IS ?) ORDER BY position LIMIT 1',
  ),
};

export function byId(db: Db, id: string): ItemRow | undefined {
  return q.byId(db).get(id);
}

/** The item, only when it belongs to the meeting. */
export function inMeeting(db: Db, id: string, meetingId: string): ItemRow | undefined {
  return q.inMeeting(db).get(id, meetingId);
}

/** The meeting's items in agenda order. */
export function forMeeting(db: Db, meetingId: string): ItemRow[] {
  return q.forMeeting(db).all(meetingId);
}

/** Where „Evt." stands (the last one), if the meeting has it. */
export function lastEvtPosition(db: Db, meetingId: string): number | undefined {
  return q.lastEvt(db).get(meetingId)?.position;
}

/** The highest position on the agenda; -1 for an empty agenda. */
export function maxPosition(db: Db, meetingId: string): number {
  return q.maxPosition(db).get(meetingId)?.p ?? -1;
}

/** Makes room at `position`: it and every later item move one down. */
export function shiftFrom(db: Db, meetingId: string, position: number): void {
  q.shiftFrom(db).run(meetingId, position);
}

export function setPosition(db: Db, id: string, position: number): void {
  q.setPosition(db).run(position, id);
}

/** Numbers the items 0, 1, 2 … in the given order. */
export function renumber(db: Db, ids: readonly string[]): void {
  ids.forEach((id, i) => setPosition(db, id, i));
}

export function setElapsed(db: Db, id: string, seconds: number, at: string): void {
  q.setElapsed(db).run(seconds, at, id);
}

/** Replaces the item's data JSON without touching `updated_at` (bookkeeping, not an edit). */
export function setData(db: Db, id: string, data: string): void {
  q.setData(db).run(data, id);
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** How many items the meeting's agenda has. */
export function count(db: Db, meetingId: string): number {
  return q.count(db).get(meetingId)?.n ?? 0;
}

/** The first item of a phase. */
export function firstOfPhase(db: Db, meetingId: string, phase: string): string | undefined {
  return q.firstOfPhase(db).get(meetingId, phase)?.id;
}

/** The first item shown in a phase: one of the phase or one shared by all phases. */
export function firstSharedOrOfPhase(db: Db, meetingId: string, phase: string | null): string | undefined {
  return q.firstSharedOrOfPhase(db).get(meetingId, phase)?.id;
}

export function insert(db: Db, row: NewItem): void {
  const cols = Object.keys(row).filter((c) => row[c as keyof NewItem] !== undefined);
  stmt(db, `INSERT INTO agenda_items (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(Object.fromEntries(cols.map((c) => [c, row[c as keyof NewItem]])));
}

/** Changes the given columns and stamps `updated_at`; nothing when no column is given. */
export function update(db: Db, id: string, changes: ItemChanges, at: string): void {
  const cols = EDITABLE.filter((c) => changes[c] !== undefined);
  if (cols.length === 0) return;
  const values = Object.fromEntries(cols.map((c) => [c, changes[c]]));
  stmt(db, `UPDATE agenda_items SET ${cols.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`).run({ ...values, id, at });
}
