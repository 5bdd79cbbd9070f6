import type { Migration } from '../types';

/**
 * What a reader of an exported document sees, in parts (issue 14): besides the text fingerprint, each registered
 * export keeps its header, footer, status marks, the hashes of its embedded images and the version's status at
 * export time as JSON, so „Kontrollér dokument" can say where a file differs and whether it was a draft.
 */
export const migration0130: Migration = {
  version: 130,
  name: 'document-face',
  up(db) {
    db.exec(`ALTER TABLE documents ADD COLUMN face TEXT;`);
  },
};
