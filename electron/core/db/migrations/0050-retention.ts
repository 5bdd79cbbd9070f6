import type { Migration } from '../types';

/**
 * Retention: when a kommune's deletion period has run out, a child's part of a sealed referat about several
 * children must be removed too. Under a deletion grant (see 0030) a sealed version may now be redacted; the
 * redaction is marked on the version, and nothing else may ever change it.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'retention',
  up(db) {
    db.exec(`
      ALTER TABLE referat_versions ADD COLUMN redacted_at TEXT;
      DROP TRIGGER referat_sealed_no_update;
      CREATE TRIGGER referat_sealed_no_update BEFORE UPDATE ON referat_versions
        WHEN OLD.status = 'forseglet'
          AND NOT (EXISTS (SELECT 1 FROM deletion_grants WHERE reason LIKE 'retention%')
                   AND NEW.status = OLD.status AND NEW.seal IS OLD.seal AND NEW.redacted_at IS NOT NULL)
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
    `);
  },
};
