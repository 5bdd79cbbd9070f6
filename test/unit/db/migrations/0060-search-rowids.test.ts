import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import type { Db } from '../../../../electron/core/db/types';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

const hits = (db: Db, q: string): unknown[] => db.prepare('SELECT kind, entity_id FROM search_index WHERE search_index MATCH ? ORDER BY kind, entity_id').all(q);

describe('migration 0060 search-rowids', () => {
  it('re-indexes a version-50 database under stable keys, and keeps the index exact through edits, deletes and VACUUM', () => {
    const dir = tempDir();
    const file = join(dir, 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 50) });
    old.exec(`INSERT INTO children (id, name, birth_date, institution, created_at) VALUES ('c1', 'Liva Testesen', '2022-03-01', 'Solsikken', '2022-05-01T08:00:00.000Z');
              INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
                VALUES ('m1', 't', 1, '{}', 'T', 'ressourceteam', 'Ressourceteam', '2026-11-05', '13:00', '15:00', 'x', 'x');
              INSERT INTO agenda_items (id, meeting_id, position, kind, title, child_id, notes, updated_at) VALUES ('i1', 'm1', 1, 'barn', 'Liva', 'c1', 'Sproget udvikler sig', 'x');
              INSERT INTO agenda_items (id, meeting_id, position, kind, title, notes, updated_at) VALUES ('i2', 'm1', 2, 'anonym', 'Anonym sag', 'Motorikken halter', 'x');
              INSERT INTO decisions (id, item_id, position, text, created_at) VALUES ('d1', 'i1', 1, 'Logopæd kontaktes', 'x');
              INSERT INTO followups (id, meeting_id, item_id, child_id, owner_initials, text, created_at) VALUES ('f1', 'm1', 'i1', 'c1', 'BS', 'Ring til PPR', 'x');`);
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 60) });
    expect(db.pragma('user_version', { simple: true })).toBe(60);
    expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 6 });
    expect(db.prepare('SELECT count(*) AS n FROM search_keys').get()).toEqual({ n: 6 });
    expect(db.prepare('SELECT entity_id FROM search_keys ORDER BY fts_rowid').all()).toEqual(['c1', 'm1', 'i1', 'i2', 'd1', 'f1'].map((entity_id) => ({ entity_id })));
    expect(hits(db, 'sproget')).toEqual([{ kind: 'punkt', entity_id: 'i1' }]);
    expect(hits(db, 'logopæd')).toEqual([{ kind: 'beslutning', entity_id: 'd1' }]);

    // An autosave replaces the item's entry, and only that one.
    db.exec("UPDATE agenda_items SET notes = 'Sproget er i god udvikling' WHERE id = 'i1'");
    db.exec("UPDATE agenda_items SET notes = 'Sproget er i god udvikling efter forløbet' WHERE id = 'i1'");
    expect(hits(db, 'forløbet')).toEqual([{ kind: 'punkt', entity_id: 'i1' }]);
    expect(hits(db, 'udvikler')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 6 });

    // Backup and restore copy with VACUUM INTO, which may renumber implicit rowids: the keys must still hold.
    const copy = join(dir, 'copy.db');
    db.exec(`VACUUM INTO '${copy}'`);
    db.close();
    const restored = openDb({ file: copy, key, migrations: MIGRATIONS.filter((m) => m.version <= 60) });
    restored.exec("UPDATE agenda_items SET notes = 'Efter gendannelse' WHERE id = 'i2'");
    expect(hits(restored, 'gendannelse')).toEqual([{ kind: 'anonym', entity_id: 'i2' }]);
    expect(hits(restored, 'motorikken')).toEqual([]);
    restored.exec("UPDATE decisions SET text = 'Logopæd og PPR kontaktes' WHERE id = 'd1'");
    expect(hits(restored, 'ppr')).toEqual([{ kind: 'beslutning', entity_id: 'd1' }, { kind: 'opfoelgning', entity_id: 'f1' }]);

    // Deleting the meeting takes everything that named it, keys too.
    restored.exec("DELETE FROM meetings WHERE id = 'm1'");
    expect(restored.prepare('SELECT kind FROM search_index').all()).toEqual([{ kind: 'barn' }]);
    expect(restored.prepare('SELECT entity_id FROM search_keys').all()).toEqual([{ entity_id: 'c1' }]);
    // Keys follow the order things happened: the child, then the meeting, its items, decisions, follow-ups; new last.
    restored.exec(`INSERT INTO children (id, name, birth_date, institution, created_at) VALUES ('c2', 'Anton Prøvesen', '2022-05-01', 'Liva-huset', 'x')`);
    expect(restored.prepare('SELECT entity_id FROM search_keys ORDER BY fts_rowid').all()).toEqual([{ entity_id: 'c1' }, { entity_id: 'c2' }]);
    restored.close();
  });
});
