import type { Followup } from '../../../shared/schemas/meeting';

export interface FollowupJoinRow {
  id: string;
  meeting_id: string;
  meeting_title: string;
  meeting_date: string;
  item_id: string | null;
  child_id: string | null;
  child_name: string | null;
  item_kind: string | null;
  owner_person_id: string | null;
  owner_initials: string;
  owner_name: string | null;
  owner_external_name: string | null;
  text: string;
  due_date: string | null;
  status: 'aaben' | 'lukket';
  closed_at: string | null;
  closed_by: string | null;
  closed_note: string | null;
  created_at: string;
}

/**
 * The follow-up columns with their meeting, owner and child (or the anonymous item it came from); `from` lets a query
 * drive from a narrower set first.
 */
export function followupSelect(from = 'followups f'): string {
  return `
  SELECT f.id, f.meeting_id, m.title AS meeting_title, m.date AS meeting_date, f.item_id, f.child_id,
         ch.name AS child_name, ai.kind AS item_kind,
         f.owner_person_id, f.owner_initials, coalesce(op.snap_name, p.name) AS owner_name, f.owner_external_name, f.text, f.due_date, f.status,
         f.closed_at, f.closed_by, f.closed_note, f.created_at
    FROM ${from}
    JOIN meetings m ON m.id = f.meeting_id
    LEFT JOIN people p ON p.id = f.owner_person_id
    LEFT JOIN participants op ON op.meeting_id = f.meeting_id AND op.person_id = f.owner_person_id
    LEFT JOIN children ch ON ch.id = f.child_id
    LEFT JOIN agenda_items ai ON ai.id = f.item_id`;
}

export const FOLLOWUP_SELECT = followupSelect();

/** `today` (Europe/Copenhagen) decides whether an open follow-up is overdue. */
export function toFollowup(r: FollowupJoinRow, today: string): Followup {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    meetingTitle: r.meeting_title,
    meetingDate: r.meeting_date,
    itemId: r.item_id,
    childId: r.child_id,
    childName: r.child_name,
    anonymous: r.child_id === null && r.item_kind === 'anonym',
    ownerPersonId: r.owner_person_id,
    ownerInitials: r.owner_initials,
    ownerName: r.owner_name ?? r.owner_external_name,
    external: r.owner_person_id === null && r.owner_external_name !== null,
    text: r.text,
    dueDate: r.due_date,
    status: r.status,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closedNote: r.closed_note,
    overdue: r.status === 'aaben' && r.due_date !== null && r.due_date < today,
  };
}
