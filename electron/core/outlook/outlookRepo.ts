import type { Db } from '../db/types';
import { stmt } from '../db/stmt';
import type { MailKind, MailRecipient } from '../../../shared/schemas/outlook';

/** The calendar identity of a meeting or a regular series (migration 0190). */
export interface CalendarIdentityRow {
  kind: 'meeting' | 'series';
  subject_id: string;
  uid: string;
  sequence: number;
  sent_for: string;
}

export function getCalendarIdentity(db: Db, kind: CalendarIdentityRow['kind'], subjectId: string): CalendarIdentityRow | undefined {
  return stmt(db, 'SELECT kind, subject_id, uid, sequence, sent_for FROM calendar_invitations WHERE kind = ? AND subject_id = ?').get(kind, subjectId) as CalendarIdentityRow | undefined;
}

export function saveCalendarIdentity(db: Db, row: CalendarIdentityRow, at: string): void {
  stmt(
    db,
    `INSERT INTO calendar_invitations (kind, subject_id, uid, sequence, sent_for, created_at, updated_at)
     VALUES (@kind, @subject_id, @uid, @sequence, @sent_for, @at, @at)
     ON CONFLICT (kind, subject_id) DO UPDATE SET sequence = excluded.sequence, sent_for = excluded.sent_for, updated_at = excluded.updated_at`,
  ).run({ ...row, at });
}

/** A person's e-mail address and authority, as the person directory holds them. */
export interface PersonContact {
  id: string;
  name: string;
  email: string;
  authority: string;
  role: string;
}

export function personContacts(db: Db, ids: readonly string[]): Map<string, PersonContact> {
  const out = new Map<string, PersonContact>();
  for (const id of new Set(ids)) {
    const row = stmt(db, 'SELECT id, name, email, authority, role FROM people WHERE id = ?').get(id) as PersonContact | undefined;
    if (row) out.set(id, { ...row, email: row.email.trim() });
  }
  return out;
}

/** The custody holders of a child, with their e-mail addresses. */
export function custodyHolders(db: Db, childId: string): PersonContact[] {
  return stmt(
    db,
    `SELECT p.id, p.name, p.email, p.authority, p.role FROM guardians g JOIN people p ON p.id = g.person_id
      WHERE g.child_id = ? AND g.custody = 1 ORDER BY p.name`,
  ).all(childId) as PersonContact[];
}

export interface MailDraftRow {
  id: string;
  meeting_id: string;
  kind: MailKind;
  group_key: string;
  child_id: string | null;
  child_ids: string;
  recipients: string;
  document_ids: string;
  subject: string;
  file_name: string;
  confirm_without_oral: number;
  status: 'aaben' | 'sendt' | 'annulleret';
}

export function insertMailDraft(
  db: Db,
  d: { id: string; meetingId: string; kind: MailKind; groupKey: string; childId: string | null; childIds: string[]; recipients: MailRecipient[]; documentIds: string[]; subject: string; fileName: string; confirmWithoutOral: boolean; at: string; by: string },
): void {
  stmt(
    db,
    `INSERT INTO mail_drafts (id, meeting_id, kind, group_key, child_id, child_ids, recipients, document_ids, subject, file_name, confirm_without_oral, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.id, d.meetingId, d.kind, d.groupKey, d.childId, JSON.stringify(d.childIds), JSON.stringify(d.recipients), JSON.stringify(d.documentIds), d.subject, d.fileName, d.confirmWithoutOral ? 1 : 0, d.at, d.by);
}

export function getMailDraft(db: Db, id: string): MailDraftRow | undefined {
  return stmt(db, 'SELECT * FROM mail_drafts WHERE id = ?').get(id) as MailDraftRow | undefined;
}

export function decideMailDraft(db: Db, id: string, status: 'sendt' | 'annulleret', at: string, by: string): void {
  stmt(db, "UPDATE mail_drafts SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'aaben'").run(status, at, by, id);
}
