import type { Migration } from '../types';

/**
 * Search that keeps up with autosave. In 0040 the index triggers found a row's old index entry by its entity id,
 * an unindexed FTS column, so every autosave of an item's notes scanned the whole index (measured at the
 * benchmark's kommune scale, 10,000 meetings: 196 ms median per save before, 0.2 ms after). From here every indexed
 * entity has a fixed FTS rowid, kept in `search_keys` under an INTEGER PRIMARY KEY (which, unlike the implicit rowid
 * of our text-keyed tables, survives VACUUM and VACUUM INTO, i.e. backup and restore), so keeping the index current
 * is two lookups by key, and keys follow creation order (search ranks among the newest matches, search.ts).
 * The index is rebuilt once.
 */
const KEY = (ref: string): string => `(SELECT fts_rowid FROM search_keys WHERE entity_id = ${ref})`;
const ENSURE = (ref: string): string => `INSERT INTO search_keys (entity_id) VALUES (${ref}) ON CONFLICT DO NOTHING;`;
const FORGET = (ref: string): string => `DELETE FROM search_index WHERE rowid = ${KEY(ref)}; DELETE FROM search_keys WHERE entity_id = ${ref};`;

const ITEM_ROW = `CASE WHEN NEW.kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, NEW.id, NEW.meeting_id, NEW.child_id,
                coalesce(NEW.anon_label, NEW.title), NEW.notes || ' ' || NEW.description || ' ' || NEW.outcome_note`;
const CHILD_ROW = `'barn', NEW.id, NULL, NEW.id, NEW.name, NEW.institution || ' ' || NEW.stue`;
const MEETING_ROW = `'moede', NEW.id, NEW.id, NEW.child_id, NEW.title, NEW.place || ' ' || NEW.remark`;
const COLS = 'search_index (rowid, kind, entity_id, meeting_id, child_id, title, body)';

const OLD_TRIGGERS = ['items_ai', 'items_au', 'items_ad', 'decisions_ai', 'decisions_au', 'decisions_ad', 'followups_ai',
  'followups_ad', 'children_ai', 'children_au', 'children_ad', 'meetings_ai', 'meetings_au', 'meetings_ad'];

export const migration0060: Migration = {
  version: 60,
  name: 'search-rowids',
  up(db) {
    db.exec(OLD_TRIGGERS.map((t) => `DROP TRIGGER search_${t};`).join('\n'));
    db.exec(`
      DELETE FROM search_index;
      CREATE TABLE search_keys (fts_rowid INTEGER PRIMARY KEY, entity_id TEXT NOT NULL UNIQUE) STRICT;

      CREATE TRIGGER search_items_ai AFTER INSERT ON agenda_items BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${ITEM_ROW});
      END;
      CREATE TRIGGER search_items_au AFTER UPDATE OF title, notes, description, outcome_note, child_id, kind, anon_label ON agenda_items BEGIN
        DELETE FROM search_index WHERE rowid = ${KEY('OLD.id')};
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${ITEM_ROW});
      END;
      CREATE TRIGGER search_items_ad AFTER DELETE ON agenda_items BEGIN
        ${FORGET('OLD.id')}
      END;

      CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS}
          SELECT ${KEY('NEW.id')}, 'beslutning', NEW.id, i.meeting_id, i.child_id, i.title, NEW.text FROM agenda_items i WHERE i.id = NEW.item_id;
      END;
      CREATE TRIGGER search_decisions_au AFTER UPDATE OF text ON decisions BEGIN
        UPDATE search_index SET body = NEW.text WHERE rowid = ${KEY('NEW.id')};
      END;
      CREATE TRIGGER search_decisions_ad AFTER DELETE ON decisions BEGIN
        ${FORGET('OLD.id')}
      END;

      CREATE TRIGGER search_followups_ai AFTER INSERT ON followups BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, 'opfoelgning', NEW.id, NEW.meeting_id, NEW.child_id, NEW.owner_initials, NEW.text);
      END;
      CREATE TRIGGER search_followups_ad AFTER DELETE ON followups BEGIN
        ${FORGET('OLD.id')}
      END;

      CREATE TRIGGER search_children_ai AFTER INSERT ON children BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${CHILD_ROW});
      END;
      CREATE TRIGGER search_children_au AFTER UPDATE OF name, institution, stue ON children BEGIN
        DELETE FROM search_index WHERE rowid = ${KEY('OLD.id')};
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${CHILD_ROW});
      END;
      CREATE TRIGGER search_children_ad AFTER DELETE ON children BEGIN
        ${FORGET('OLD.id')}
      END;

      CREATE TRIGGER search_meetings_ai AFTER INSERT ON meetings BEGIN
        ${ENSURE('NEW.id')}
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${MEETING_ROW});
      END;
      CREATE TRIGGER search_meetings_au AFTER UPDATE OF title, place, remark, child_id ON meetings BEGIN
        DELETE FROM search_index WHERE rowid = ${KEY('OLD.id')};
        INSERT INTO ${COLS} VALUES (${KEY('NEW.id')}, ${MEETING_ROW});
      END;
      -- Deleting a meeting is rare (retention, sample data): also sweep anything else that named it.
      CREATE TRIGGER search_meetings_ad AFTER DELETE ON meetings BEGIN
        ${FORGET('OLD.id')}
        DELETE FROM search_index WHERE meeting_id = OLD.id;
      END;
    `);
    // Index what the database already holds, under the new keys.
    db.exec(`
      -- Keys in the order things happened, as new ones will be: search ranks among the newest matches (search.ts).
      INSERT INTO search_keys (entity_id)
        SELECT id FROM (
          SELECT i.id, m.date AS at, 1 AS o FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
          UNION ALL SELECT d.id, m.date, 2 FROM decisions d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
          UNION ALL SELECT f.id, m.date, 3 FROM followups f JOIN meetings m ON m.id = f.meeting_id
          UNION ALL SELECT id, substr(created_at, 1, 10), 0 FROM children
          UNION ALL SELECT id, date, 0 FROM meetings)
        ORDER BY at, o;
      INSERT INTO ${COLS}
        SELECT k.fts_rowid, CASE WHEN i.kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, i.id, i.meeting_id, i.child_id,
               coalesce(i.anon_label, i.title), i.notes || ' ' || i.description || ' ' || i.outcome_note
          FROM agenda_items i JOIN search_keys k ON k.entity_id = i.id;
      INSERT INTO ${COLS}
        SELECT k.fts_rowid, 'beslutning', d.id, i.meeting_id, i.child_id, i.title, d.text
          FROM decisions d JOIN agenda_items i ON i.id = d.item_id JOIN search_keys k ON k.entity_id = d.id;
      INSERT INTO ${COLS}
        SELECT k.fts_rowid, 'opfoelgning', f.id, f.meeting_id, f.child_id, f.owner_initials, f.text
          FROM followups f JOIN search_keys k ON k.entity_id = f.id;
      INSERT INTO ${COLS}
        SELECT k.fts_rowid, 'barn', c.id, NULL, c.id, c.name, c.institution || ' ' || c.stue
          FROM children c JOIN search_keys k ON k.entity_id = c.id;
      INSERT INTO ${COLS}
        SELECT k.fts_rowid, 'moede', m.id, m.id, m.child_id, m.title, m.place || ' ' || m.remark
          FROM meetings m JOIN search_keys k ON k.entity_id = m.id;
    `);
  },
};
