import type { Migration } from '../types';

/** People, children, meetings from templates, agenda items, decisions, follow-ups, referat versions, signatures. */
export const migration0010: Migration = {
  version: 10,
  name: 'core-schema',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        initials TEXT NOT NULL,
        role TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        authority TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        authority_role TEXT CHECK (authority_role IN ('med', 'uden')),
        is_sample INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE children (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        cpr TEXT,
        institution TEXT NOT NULL DEFAULT '',
        stue TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'dansk',
        social_sag INTEGER NOT NULL DEFAULT 0,
        tovholder_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        is_sample INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Custody holders and other parents of a child; each is a person in the directory (role 'foraelder').
      CREATE TABLE guardians (
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        relation TEXT NOT NULL DEFAULT 'forælder',
        custody INTEGER NOT NULL DEFAULT 1,
        orienteringsret INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (child_id, person_id)
      ) STRICT;

      CREATE TABLE template_packs (
        pack_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (pack_id, version)
      ) STRICT;

      CREATE TABLE series (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        title TEXT NOT NULL,
        cadence_weeks INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        template_json TEXT NOT NULL,
        template_name TEXT NOT NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planlagt'
          CHECK (status IN ('planlagt', 'indkaldt', 'i_gang', 'afholdt', 'godkendt', 'aflyst')),
        cancelled_reason TEXT,
        remark TEXT NOT NULL DEFAULT '',
        convener_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        chair_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        referent_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        child_id TEXT REFERENCES children(id) ON DELETE SET NULL,
        series_id TEXT REFERENCES series(id) ON DELETE SET NULL,
        series_index INTEGER,
        current_item_id TEXT,
        current_phase TEXT,
        started_at TEXT,
        ended_at TEXT,
        agenda_agreed_at TEXT,
        preparation_sent_at TEXT,
        convened_at TEXT,
        escalated_from_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        escalation_reason TEXT,
        is_sample INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_date ON meetings(date, start_time);
      CREATE INDEX meetings_child ON meetings(child_id);
      CREATE INDEX meetings_series ON meetings(series_id, series_index);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people(id),
        role TEXT NOT NULL,
        attendance TEXT NOT NULL DEFAULT 'forventet'
          CHECK (attendance IN ('forventet', 'til_stede', 'afbud', 'fravaerende')),
        consultative INTEGER NOT NULL DEFAULT 0,
        guest_item_id TEXT,
        phases TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL,
        UNIQUE (meeting_id, person_id)
      ) STRICT;
      CREATE INDEX participants_meeting ON participants(meeting_id, position);
      CREATE INDEX participants_person ON participants(person_id);

      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        template_key TEXT,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        owner_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        minutes INTEGER NOT NULL DEFAULT 0,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0,
        child_id TEXT REFERENCES children(id) ON DELETE SET NULL,
        anon_label TEXT,
        block TEXT,
        phase TEXT,
        description TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        outcome TEXT,
        outcome_note TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}',
        fixed INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
      CREATE INDEX agenda_items_child ON agenda_items(child_id);

      CREATE TABLE decisions (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decisions_item ON decisions(item_id, position);

      CREATE TABLE followups (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
        child_id TEXT REFERENCES children(id) ON DELETE SET NULL,
        owner_person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
        owner_initials TEXT NOT NULL,
        text TEXT NOT NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'aaben' CHECK (status IN ('aaben', 'lukket')),
        closed_at TEXT,
        closed_by TEXT,
        closed_note TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX followups_status ON followups(status, due_date);
      CREATE INDEX followups_item ON followups(item_id);
      CREATE INDEX followups_child ON followups(child_id);
      CREATE INDEX followups_owner ON followups(owner_person_id, status);

      CREATE TABLE referat_versions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('udkast', 'godkendt', 'forseglet')),
        body TEXT NOT NULL,
        document_id TEXT NOT NULL,
        correction_reason TEXT,
        approved_at TEXT,
        approved_by TEXT,
        sealed_at TEXT,
        seal TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (meeting_id, version)
      ) STRICT;

      CREATE TABLE signatures (
        id TEXT PRIMARY KEY,
        referat_version_id TEXT NOT NULL REFERENCES referat_versions(id) ON DELETE CASCADE,
        signer_label TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        method TEXT NOT NULL CHECK (method IN ('tegnet', 'navn')),
        image BLOB,
        signed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX signatures_version ON signatures(referat_version_id);

      -- Append-only, hash-chained record of who did what (the local user profile), never the content itself.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_entity ON audit_log(entity_type, entity_id);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;

      -- A sealed referat version is immutable: the database itself refuses to change it.
      CREATE TRIGGER referat_sealed_no_update BEFORE UPDATE ON referat_versions
        WHEN OLD.status = 'forseglet'
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
      CREATE TRIGGER referat_sealed_no_delete BEFORE DELETE ON referat_versions
        WHEN OLD.status = 'forseglet'
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
      CREATE TRIGGER signatures_sealed_no_insert BEFORE INSERT ON signatures
        WHEN (SELECT status FROM referat_versions WHERE id = NEW.referat_version_id) = 'forseglet'
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
      CREATE TRIGGER signatures_sealed_no_delete BEFORE DELETE ON signatures
        WHEN (SELECT status FROM referat_versions WHERE id = OLD.referat_version_id) = 'forseglet'
        BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
    `);
  },
};
