import type { Migration } from '../types';

/**
 * Structured forms filled in at a meeting (overgangsskema, handleplan), the register of exported documents (for
 * „verify a document") and the dispatch log (which document went to whom, when, on which basis).
 */
export const migration0020: Migration = {
  version: 20,
  name: 'documents-and-forms',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_forms (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('overgangsskema', 'handleplan')),
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, kind)
      ) STRICT;

      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        child_id TEXT REFERENCES children(id) ON DELETE SET NULL,
        referat_version INTEGER,
        seal TEXT,
        text_sha256 TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_docid ON documents(document_id);
      CREATE INDEX documents_child ON documents(child_id);
      CREATE INDEX documents_meeting ON documents(meeting_id);

      CREATE TABLE dispatches (
        id TEXT PRIMARY KEY,
        document_row_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        document_id TEXT NOT NULL,
        child_id TEXT REFERENCES children(id) ON DELETE SET NULL,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        recipient TEXT NOT NULL,
        recipient_authority TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL,
        basis TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        sent_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dispatches_child ON dispatches(child_id);
    `);
  },
};
