import type { FollowupCursor, FollowupPage } from '../../../shared/schemas/meeting';
import { FOLLOWUP_PAGE } from '../../../shared/schemas/meeting';
import type { Ctx } from '../context';
import { todayIso } from '../context';
import { followupQuery, followupSelect, toFollowup, type FollowupJoinRow } from './followupRows';

/**
 * The follow-up list's order: open before closed; then by due date, earliest first, with no date last; then created,
 * then id. Because every overdue follow-up has a date before every other dated one, this is also „overdue first“.
 *
 * Each part of the order (open/closed × dated/undated) is one range of the indexes `followups_page` and
 * `followups_owner_page` (migration 0260), read in index order from the cursor: a page costs its own rows, however
 * many follow-ups years of meetings have left open (issue 17: the list read, sorted and sent all of them).
 */
interface Segment {
  closed: boolean;
  dated: boolean;
}

const SEGMENTS: readonly Segment[] = [
  { closed: false, dated: true },
  { closed: false, dated: false },
  { closed: true, dated: true },
  { closed: true, dated: false },
];

function segmentSql(owner: boolean, seg: Segment, fromCursor: boolean): string {
  const where = [
    `f.status = '${seg.closed ? 'lukket' : 'aaben'}'`,
    owner ? 'f.owner_person_id = @person' : null,
    seg.dated ? 'f.due_date IS NOT NULL' : 'f.due_date IS NULL',
    fromCursor ? (seg.dated ? '(f.due_date, f.created_at, f.id) > (@due, @created, @id)' : '(f.created_at, f.id) > (@created, @id)') : null,
    "m.status != 'aflyst'",
  ].filter(Boolean);
  const index = owner ? 'followups_owner_page' : 'followups_page';
  return `${followupSelect(`followups f INDEXED BY ${index}`)}
    WHERE ${where.join(' AND ')}
    ORDER BY f.due_date, f.created_at, f.id
    LIMIT @n`;
}

const cursorOf = (r: FollowupJoinRow): FollowupCursor => ({ closed: r.status === 'lukket', dueDate: r.due_date, createdAt: r.created_at, id: r.id });

/**
 * One page of follow-ups (issue 17, keyset pagination): `limit` rows (default 100, at most 500) after `after`, the
 * previous page's `next`. Everyone's, or one person's (`personId`); closed ones only with `includeClosed`. Follow-ups
 * of a cancelled meeting are never listed. `next` is null when nothing follows.
 */
export function listFollowupPage(
  ctx: Ctx,
  opts: { personId?: string | undefined; includeClosed: boolean; limit?: number | undefined; after?: FollowupCursor | null | undefined },
): FollowupPage {
  const limit = opts.limit ?? FOLLOWUP_PAGE.default;
  const today = todayIso(ctx);
  const owner = opts.personId !== undefined;
  const after = opts.after ?? null;
  const rows: FollowupJoinRow[] = [];
  const start = after ? SEGMENTS.findIndex((s) => s.closed === after.closed && s.dated === (after.dueDate !== null)) : 0;
  for (let i = start; i < SEGMENTS.length && rows.length <= limit; i++) {
    const seg = SEGMENTS[i]!;
    if (seg.closed && !opts.includeClosed) break;
    const fromCursor = after !== null && i === start;
    const params: Record<string, unknown> = { n: limit + 1 - rows.length };
    if (owner) params.person = opts.personId;
    if (fromCursor) Object.assign(params, { created: after.createdAt, id: after.id }, seg.dated ? { due: after.dueDate } : {});
    rows.push(...followupQuery<[Record<string, unknown>]>(segmentSql(owner, seg, fromCursor))(ctx.db).all(params));
  }
  const page = rows.slice(0, limit);
  return { items: page.map((r) => toFollowup(r, today)), next: rows.length > limit ? cursorOf(page[page.length - 1]!) : null };
}
