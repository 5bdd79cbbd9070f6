import type { Template } from '../../../shared/templates/schema';
import type { MeetingStatus } from '../../../shared/schemas/meeting';
import type { Db } from '../db/types';
import { stmt } from '../db/stmt';
import { notFound } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';

export interface MeetingRow {
  id: string;
  /** Held on another day than planned: the planned day (migration 0142). */
  planned_date: string | null;
  template_id: string;
  template_version: number;
  template_json: string;
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

export function getMeetingRow(db: Db, id: string): MeetingRow {
  const row = stmt(db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw notFound(meetingText.things.meeting);
  return row;
}

export function getItemRow(db: Db, id: string): ItemRow {
  const row = stmt(db, 'SELECT * FROM agenda_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!row) throw notFound('Dagsordenspunktet');
  return row;
}

const templateCache = new Map<string, Template>();

/** The template snapshot a meeting was created from (parsed once per distinct JSON). */
export function meetingTemplate(row: MeetingRow): Template {
  let t = templateCache.get(row.template_json);
  if (!t) {
    t = JSON.parse(row.template_json) as Template;
    if (templateCache.size > 200) templateCache.clear();
    templateCache.set(row.template_json, t);
  }
  return t;
}

export function touchMeeting(db: Db, id: string, at: string): void {
  stmt(db, 'UPDATE meetings SET updated_at = ? WHERE id = ?').run(at, id);
}
