import { addDays, formatLongDate } from '../../../shared/format/danishDate';
import { roleLabel, type RoleCode } from '../../../shared/domain/roles';
import type { AgendaItem, OutcomeProposal } from '../../../shared/schemas/meeting';
import { OUTCOME_LABELS, type OutcomeCode } from '../../../shared/templates/schema';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { audit } from '../audit/auditLog';
import { createMeeting } from './createMeeting';
import { insertFollowup, resolveOwner } from './followups';
import { editableMeeting } from './guards';
import { getItemRow, type ItemRow, type MeetingRow } from './meetingRows';
import { outcomeActionsOf, setOutcomeActions } from './outcomeActions';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as peopleTable from '../db/tables/people';
import * as meetingsTable from '../db/tables/meetings';
import * as participantsTable from '../db/tables/participants';
import * as followupsTable from '../db/tables/followups';

/** The follow-up an outcome implies, and the roles (in order of preference) that would normally take it. */
const OUTCOME_FOLLOWUP: Partial<Record<OutcomeCode, { text: string; roles: RoleCode[] }>> = {
  ppr_observation: { text: meetingText.outcomes.followupTexts.ppr_observation, roles: ['ppr_psykolog', 'ppr', 'specialpaedagog', 'tale_hoere_konsulent'] },
  underretning: { text: meetingText.outcomes.followupTexts.underretning, roles: ['dagtilbudsleder'] },
  samtale_med_foraeldrene: { text: meetingText.outcomes.followupTexts.samtale_med_foraeldrene, roles: ['primaer_paedagog', 'paedagog', 'dagtilbudsleder'] },
  foelg_op_naeste_moede: { text: meetingText.outcomes.followupTexts.foelg_op_naeste_moede, roles: ['dagtilbudsleder'] },
  handleplan: { text: meetingText.outcomes.followupTexts.handleplan, roles: ['dagtilbudsleder'] },
};

const NETVAERK_DAYS = 14;
const FOLLOWUP_DAYS = 14;

/** A meeting whose outcomes may still lead to something: not cancelled, not approved or sealed. */
function meetingOpen(m: MeetingRow, frozen: boolean): boolean {
  return !frozen && m.status !== 'aflyst' && m.status !== 'godkendt';
}

/** The meeting still running or not yet held: what an outcome created can be undone (issue 11, item 1). */
function beforeEnd(m: MeetingRow): boolean {
  return m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'i_gang';
}

/** The next meeting in the series after this one, if the meeting is part of a series. */
function nextInSeries(db: Db, m: MeetingRow): string | null {
  if (!m.series_id) return null;
  const row = stmt(
    db,
    `SELECT date FROM meetings WHERE series_id = ? AND id != ? AND status != 'aflyst' AND (date > ? OR (date = ? AND start_time > ?))
      ORDER BY date, start_time LIMIT 1`,
  ).get(m.series_id, m.id, m.date, m.date, m.start_time) as { date: string } | undefined;
  return row?.date ?? null;
}

/**
 * Who the follow-up goes to (issue 21, item 5): a participant in the implied role who is there – present, or not yet
 * checked in before the meeting – preferring one checked in; never someone who sent afbud or was absent, and a guest
 * only for their own item. Otherwise the chair.
 */
function proposedOwner(db: Db, m: MeetingRow, item: ItemRow, roles: RoleCode[]): Pick<OutcomeProposal, 'ownerPersonId' | 'ownerInitials' | 'ownerName' | 'ownerReason'> {
  const candidates = participantsTable
    .available(db, m.id, item.id)
    .filter((r) => roles.includes(r.role))
    .sort((a, b) => Number(b.attendance === 'til_stede') - Number(a.attendance === 'til_stede') || roles.indexOf(a.role) - roles.indexOf(b.role) || a.position - b.position);
  const pick = candidates[0];
  if (pick) return { ownerPersonId: pick.id, ownerInitials: pick.initials, ownerName: pick.name, ownerReason: meetingText.outcomes.ownerInRole(roleLabel(pick.role)) };
  const chair = m.chair_id ? peopleTable.byId(db, m.chair_id) : undefined;
  if (chair) return { ownerPersonId: chair.id, ownerInitials: chair.initials, ownerName: chair.name, ownerReason: meetingText.outcomes.ownerChair };
  return { ownerPersonId: null, ownerInitials: null, ownerName: null, ownerReason: meetingText.outcomes.ownerNone };
}

/**
 * What the item's chosen outcome leads to, as a proposal (a read: nothing is written). Null when the outcome names
 * nothing to create, when it was already created, or when the meeting can no longer change.
 */
export function proposeOutcome(db: Db, m: MeetingRow, item: ItemRow, frozen: boolean): OutcomeProposal | null {
  const outcome = item.outcome as OutcomeCode | null;
  if (!outcome || !meetingOpen(m, frozen)) return null;
  if (outcomeActionsOf(item)[outcome]) return null;
  if (outcome === 'indkald_netvaerksmoede') {
    if (!item.child_id) return null;
    return {
      outcome,
      kind: 'netvaerksmoede',
      text: meetingText.outcomes.netvaerkText,
      ownerPersonId: null,
      ownerInitials: null,
      ownerName: null,
      ownerReason: '',
      date: addDays(m.date, NETVAERK_DAYS),
      dateReason: meetingText.outcomes.daysAfter(NETVAERK_DAYS),
    };
  }
  const rule = OUTCOME_FOLLOWUP[outcome];
  if (!rule) return null;
  const next = nextInSeries(db, m);
  return {
    outcome,
    kind: 'opfoelgning',
    text: rule.text,
    ...proposedOwner(db, m, item, rule.roles),
    date: next ?? addDays(m.date, FOLLOWUP_DAYS),
    dateReason: next ? meetingText.outcomes.nextInSeries : meetingText.outcomes.daysAfter(FOLLOWUP_DAYS),
  };
}

