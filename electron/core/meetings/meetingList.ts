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

/** The meeting overview: upcoming soonest first; held ones newest first. */
export function listMeetings(ctx: Ctx, opts: { filter: 'kommende' | 'afholdte' | 'alle'; childId?: string | undefined }): MeetingSummary[] {
  const today = todayIso(ctx);
  const where =
    opts.filter === 'kommende'
      ? "m.date >= @today AND m.status IN ('planlagt', 'indkaldt', 'i_gang', 'aflyst') OR m.status = 'i_gang'"
      : opts.filter === 'afholdte'
        ? "m.status IN ('afholdt', 'godkendt') OR (m.date < @today AND m.status != 'i_gang')"
        : '1 = 1';
  const order = opts.filter === 'kommende' ? 'm.date, m.start_time' : 'm.date DESC, m.start_time DESC';
  const rows = stmt(
    ctx.db,
    `SELECT m.id, m.title, m.template_id, m.template_name, m.type, m.date, m.start_time, m.end_time, m.place, m.status,
            c.name AS child_name, p.name AS chair_name, m.series_id, m.is_sample
       FROM meetings m
       LEFT JOIN children c ON c.id = m.child_id
       LEFT JOIN people p ON p.id = m.chair_id
      WHERE (${where}) AND (@child IS NULL OR m.child_id = @child
             OR m.id IN (SELECT meeting_id FROM agenda_items WHERE child_id = @child))
      ORDER BY ${order}
      LIMIT 500`,
  ).all({ today, child: opts.childId ?? null }) as ListRow[];
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
