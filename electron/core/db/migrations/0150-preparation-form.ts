import type { Migration } from '../types';

/**
 * The fokusteam's forberedelsesskema as a real form (issue 21, item 6; SPEC §3.6, §9.1 req. 14): one entry per
 * professional and child item – the current bekymringsniveau on Børnelinealen (stored with the scale it was given
 * on, issue 21 item 3), what they have observed, what they have tried, and their questions for the meeting.
 */
export const migration0150: Migration = {
  version: 150,
  name: 'preparation-form',
  up(db) {
    db.exec(`
      CREATE TABLE preparation_entries (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        linealen_variant TEXT CHECK (linealen_variant IN ('thisted', 'kolding', 'farver')),
        linealen_level TEXT,
        observed TEXT NOT NULL DEFAULT '',
        tried TEXT NOT NULL DEFAULT '',
        questions TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (item_id, person_id),
        CHECK ((linealen_level IS NULL) = (linealen_variant IS NULL))
      ) STRICT;
      CREATE INDEX preparation_entries_meeting ON preparation_entries(meeting_id);
    `);
  },
};
