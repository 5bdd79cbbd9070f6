import type { Migration } from '../types';

/**
 * Deletion deletes in the search index too (issue 13, item 2). FTS5 normally leaves a deleted or changed row's words
 * in its index segments until they happen to be merged – readable with the key long after the row is gone (every
 * autosave of an item's notes left the previous text behind). `secure-delete` removes them at once from now on; the
 * one-time rebuild drops what earlier deletions and edits left behind.
 */
export const migration0121: Migration = {
  version: 121,
  name: 'fts-secure-delete',
  up(db) {
    db.exec(`
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      INSERT INTO search_index (search_index) VALUES ('rebuild');
    `);
  },
};
