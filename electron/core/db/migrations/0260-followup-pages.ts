import type { Migration } from '../types';

/**
 * The follow-up list in pages (issue 17): each part of its order – open or closed, with or without a due date – is
 * one range of these indexes, read in order from the previous page's last row (`meetings/followupList.ts`). They
 * replace `followups_status (status, due_date)` and `followups_owner (owner_person_id, status)`, which they extend.
 */
export const migration0260: Migration = {
  version: 260,
  name: 'followup-pages',
  up(db) {
    db.exec(`
      CREATE INDEX followups_page ON followups(status, due_date, created_at, id);
      CREATE INDEX followups_owner_page ON followups(owner_person_id, status, due_date, created_at, id);
      DROP INDEX followups_status;
      DROP INDEX followups_owner;
    `);
  },
};
