import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

const MEETING = `INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, created_at, updated_at)
  VALUES ('m1', 't', 1, '{}', 'T', 'ressourceteam', 'Ressourceteam november', '2026-11-05', '13:00', '15:00', 'Solsikken', 'x', 'x')`;

describe('migration 0040 child-case', () => {
  it('upgrades a version-30 database, indexes what it already holds, and adds the consent ledger and contacts', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 30) });
    old.exec(`INSERT INTO children (id, name, birth_date, institution, stue, created_at) VALUES ('c1', 'Liva Testesen', '2022-03-01', 'Solsikken', 'Mariehønen', 'x');
              INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Mor Testesen', 'MT', 'foraelder', 'x');
              ${MEETING};
              INSERT INTO agenda_items (id, meeting_id, position, kind, title, child_id, notes, updated_at) VALUES ('i1', 'm1', 1, 'barn', 'Liva', 'c1', 'Sproget udvikler sig langsomt', 'x');`);
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 40) });
    expect(db.pragma('user_version', { simple: true })).toBe(40);
    const hits = db.prepare("SELECT kind, entity_id FROM search_index WHERE search_index MATCH 'sproget' ").all();
    expect(hits).toEqual([{ kind: 'punkt', entity_id: 'i1' }]);
    expect(db.prepare("SELECT kind FROM search_index WHERE search_index MATCH 'Solsikken' ORDER BY kind").all()).toEqual([{ kind: 'barn' }, { kind: 'moede' }]);
    db.prepare(`INSERT INTO consents (id, child_id, guardian_person_id, purpose, info_types, recipients, given_date, obtained_by, created_at)
                VALUES ('k1', 'c1', 'p1', 'ressourceteam', '[]', '[]', '2026-10-01', 'BS', 'x')`).run();
    expect(() => db.prepare("INSERT INTO parent_contacts (id, child_id, kind, date, by_name, created_at) VALUES ('pc', 'c1', 'telefon', '2026-10-01', 'BS', 'x')").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT special_needs, abuse_suspected FROM children WHERE id = 'c1'").get()).toEqual({ special_needs: 0, abuse_suspected: 0 });
    db.close();
  });
});
