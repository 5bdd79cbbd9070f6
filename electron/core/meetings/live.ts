import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { meetingDayText } from '../../../shared/text/meetingDayText';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { audit, AUDIT_ACTIONS } from '../audit/auditLog';
import { editableMeeting } from './guards';
import { meetingTemplate } from './meetingRows';
import { freezeParticipantNames } from './participantSnapshot';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as agendaItems from '../db/tables/agendaItems';
import * as meetingsTable from '../db/tables/meetings';
import * as participantsTable from '../db/tables/participants';

/**
 * The warning the chair must confirm before starting a meeting on another day than planned, or null (issue 11,
 * item 7). Today is the Danish day.
 */
export function otherDayWarning(m: { date: string; status: string }, today: string): string | null {
  if (m.status !== 'planlagt' && m.status !== 'indkaldt') return null;
  return m.date === today ? null : meetingDayText.otherDay(m.date, today);
}

/**
 * Starts the meeting. On another day than planned the chair must confirm (`confirmOtherDay`, else CONFIRM_NEEDED
 * naming both dates); the meeting is then recorded on the day it is held – its referat, documents and signatures
 * carry that date – and the planned date is kept (`planned_date`, and the audit entry „Planlagt til … – afholdt …").
 */
export function startMeeting(ctx: Ctx, id: string, opts: { confirmOtherDay?: boolean } = {}): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = editableMeeting(db, id);
    if (m.status === 'i_gang') return;
    if (m.status !== 'planlagt' && m.status !== 'indkaldt') throw new AppError('CONFLICT', meetingText.live.alreadyHeld);
    const today = todayIso(ctx);
    const warning = otherDayWarning(m, today);
    if (warning && !opts.confirmOtherDay) throw new AppError('CONFIRM_NEEDED', warning, 'confirmOtherDay');
    if (warning) stmt(db, 'UPDATE meetings SET planned_date = coalesce(planned_date, date), date = ? WHERE id = ?').run(today, id);
    const first = agendaItems.firstSharedOrOfPhase(db, id, m.current_phase);
    stmt(db, "UPDATE meetings SET status = 'i_gang', started_at = ?, current_item_id = ?, updated_at = ? WHERE id = ?").run(
      nowTs(ctx),
      first ?? null,
      nowTs(ctx),
      id,
    );
    audit(ctx, 'meeting.start', 'meeting', id, warning ? `${AUDIT_ACTIONS['meeting.start']}. ${meetingDayText.plannedHeld(m.date, today)}` : undefined);
  })();
}

function requireRunning(ctx: Ctx, id: string) {
  const m = editableMeeting(ctx.db, id);
  if (m.status !== 'i_gang') throw new AppError('CONFLICT', meetingText.live.notRunning);
  return m;
}

export function setCurrentItem(ctx: Ctx, id: string, itemId: string): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = requireRunning(ctx, id);
    const item = agendaItems.inMeeting(db, itemId, id);
    if (!item) throw new AppError('NOT_FOUND', meetingText.itemNotOnAgenda, 'itemId');
    // Distriktsmøde → flerfaglig sparring (SPEC req. 5): an item is taken in its own phase, in front of that phase's
    // circle. A child item is never opened before the chair has switched phase and chosen who stays.
    const phases = meetingTemplate(m).phases ?? [];
    if (phases.length && item.phase && m.current_phase && item.phase !== m.current_phase) {
      const title = (key: string) => phases.find((p) => p.key === key)?.title ?? key;
      const later = phases.findIndex((p) => p.key === item.phase) > phases.findIndex((p) => p.key === m.current_phase);
      throw new AppError(
        'TEMPLATE_RULE',
        later
          ? meetingText.live.itemInLaterPhase(title(item.phase))
          : meetingText.live.itemInPastPhase(title(item.phase), title(m.current_phase)),
        'itemId',
      );
    }
    meetingsTable.update(db, id, { current_item_id: itemId }, nowTs(ctx));
  })();
}

/**
 * Distriktsmøde → flerfaglig sparring in one sitting (SPEC req. 5): the chair switches phase and picks who stays.
 * Those who leave are recorded as not present in the new phase, so the referat can say who was where.
 */
export function switchPhase(ctx: Ctx, id: string, phase: string, staying: string[]): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = requireRunning(ctx, id);
    const t = meetingTemplate(m);
    if (!t.phases?.some((p) => p.key === phase)) throw new AppError('TEMPLATE_RULE', meetingText.live.noSuchPhase, 'phase');
    const parts = participantsTable.phasesOf(db, id);
    const unknown = staying.filter((s) => !parts.some((p) => p.id === s));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', meetingText.live.unknownStaying, 'stayingParticipantIds');
    for (const p of parts) {
      const phases = new Set(JSON.parse(p.phases) as string[]);
      if (staying.includes(p.id)) phases.add(phase);
      else phases.delete(phase);
      participantsTable.setPhases(db, p.id, JSON.stringify(t.phases.map((x) => x.key).filter((k) => phases.has(k))));
    }
    const first = agendaItems.firstOfPhase(db, id, phase);
    stmt(db, 'UPDATE meetings SET current_phase = ?, current_item_id = coalesce(?, current_item_id), updated_at = ? WHERE id = ?').run(
      phase,
      first ?? null,
      nowTs(ctx),
      id,
    );
  })();
}

export function endMeeting(ctx: Ctx, id: string): void {
  const db = ctx.db;
  db.transaction(() => {
    const m = requireRunning(ctx, id);
    meetingsTable.update(db, id, { status: 'afholdt', ended_at: nowTs(ctx), current_item_id: null }, nowTs(ctx));
    // Anyone never checked in is recorded as absent, so the referat's Fraværende line is true.
    participantsTable.settleAttendanceAtEnd(db, id);
    // A meeting without a referat has no approval: its names are frozen when it ends.
    if (meetingTemplate(m).referatPolicy === 'intet') freezeParticipantNames(db, id, nowTs(ctx));
    audit(ctx, 'meeting.end', 'meeting', id);
  })();
}
