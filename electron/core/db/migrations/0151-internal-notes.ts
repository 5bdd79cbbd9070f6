import type { Migration } from '../types';

/**
 * „Intern note“ (issue 13, item 3): a note in the child's case meant only for professionals – on a parent contact or
 * a trivselsvurdering – is marked as such. The parents' access package leaves it out unless the user confirms with a
 * reason, as for the marking of „mistanke om overgreb“.
 */
export const migration0151: Migration = {
  version: 151,
  name: 'internal-notes',
  up(db) {
    db.exec(`
      ALTER TABLE parent_contacts ADD COLUMN note_internal INTEGER NOT NULL DEFAULT 0 CHECK (note_internal IN (0, 1));
      ALTER TABLE trivsel_assessments ADD COLUMN note_internal INTEGER NOT NULL DEFAULT 0 CHECK (note_internal IN (0, 1));
    `);
  },
};
