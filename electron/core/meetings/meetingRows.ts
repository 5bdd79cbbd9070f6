import type { Template } from '../../../shared/templates/schema';
import type { Db } from '../db/types';
import * as agendaItems from '../db/tables/agendaItems';
import * as meetingsTable from '../db/tables/meetings';
import type { MeetingRow } from '../db/tables/meetings';
import type { ItemRow } from '../db/tables/agendaItems';
import { notFound } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';

/** A row of `meetings`; the table's own module holds its SQL. */
export type { MeetingRow } from '../db/tables/meetings';

/** A row of `agenda_items`; the table's own module holds its SQL. */
export type { ItemRow } from '../db/tables/agendaItems';

export function getMeetingRow(db: Db, id: string): MeetingRow {
  const row = meetingsTable.byId(db, id);
  if (!row) throw notFound(meetingText.things.meeting);
  return row;
}

export function getItemRow(db: Db, id: string): ItemRow {
  const row = agendaItems.byId(db, id);
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
  meetingsTable.touch(db, id, at);
}
