import type { Migration } from '../types';

/**
 * The child's case: more child fields, the consent ledger, contacts with the parents, trivselsvurderinger, the
 * legal basis of each child item, and a full-text index (FTS5) kept in step by triggers. Anonymous items are indexed
 * without any link to a child.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'child-case',
  up(db) {
    db.exec(`
      ALTER TABLE children ADD COLUMN linealen_level TEXT;
      ALTER TABLE children ADD COLUMN special_needs INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE children ADD COLUMN abuse_suspected INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE children ADD COLUMN abuse_reason TEXT;
      ALTER TABLE children ADD COLUMN abuse_at TEXT;
      ALTER TABLE children ADD COLUMN left_at TEXT;

      ALTER TABLE agenda_items ADD COLUMN basis TEXT;

      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        guardian_person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        info_types TEXT NOT NULL,
        recipients TEXT NOT NULL,
        purpose_text TEXT NOT NULL DEFAULT '',
        given_date TEXT NOT NULL,
        obtained_by TEXT NOT NULL,
        participants_shown TEXT NOT NULL DEFAULT '[]',
        topics TEXT NOT NULL DEFAULT '[]',
        expires TEXT,
        withdrawn_at TEXT,
        withdrawn_reason TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_child ON consents(child_id);

      CREATE TABLE parent_contacts (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('bekymring_orienteret', 'dagsorden_aftalt', 'samtale_efter', 'mundtlig_orientering')),
        date TEXT NOT NULL,
        by_name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX parent_contacts_child ON parent_contacts(child_id, date);

      CREATE TABLE trivsel_assessments (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        dimensions TEXT NOT NULL,
        overall TEXT NOT NULL CHECK (overall IN ('trivsel', 'ekstra', 'bekymring')),
        note TEXT NOT NULL DEFAULT '',
        by_name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trivsel_child ON trivsel_assessments(child_id, date);

      CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, entity_id UNINDEXED, meeting_id UNINDEXED, child_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      CREATE TRIGGER search_items_ai AFTER INSERT ON agenda_items BEGIN
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        VALUES (CASE WHEN NEW.kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, NEW.id, NEW.meeting_id, NEW.child_id,
                coalesce(NEW.anon_label, NEW.title), NEW.notes || ' ' || NEW.description || ' ' || NEW.outcome_note);
      END;
      CREATE TRIGGER search_items_au AFTER UPDATE OF title, notes, description, outcome_note, child_id, kind, anon_label ON agenda_items BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id;
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        VALUES (CASE WHEN NEW.kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, NEW.id, NEW.meeting_id, NEW.child_id,
                coalesce(NEW.anon_label, NEW.title), NEW.notes || ' ' || NEW.description || ' ' || NEW.outcome_note);
      END;
      CREATE TRIGGER search_items_ad AFTER DELETE ON agenda_items BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_decisions_ai AFTER INSERT ON decisions BEGIN
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT 'beslutning', NEW.id, i.meeting_id, i.child_id, i.title, NEW.text FROM agenda_items i WHERE i.id = NEW.item_id;
      END;
      CREATE TRIGGER search_decisions_au AFTER UPDATE OF text ON decisions BEGIN
        UPDATE search_index SET body = NEW.text WHERE entity_id = NEW.id;
      END;
      CREATE TRIGGER search_decisions_ad AFTER DELETE ON decisions BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_followups_ai AFTER INSERT ON followups BEGIN
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        VALUES ('opfoelgning', NEW.id, NEW.meeting_id, NEW.child_id, NEW.owner_initials, NEW.text);
      END;
      CREATE TRIGGER search_followups_ad AFTER DELETE ON followups BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_children_ai AFTER INSERT ON children BEGIN
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body) VALUES ('barn', NEW.id, NULL, NEW.id, NEW.name, NEW.institution || ' ' || NEW.stue);
      END;
      CREATE TRIGGER search_children_au AFTER UPDATE OF name, institution, stue ON children BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id AND kind = 'barn';
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body) VALUES ('barn', NEW.id, NULL, NEW.id, NEW.name, NEW.institution || ' ' || NEW.stue);
      END;
      CREATE TRIGGER search_children_ad AFTER DELETE ON children BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id;
      END;

      CREATE TRIGGER search_meetings_ai AFTER INSERT ON meetings BEGIN
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body) VALUES ('moede', NEW.id, NEW.id, NEW.child_id, NEW.title, NEW.place || ' ' || NEW.remark);
      END;
      CREATE TRIGGER search_meetings_au AFTER UPDATE OF title, place, remark, child_id ON meetings BEGIN
        DELETE FROM search_index WHERE entity_id = OLD.id AND kind = 'moede';
        INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body) VALUES ('moede', NEW.id, NEW.id, NEW.child_id, NEW.title, NEW.place || ' ' || NEW.remark);
      END;
      CREATE TRIGGER search_meetings_ad AFTER DELETE ON meetings BEGIN
        DELETE FROM search_index WHERE meeting_id = OLD.id OR entity_id = OLD.id;
      END;
    `);
    // Index what an older database already holds.
    db.exec(`
      INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT CASE WHEN kind = 'anonym' THEN 'anonym' ELSE 'punkt' END, id, meeting_id, child_id, coalesce(anon_label, title), notes || ' ' || description || ' ' || outcome_note FROM agenda_items;
      INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT 'beslutning', d.id, i.meeting_id, i.child_id, i.title, d.text FROM decisions d JOIN agenda_items i ON i.id = d.item_id;
      INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT 'opfoelgning', id, meeting_id, child_id, owner_initials, text FROM followups;
      INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT 'barn', id, NULL, id, name, institution || ' ' || stue FROM children;
      INSERT INTO search_index (kind, entity_id, meeting_id, child_id, title, body)
        SELECT 'moede', id, id, child_id, title, place || ' ' || remark FROM meetings;
    `);
  },
};
