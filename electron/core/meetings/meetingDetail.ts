import { isProfessional } from '../../../shared/domain/roles';
import type { AgendaItem, Decision, ItemData, MeetingDetail, Participant } from '../../../shared/schemas/meeting';
import type { ItemKind, OutcomeCode } from '../../../shared/templates/schema';
import type { Db } from '../db/types';
import { stmt } from '../db/stmt';
import { followupQuery, followupSelect, followupsOfItem, followupsOfMeeting, toFollowup } from './followupRows';
import { getMeetingRow, meetingTemplate, type ItemRow, type MeetingRow } from './meetingRows';
import { meetingWarnings } from './warnings';
import { meetingLock, recordState } from './guards';
import { allowedOutcomes } from './itemRules';
import { familieraadslagningState } from './familieraadslagning';
import { outcomeCreated, proposeOutcome } from './outcomes';
import { otherDayWarning } from './live';
import * as childrenTable from '../db/tables/children';
import * as participantsTable from '../db/tables/participants';
import * as decisionsTable from '../db/tables/decisions';

interface ItemJoinRow extends ItemRow {
  child_name: string | null;
  owner_initials: string | null;
  owner_name: string | null;
}

export function loadParticipants(db: Db, meetingId: string, currentPhase: string | null = null): Participant[] {
  return participantsTable.withPerson(db, meetingId).map((r) => ({
    id: r.id,
    personId: r.person_id,
    name: r.name,
    initials: r.initials,
    organisation: r.organisation,
    role: r.role,
    attendance: r.attendance,
    consultative: r.consultative === 1,
    guestItemId: r.guest_item_id,
    phases: JSON.parse(r.phases) as string[],
    inCurrentPhase: currentPhase ? (JSON.parse(r.phases) as string[]).includes(currentPhase) : null,
    isProfessional: isProfessional(r.role),
  }));
}

/** The meeting's record is approved or sealed: outcomes propose nothing more and nothing can be undone. */
function frozenRecord(db: Db, meetingId: string): boolean {
  const s = recordState(db, meetingId);
  return s === 'godkendt' || s === 'forseglet';
}

function toAgendaItem(db: Db, meeting: MeetingRow, frozen: boolean, r: ItemJoinRow, prompts: string[], decisions: Decision[], followups: AgendaItem['followups']): AgendaItem {
  return {
    id: r.id,
    position: r.position,
    key: r.template_key,
    kind: r.kind as ItemKind,
    title: r.title,
    ownerPersonId: r.owner_person_id,
    ownerInitials: r.owner_initials,
    ownerName: r.owner_name,
    minutes: r.minutes,
    elapsedSeconds: r.elapsed_seconds,
    childId: r.child_id,
    childName: r.child_name,
    anonLabel: r.anon_label,
    block: r.block,
    phase: r.phase,
    description: r.description,
    notes: r.notes,
    outcome: r.outcome as OutcomeCode | null,
    outcomeNote: r.outcome_note,
    basis: r.basis as AgendaItem['basis'],
    data: JSON.parse(r.data) as ItemData,
    outcomeProposal: proposeOutcome(db, meeting, r, frozen),
    outcomeCreated: outcomeCreated(db, meeting, r, frozen),
    fixed: r.fixed === 1,
    allowedOutcomes: allowedOutcomes(meetingTemplate(meeting), r.kind as ItemKind),
    prompts,
    decisions,
    followups,
  };
}

const ITEM_SELECT = `
  SELECT i.*, c.name AS child_name, coalesce(op.snap_initials, p.initials) AS owner_initials, coalesce(op.snap_name, p.name) AS owner_name
    FROM agenda_items i
    LEFT JOIN children c ON c.id = i.child_id
    LEFT JOIN people p ON p.id = i.owner_person_id
    LEFT JOIN participants op ON op.meeting_id = i.meeting_id AND op.person_id = i.owner_person_id`;

function promptsFor(row: MeetingRow, key: string | null): string[] {
  if (!key) return [];
  return meetingTemplate(row).agenda.find((a) => a.key === key)?.prompts ?? [];
}

export function loadItems(db: Db, meeting: MeetingRow, today: string): AgendaItem[] {
  const rows = stmt(db, `${ITEM_SELECT} WHERE i.meeting_id = ? ORDER BY i.position`).all(meeting.id) as ItemJoinRow[];
  const decisions = decisionsTable.forMeeting(db, meeting.id);
  const followups = followupsOfMeeting(db, meeting.id);
  const frozen = frozenRecord(db, meeting.id);
  return rows.map((r) =>
    toAgendaItem(
      db,
      meeting,
      frozen,
      r,
      promptsFor(meeting, r.template_key),
      decisions.filter((d) => d.item_id === r.id).map((d) => ({ id: d.id, text: d.text })),
      followups.filter((f) => f.item_id === r.id).map((f) => toFollowup(f, today)),
    ),
  );
}

export function loadItem(db: Db, itemId: string, today: string): AgendaItem {
  const r = stmt(db, `${ITEM_SELECT} WHERE i.id = ?`).get(itemId) as ItemJoinRow | undefined;
  if (!r) throw new Error('item vanished');
  const meeting = getMeetingRow(db, r.meeting_id);
  const decisions = decisionsTable.forItem(db, itemId);
  const followups = followupsOfItem(db, itemId).map((f) => toFollowup(f, today));
  return toAgendaItem(db, meeting, frozenRecord(db, meeting.id), r, promptsFor(meeting, r.template_key), decisions, followups);
}

