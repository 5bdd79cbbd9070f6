import type { MeetingSummary } from '../../../shared/schemas/meeting';
import type { Ctx } from '../context';
import { todayIso } from '../context';
import { stmt } from '../db/stmt';

interface ListRow {
  id: string;
  title: string;
  template_id: string;
  template_name: string;
  type: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  status: MeetingSummary['status'];
  child_name: string | null;
  chair_name: string | null;
  series_id: string | null;
  is_sample: number;
}

/** A cancelled meeting is neither upcoming nor held (issue 11, item 7): it is listed under „Alle" only. */
const UPCOMING = "m.date >= @today AND m.status IN ('planlagt', 'indkaldt', 'i_gang') OR m.status = 'i_gang'";
const HELD = "m.status IN ('afholdt', 'godkendt') OR (m.date < @today AND m.status NOT IN ('i_gang', 'aflyst'))";

/**
 * The meeting overview: upcoming soonest first; held ones newest first. With years of meetings, the few that match
 * a child or lie ahead are found through indexes first (the candidates), rather than by walking every meeting.
 */
export function listMeetings(ctx: Ctx, opts: { filter: 'kommende' | 'afholdte' | 'alle'; childId?: string | undefined }): MeetingSummary[] {
  const today = todayIso(ctx);
  const where = opts.filter === 'kommende' ? UPCOMING : opts.filter === 'afholdte' ? HELD : '1 = 1';
  const order = opts.filter === 'kommende' ? 'm.date, m.start_time' : 'm.date DESC, m.start_time DESC';
  const candidates = opts.childId
    ? `SELECT DISTINCT id FROM (SELECT id FROM meetings WHERE child_id = @child UNION ALL SELECT meeting_id FROM agenda_items WHERE child_id = @child)`
    : opts.filter === 'kommende'
      ? `SELECT DISTINCT id FROM (SELECT id FROM meetings WHERE date >= @today UNION ALL SELECT id FROM meetings WHERE status = 'i_gang')`
      : null;
  const from = candidates ? `candidates k CROSS JOIN meetings m ON m.id = k.id` : 'meetings m';
  const rows = stmt(
    ctx.db,
    `${candidates ? `WITH candidates(id) AS (${candidates})` : ''}
     SELECT m.id, m.title, m.template_id, m.template_name, m.type, m.date, m.start_time, m.end_time, m.place, m.status,
            c.name AS child_name, coalesce(cp.snap_name, p.name) AS chair_name, m.series_id, m.is_sample
       FROM ${from}
       LEFT JOIN children c ON c.id = m.child_id
       LEFT JOIN people p ON p.id = m.chair_id
       LEFT JOIN participants cp ON cp.meeting_id = m.id AND cp.person_id = m.chair_id
      WHERE (${where})
      ORDER BY ${order}
      LIMIT 500`,
  ).all(opts.childId ? { today, child: opts.childId } : { today }) as ListRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    templateId: r.template_id,
    templateName: r.template_name,
    type: r.type,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    status: r.status,
    childName: r.child_name,
    chairName: r.chair_name,
    seriesId: r.series_id,
    isSample: r.is_sample === 1,
  }));
}
