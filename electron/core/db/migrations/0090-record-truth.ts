import type { Migration } from '../types';

/**
 * Issue 11, „the record is what happened":
 * - a follow-up can belong to an external person, recorded with a name (`owner_external_name`), when the initials are
 *   nobody at the meeting;
 * - withdrawing an approval keeps a row with the reason and what was withdrawn (who approved, how many signatures).
 */
export const migration0090: Migration = {
  version: 90,
  name: 'record-truth',
  up(db) {
    db.exec(`
      ALTER TABLE followups ADD COLUMN owner_external_name TEXT;

      CREATE TABLE approval_withdrawals (
        id TEXT PRIMARY KEY,
        referat_version_id TEXT NOT NULL REFERENCES referat_versions(id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        approved_at TEXT,
        approved_by TEXT,
        signatures_removed INTEGER NOT NULL,
        withdrawn_at TEXT NOT NULL,
        withdrawn_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX approval_withdrawals_version ON approval_withdrawals(referat_version_id);
    `);
  },
};
