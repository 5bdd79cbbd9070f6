import type { Migration } from '../types';

/**
 * History stays true (issue 21):
 * - a participant's name, initials and organisation are frozen on the meeting when its referat is approved, so a
 *   later rename of the person (or of one's own profile) changes future meetings only;
 * - a signer signs a referat version once;
 * - a stored Børnelinealen level and a trivselsvurdering carry the scale they were recorded on;
 * - journaliseringspakker are registered with a fingerprint of what they hold, so „Slet nu" can tell whether a
 *   package covers what is about to be deleted.
 * Older data is snapshotted with what the database holds at the time of the upgrade.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'true-history',
  up(db) {
    db.exec(`
      ALTER TABLE participants ADD COLUMN snap_name TEXT;
      ALTER TABLE participants ADD COLUMN snap_initials TEXT;
      ALTER TABLE participants ADD COLUMN snap_organisation TEXT;
      ALTER TABLE participants ADD COLUMN snap_at TEXT;
      UPDATE participants
         SET snap_name = (SELECT name FROM people WHERE people.id = participants.person_id),
             snap_initials = (SELECT initials FROM people WHERE people.id = participants.person_id),
             snap_organisation = (SELECT organisation FROM people WHERE people.id = participants.person_id),
             snap_at = 'migration-0100'
       WHERE meeting_id IN (SELECT meeting_id FROM referat_versions WHERE status IN ('godkendt', 'forseglet'));

      CREATE UNIQUE INDEX signatures_once ON signatures(referat_version_id, signer_label, name);

      ALTER TABLE children ADD COLUMN linealen_variant TEXT;
      UPDATE children
         SET linealen_variant = coalesce((SELECT json_extract(value, '$.linealenVariant') FROM settings WHERE key = 'kommune'), 'thisted')
       WHERE linealen_level IS NOT NULL;

      ALTER TABLE trivsel_assessments ADD COLUMN labels TEXT NOT NULL DEFAULT 'aalborg';
      UPDATE trivsel_assessments
         SET labels = coalesce((SELECT json_extract(value, '$.trivselLabels') FROM settings WHERE key = 'kommune'), 'aalborg');

      CREATE TABLE journal_packages (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        categories TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX journal_packages_child ON journal_packages(child_id, created_at);
    `);
  },
};
