import type { Migration } from '../types';

/**
 * Indexes for lookups that scanned whole tables once a kommune has years of meetings (found by `npm run bench`,
 * docs/performance.md): a meeting's follow-ups, the previous meeting of the same kind about the same child, a
 * parent's children, and meetings still running.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'lookup-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX followups_meeting ON followups(meeting_id, created_at);
      CREATE INDEX meetings_template_child ON meetings(template_id, child_id, date, start_time);
      CREATE INDEX guardians_person ON guardians(person_id);
      CREATE INDEX meetings_status ON meetings(status, date);
    `);
  },
};