/** The previous held meeting in the same series, or of the same template about the same child. */
export function previousMeeting(db: Db, m: MeetingRow): MeetingDetail['previousMeeting'] {
  const row = m.series_id
    ? stmt(
        db,
        `SELECT id, title, date FROM meetings WHERE series_id = ? AND status != 'aflyst' AND (date < ? OR (date = ? AND start_time < ?))
          ORDER BY date DESC, start_time DESC LIMIT 1`,
      ).get(m.series_id, m.date, m.date, m.start_time)
    : stmt(
        db,
        `SELECT id, title, date FROM meetings WHERE template_id = ? AND status != 'aflyst' AND id != ?
           AND (child_id IS ? ) AND (date < ? OR (date = ? AND start_time < ?))
          ORDER BY date DESC, start_time DESC LIMIT 1`,
      ).get(m.template_id, m.id, m.child_id, m.date, m.date, m.start_time);
  const prev = row as { id: string; title: string; date: string } | undefined;
  if (!prev) return null;
  // The referat item 1 approves (SPEC §9.4 req. 33): the newest approved or sealed version, named by its document id.
  const doc = stmt(db, "SELECT document_id FROM referat_versions WHERE meeting_id = ? AND status IN ('godkendt', 'forseglet') ORDER BY version DESC LIMIT 1").get(prev.id) as
    | { document_id: string }
    | undefined;
  return { ...prev, referatDocumentId: doc?.document_id ?? null };
}

/**
 * Open follow-ups that belong on this meeting's table: from earlier meetings in the series, and for the children
 * this meeting is about (SPEC req. 33).
 */
export function carriedFollowups(db: Db, m: MeetingRow, childIds: string[], today: string): AgendaItem['followups'] {
  // Driven from the two indexed ways in (the series' meetings, the children), never from all open follow-ups.
  const rows = followupQuery<[{ id: string; series: string | null; date: string; children: string }]>(
    `WITH candidates(id) AS (
       SELECT sf.id FROM meetings sm JOIN followups sf ON sf.meeting_id = sm.id
        WHERE @series IS NOT NULL AND sm.series_id = @series AND sm.date <= @date
       UNION
       SELECT cf.id FROM followups cf WHERE cf.child_id IN (SELECT value FROM json_each(@children)))
     ${followupSelect('candidates c CROSS JOIN followups f ON f.id = c.id')}
      WHERE f.status = 'aaben' AND f.meeting_id != @id
      ORDER BY f.due_date IS NULL, f.due_date, f.created_at`,
  )(db).all({ id: m.id, series: m.series_id, date: m.date, children: JSON.stringify(childIds) });
  return rows.map((f) => toFollowup(f, today));
}

export function referatStatus(db: Db, meetingId: string): MeetingDetail['referatStatus'] {
  const row = stmt(db, 'SELECT status FROM referat_versions WHERE meeting_id = ? ORDER BY version DESC LIMIT 1').get(meetingId) as
    | { status: 'udkast' | 'godkendt' | 'forseglet' }
    | undefined;
  return row?.status ?? 'ingen';
}

export function getMeetingDetail(db: Db, id: string, today: string): MeetingDetail {
  const m = getMeetingRow(db, id);
  const template = meetingTemplate(m);
  const participants = loadParticipants(db, id, template.phases?.length ? m.current_phase : null);
  const items = loadItems(db, m, today);
  const child = m.child_id
    ? childrenTable.byId(db, m.child_id)
    : undefined;
  const lock = meetingLock(m, recordState(db, id));
  const childIds = [...new Set([m.child_id, ...items.map((i) => i.childId)].filter((x): x is string => !!x))];
  const detail: MeetingDetail = {
    id: m.id,
    title: m.title,
    templateId: m.template_id,
    templateVersion: m.template_version,
    template,
    date: m.date,
    plannedDate: m.planned_date,
    startOtherDay: otherDayWarning(m, today),
    startTime: m.start_time,
    endTime: m.end_time,
    place: m.place,
    status: m.status,
    cancelledReason: m.cancelled_reason,
    remark: m.remark,
    convenerId: m.convener_id,
    chairId: m.chair_id,
    ownerId: m.owner_id,
    referentId: m.referent_id,
    childId: m.child_id,
    childName: child?.name ?? null,
    childSocialSag: child ? child.social_sag === 1 : null,
    seriesId: m.series_id,
    seriesIndex: m.series_index,
    currentItemId: m.current_item_id,
    currentPhase: m.current_phase,
    startedAt: m.started_at,
    endedAt: m.ended_at,
    agendaAgreedAt: m.agenda_agreed_at,
    preparationSentAt: m.preparation_sent_at,
    escalatedFromId: m.escalated_from_id,
    escalationReason: m.escalation_reason,
    participants,
    items,
    carriedFollowups: carriedFollowups(db, m, childIds, today),
    previousMeeting: previousMeeting(db, m),
    warnings: [],
    referatStatus: referatStatus(db, id),
    isSample: m.is_sample === 1,
    editable: lock === null,
    lockedReason: lock?.message ?? null,
    familieraadslagning: familieraadslagningState(db, m, lock),
  };
  detail.warnings = meetingWarnings(db, detail, today);
  return detail;
}
