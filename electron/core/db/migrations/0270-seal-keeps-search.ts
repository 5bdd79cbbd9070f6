import type { Migration } from '../types';
import { reindexMeetingSql } from './0141-search-approved-referat';

/**
 * Sealing an approved referat does not change what search shows (issue 17): the index holds the newest approved or
 * sealed version's text (0141), and `godkendt` → `forseglet` with the same body leaves that set and that text as
 * they were. The trigger that re-indexes the meeting now skips that change instead of deleting and re-inserting the
 * same rows – a seal costs no index work, and a kommune's history can be written in the app's own order quickly.
 */
export const migration0270: Migration = {
  version: 270,
  name: 'seal-keeps-search',
  up(db) {
    db.exec(`
      DROP TRIGGER search_referat_au;
      CREATE TRIGGER search_referat_au AFTER UPDATE OF status, body ON referat_versions
        WHEN NOT (OLD.body IS NEW.body AND OLD.status IN ('godkendt', 'forseglet') AND NEW.status IN ('godkendt', 'forseglet')) BEGIN
        ${reindexMeetingSql('NEW.meeting_id')}
      END;
    `);
  },
};
