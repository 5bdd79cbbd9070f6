import type { Migration } from '../types';

/**
 * The familierådslagning offer on an escalated netværksmøde, as data (issue 16, item 2): the follow-up that records
 * the offer. Before, the screen detected the offer by searching follow-up texts for the word. Existing offers – the
 * follow-up the screen created with its fixed text on an escalated meeting – are linked once here.
 */
export const migration0210: Migration = {
  version: 210,
  name: 'familieraadslagning-offer',
  up(db) {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN familieraadslagning_followup_id TEXT REFERENCES followups(id) ON DELETE SET NULL;
      UPDATE meetings SET familieraadslagning_followup_id = (
        SELECT f.id FROM followups f WHERE f.meeting_id = meetings.id AND f.text = 'Tilbyde familien en familierådslagning' ORDER BY f.created_at LIMIT 1)
       WHERE escalated_from_id IS NOT NULL;
    `);
  },
};
