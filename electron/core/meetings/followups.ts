import { checkDecisionRoom, checkFollowupRoom } from './countLimits';
import type { Followup } from '../../../shared/schemas/meeting';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { editableMeeting } from './guards';
import { getItemRow, touchMeeting } from './meetingRows';
import { FOLLOWUP_SELECT, toFollowup, type FollowupJoinRow } from './followupRows';

export function addDecision(ctx: Ctx, itemId: string, text: string): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, itemId);
    editableMeeting(db, item.meeting_id);
    checkDecisionRoom(db, itemId);
    const pos = stmt(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM decisions WHERE item_id = ?').get(itemId) as { p: number };
    stmt(db, 'INSERT INTO decisions (id, item_id, position, text, created_at) VALUES (?, ?, ?, ?, ?)').run(newId(), itemId, pos.p, text, nowTs(ctx));
    touchMeeting(db, item.meeting_id, nowTs(ctx));
  })();
}

function decisionItem(ctx: Ctx, id: string): string {
  const row = stmt(ctx.db, 'SELECT item_id FROM decisions WHERE id = ?').get(id) as { item_id: string } | undefined;
  if (!row) throw notFound('Beslutningen');
  editableMeeting(ctx.db, getItemRow(ctx.db, row.item_id).meeting_id);
  return row.item_id;
}

export function updateDecision(ctx: Ctx, id: string, text: string): string {
  return ctx.db.transaction(() => {
    const itemId = decisionItem(ctx, id);
    stmt(ctx.db, 'UPDATE decisions SET text = ? WHERE id = ?').run(text, id);
    return itemId;
  })();
}

export function removeDecision(ctx: Ctx, id: string): string {
  return ctx.db.transaction(() => {
    const itemId = decisionItem(ctx, id);
    stmt(ctx.db, 'DELETE FROM decisions WHERE id = ?').run(id);
    return itemId;
  })();
}

export function addFollowup(
  ctx: Ctx,
  input: { itemId: string; ownerPersonId: string | null; ownerInitials: string; text: string; dueDate: string | null },
): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, input.itemId);
    const m = editableMeeting(db, item.meeting_id);
    checkFollowupRoom(db, input.itemId);
    if (input.ownerPersonId && !stmt(db, 'SELECT 1 FROM people WHERE id = ?').get(input.ownerPersonId)) {
      throw new AppError('NOT_FOUND', 'Personen findes ikke i personkartoteket.', 'ownerPersonId');
    }
    stmt(
      db,
      `INSERT INTO followups (id, meeting_id, item_id, child_id, owner_person_id, owner_initials, text, due_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), m.id, item.id, item.child_id ?? m.child_id, input.ownerPersonId, input.ownerInitials, input.text, input.dueDate, nowTs(ctx));
    touchMeeting(db, m.id, nowTs(ctx));
  })();
}

export function removeFollowup(ctx: Ctx, id: string): string {
  return ctx.db.transaction(() => {
    const row = stmt(ctx.db, 'SELECT item_id, meeting_id FROM followups WHERE id = ?').get(id) as { item_id: string | null; meeting_id: string } | undefined;
    if (!row || !row.item_id) throw notFound('Opfølgningen');
    editableMeeting(ctx.db, row.meeting_id);
    stmt(ctx.db, 'DELETE FROM followups WHERE id = ?').run(id);
    return row.item_id;
  })();
}

export function getFollowup(ctx: Ctx, id: string): Followup {
  const row = stmt(ctx.db, `${FOLLOWUP_SELECT} WHERE f.id = ?`).get(id) as FollowupJoinRow | undefined;
  if (!row) throw notFound('Opfølgningen');
  return toFollowup(row);
}

/** Closing is allowed also after the referat is sealed: the follow-up lives on, the referat does not change. */
export function closeFollowup(ctx: Ctx, id: string, note: string): Followup {
  const db = ctx.db;
  return db.transaction(() => {
    const f = getFollowup(ctx, id);
    if (f.status === 'lukket') throw new AppError('CONFLICT', 'Opfølgningen er allerede lukket.');
    stmt(db, "UPDATE followups SET status = 'lukket', closed_at = ?, closed_by = ?, closed_note = ? WHERE id = ?").run(nowTs(ctx), ctx.actor(), note, id);
    audit(ctx, 'followup.close', 'followup', id);
    return getFollowup(ctx, id);
  })();
}

/** „Mine opfølgninger": overdue first, then by due date; closed ones last when asked for. */
export function listFollowups(ctx: Ctx, opts: { personId?: string | undefined; includeClosed: boolean }): Followup[] {
  const rows = stmt(
    ctx.db,
    `${FOLLOWUP_SELECT}
      WHERE m.status != 'aflyst' AND (@person IS NULL OR f.owner_person_id = @person) AND (@closed = 1 OR f.status = 'aaben')
      ORDER BY f.status = 'lukket', (f.due_date IS NOT NULL AND f.due_date < @today) DESC, f.due_date IS NULL, f.due_date, f.created_at`,
  ).all({ person: opts.personId ?? null, closed: opts.includeClosed ? 1 : 0, today: todayIso(ctx) }) as FollowupJoinRow[];
  return rows.map(toFollowup);
}
