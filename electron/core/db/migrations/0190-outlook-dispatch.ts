import type { Migration } from '../types';

/**
 * Invitations and dispatch through the kommune's Outlook (issue 19).
 *
 * `calendar_invitations`: one calendar identity per meeting (`kind = 'meeting'`) or per regular series
 * (`kind = 'series'`): the UID every invitation and cancellation of it carries, the SEQUENCE it was last sent with,
 * and the date, time and place (and status) it was sent for – a later invitation for a changed meeting gets the next
 * SEQUENCE, so Outlook updates the appointment instead of adding a second one.
 *
 * `mail_drafts`: each e-mail draft (.eml) Tovholder wrote for a recipient group. The dispatch log is written only when
 * the user confirms that the draft was sent (`status = 'sendt'`), or the draft is set aside (`annulleret`).
 * `child_id` is the one child a parents' group concerns, so a retention deletion removes its drafts with the child.
 */
export const migration0190: Migration = {
  version: 190,
  name: 'outlook-dispatch',
  up(db) {
    db.exec(`
      CREATE TABLE calendar_invitations (
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'series')),
        subject_id TEXT NOT NULL,
        uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL DEFAULT 0,
        sent_for TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, subject_id)
      ) STRICT;

      CREATE TABLE mail_drafts (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('indkaldelse', 'referat')),
        group_key TEXT NOT NULL,
        child_id TEXT REFERENCES children(id) ON DELETE CASCADE,
        child_ids TEXT NOT NULL DEFAULT '[]',
        recipients TEXT NOT NULL,
        document_ids TEXT NOT NULL,
        subject TEXT NOT NULL,
        file_name TEXT NOT NULL,
        confirm_without_oral INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'aaben' CHECK (status IN ('aaben', 'sendt', 'annulleret')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        decided_at TEXT,
        decided_by TEXT
      ) STRICT;
      CREATE INDEX mail_drafts_meeting ON mail_drafts(meeting_id);
      CREATE INDEX mail_drafts_child ON mail_drafts(child_id);
    `);
  },
};
