import type { Migration } from '../types';

/**
 * Sealed referater stay immutable, but some deletions are legitimate: the kommune's retention period, and removing
 * the sample data. Such a deletion inserts a grant row inside its own transaction and removes it before committing;
 * the triggers allow deleting (never updating) a sealed version only while a grant exists.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'deletion-grants',
  up(db) {
    db.exec(`
      CREATE TABLE deletion_grants (reason TEXT NOT NULL) STRICT;

      DROP TRIGGER referat_sealed_no_delete;
      CREATE TRIGGER referat_sealed_no_delete BEFORE DELETE ON referat_versions
        WHEN OLD.status = 'forseglet' AND NOT EXISTS (SELECT 1 FROM deletion_grants)
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;

      DROP TRIGGER signatures_sealed_no_delete;
      CREATE TRIGGER signatures_sealed_no_delete BEFORE DELETE ON signatures
        WHEN (SELECT status FROM referat_versions WHERE id = OLD.referat_version_id) = 'forseglet'
          AND NOT EXISTS (SELECT 1 FROM deletion_grants)
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
    `);
  },
};