/** What the item's outcomes created after confirmation, and whether each can still be undone. */
export function outcomeCreated(db: Db, m: MeetingRow, item: ItemRow, frozen: boolean): AgendaItem['outcomeCreated'] {
  const out: AgendaItem['outcomeCreated'] = [];
  for (const [code, id] of Object.entries(outcomeActionsOf(item)) as [OutcomeCode, string][]) {
    if (code === 'indkald_netvaerksmoede') {
      const nm = meetingsTable.byId(db, id);
      if (!nm) continue;
      out.push({ outcome: code, kind: 'netvaerksmoede', id, label: meetingText.outcomes.netvaerkLabel(formatLongDate(nm.date)), undoable: meetingOpen(m, frozen) && beforeEnd(m) && nm.status === 'planlagt' });
    } else {
      const f = followupsTable.byId(db, id);
      if (!f) continue;
      const due = f.due_date ? `, senest ${formatLongDate(f.due_date)}` : '';
      out.push({ outcome: code, kind: 'opfoelgning', id, label: `${f.text} (${f.owner_initials}${due})`, undoable: meetingOpen(m, frozen) && beforeEnd(m) && f.status === 'aaben' });
    }
  }
  return out;
}

export interface ConfirmOutcomeInput {
  itemId: string;
  outcome: OutcomeCode;
  ownerPersonId?: string | null | undefined;
  text?: string | undefined;
  date?: string | undefined;
}

/**
 * The explicit, confirmed action that creates what an outcome proposed (issue 11, item 1): one follow-up, or one
 * planned netværksmøde. The outcome must still be the one chosen; both the creation and the confirmation are logged.
 */
export function confirmOutcome(ctx: Ctx, input: ConfirmOutcomeInput): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, input.itemId);
    const m = editableMeeting(db, item.meeting_id);
    if (item.outcome !== input.outcome) {
      throw new AppError('CONFLICT', meetingText.outcomes.changedSinceShown, 'outcome');
    }
    const proposal = proposeOutcome(db, m, item, false);
    if (!proposal) throw new AppError('CONFLICT', meetingText.outcomes.nothingPending(OUTCOME_LABELS[input.outcome]), 'outcome');
    const actions = outcomeActionsOf(item);
    let created: string;
    if (proposal.kind === 'netvaerksmoede') {
      created = createMeeting(db, { templateId: 'netvaerksmoede', date: input.date ?? proposal.date, startTime: m.start_time, childId: item.child_id });
      audit(ctx, 'meeting.create', 'meeting', created, meetingText.outcomes.auditNetvaerkCreated(OUTCOME_LABELS[input.outcome]));
    } else {
      const ownerPersonId = input.ownerPersonId !== undefined ? input.ownerPersonId : proposal.ownerPersonId;
      if (!ownerPersonId) throw new AppError('INVALID_INPUT', meetingText.outcomes.chooseOwner, 'ownerPersonId');
      const owner = resolveOwner(db, m, { ownerPersonId });
      created = insertFollowup(ctx, m, item, owner, input.text?.trim() || proposal.text, input.date ?? proposal.date);
    }
    setOutcomeActions(ctx, item.id, { ...actions, [input.outcome]: created });
    audit(ctx, 'outcome.confirm', 'agenda_item', item.id, meetingText.outcomes.auditConfirmed(OUTCOME_LABELS[input.outcome], proposal.kind === 'netvaerksmoede'));
  })();
}

/**
 * Undoing what a confirmed outcome created, while the meeting has not ended: the follow-up is removed, or the planned
 * netværksmøde (not yet convened) is deleted. Logged.
 */
export function undoOutcome(ctx: Ctx, input: { itemId: string; outcome: OutcomeCode }): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, input.itemId);
    const m = editableMeeting(db, item.meeting_id);
    if (!beforeEnd(m)) {
      throw new AppError('CONFLICT', meetingText.outcomes.meetingEnded);
    }
    const actions = outcomeActionsOf(item);
    const id = actions[input.outcome];
    if (!id) throw notFound('Det, udfaldet oprettede,');
    if (input.outcome === 'indkald_netvaerksmoede') {
      const nm = meetingsTable.byId(db, id);
      if (nm && nm.status !== 'planlagt') throw new AppError('CONFLICT', meetingText.outcomes.netvaerkUnderway);
      if (nm) meetingsTable.remove(db, id);
    } else {
      const f = followupsTable.byId(db, id);
      if (f && f.status !== 'aaben') throw new AppError('CONFLICT', meetingText.outcomes.followupClosed);
      if (f) followupsTable.remove(db, id);
    }
    const rest = { ...actions };
    delete rest[input.outcome];
    setOutcomeActions(ctx, item.id, rest);
    audit(ctx, 'outcome.undo', 'agenda_item', item.id, meetingText.outcomes.auditUndone(OUTCOME_LABELS[input.outcome]));
  })();
}
