import type { Migration } from '../types';

/**
 * Signers the chair adds to a referat version before it is sealed (issue 16, item 8): a parent, PPR or anyone else
 * who should sign beside the template's signers. Kept per version – a correction carries them over to the new
 * version – and removed with the version. A sealed version gets no new signer (the same line as `signatures`).
 */
export const migration0220: Migration = {
  version: 220,
  name: 'added-signers',
  up(db) {
    db.exec(`
      CREATE TABLE referat_added_signers (
        id TEXT PRIMARY KEY,
        referat_version_id TEXT NOT NULL REFERENCES referat_versions(id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        person_id TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        UNIQUE (referat_version_id, label, name)
      ) STRICT;
      CREATE INDEX referat_added_signers_version ON referat_added_signers(referat_version_id);
      CREATE TRIGGER referat_added_signers_sealed_no_insert BEFORE INSERT ON referat_added_signers
        WHEN (SELECT status FROM referat_versions WHERE id = NEW.referat_version_id) = 'forseglet'
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
    `);
  },
};
