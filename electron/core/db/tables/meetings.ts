import type { MeetingStatus } from '../../../../shared/schemas/meeting';
import { stmt } from '../stmt';
import type { Db } from '../types';
import { typed } from './typed';

/** One row of `meetings`. */
export interface MeetingRow {
  id: string;
  /** Held on another day than planned: the planned day (migration 0142). */
  planned_date: string | null;
  template_id: string;
  template_version: number;
  template_json: string;
  template_name: string;
  type: string;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  status: MeetingStatus;
  cancelled_reason: string | null;
  remark: string;
  convener_id: string | null;
  chair_id: string | null;
  owner_id: string | null;
  referent_id: string | null;
  child_id: string | null;
  series_id: string | null;
  series_index: number | null;
  current_item_id: string | null;
  current_phase: string | null;
  started_at: string | null;
  ended_at: string | null;
  agenda_agreed_at: string | null;
  preparation_sent_at: string | null;
  convened_at: string | null;
  escalated_from_id: string | null;
  escalation_reason: string | null;
  /** The follow-up that records the familierådslagning offer on an escalated netværksmøde (migration 0210). */
  familieraadslagning_followup_id: string | null;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

/** The columns an edit may change (never the id, when it was made, or the sample mark). */
export type MeetingChanges = Partial<Omit<MeetingRow, 'id' | 'created_at' | 'updated_at' | 'is_sample'>>;

const EDITABLE: readonly (keyof MeetingChanges)[] = [
  'planned_date',
  'template_id',
  'template_version',
  'template_json',
  'template_name',
  'type',
  'title',
  'date',
  'start_time',
  'end_time',
  'place',
  'status',
  'cancelled_reason',
  'remark',
  'convener_id',
  'chair_id',
  'owner_id',
  'referent_id',
  'child_id',
  'series_id',
  'series_index',
  'current_item_id',
  'current_phase',
  'started_at',
  'ended_at',
  'agenda_agreed_at',
  'preparation_sent_at',
  'convened_at',
  'escalated_from_id',
  'escalation_reason',
  'familieraadslagning_followup_id',
];

const q = {
  byId: typed<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
  inSeries: typed<[string], MeetingRow>('SELECT * FROM meetings WHERE series_id = ? ORDER BY date, start_time'),
  touch: typed<[string, string], never>('UPDATE meetings SET updated_at = ? WHERE id = ?'),
  remove: typed<[string], never>('DELETE FROM meetings WHERE id = ?'),
  removeSamples: typed<[], never>('DELETE FROM meetings WHERE is_sample = 1'),
};

export function byId(db: Db, id: string): MeetingRow | undefined {
  return q.byId(db).get(id);
}

/** A series' meetings in date order. */
export function inSeries(db: Db, seriesId: string): MeetingRow[] {
  return q.inSeries(db).all(seriesId);
}

/** Marks the meeting changed now, for lists sorted by change and for backups' „last change“. */
export function touch(db: Db, id: string, at: string): void {
  q.touch(db).run(at, id);
}

/**
 * Changes the given columns. With `at` it also stamps `updated_at` (an edit a user made); without, it is
 * bookkeeping. Nothing is written when no column is given.
 */
export function update(db: Db, id: string, changes: MeetingChanges, at?: string): void {
  const cols = EDITABLE.filter((c) => changes[c] !== undefined);
  if (cols.length === 0) return;
  const values = Object.fromEntries(cols.map((c) => [c, changes[c]]));
  const sets = cols.map((c) => `${c} = @${c}`);
  if (at !== undefined) sets.push('updated_at = @at');
  stmt(db, `UPDATE meetings SET ${sets.join(', ')} WHERE id = @id`).run(at !== undefined ? { ...values, id, at } : { ...values, id });
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Removes the fictitious sample meetings. */
export function removeSamples(db: Db): void {
  q.removeSamples(db).run();
}
