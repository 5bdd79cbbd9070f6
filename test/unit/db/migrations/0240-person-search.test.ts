import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

const terms = (db: ReturnType<typeof openDb>, id: string) =>
  (db.prepare('SELECT term FROM person_terms WHERE person_id = ? ORDER BY term').all(id) as { term: string }[]).map((r) => r.term);

describe('migration 0240 person-search', () => {
  it('indexes the people already there and keeps every later insert, change and deletion in step', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 190) });
    old.exec(`INSERT INTO people (id, name, initials, role, organisation, created_at) VALUES ('p1', 'Karim Østergaard', 'KØ', 'distriktsraadgiver', 'Familieafdelingen', 'x')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 240) });
    expect(db.pragma('user_version', { simple: true })).toBe(240);
    expect(terms(db, 'p1')).toEqual(['familieafdelingen', 'karim', 'kø', 'østergaard', 'østergård']);
    expect(db.prepare("SELECT sort_key FROM people WHERE id = 'p1'").get()).toEqual({ sort_key: 'karim |stergård'.replace('å', '}') });

    db.exec(`INSERT INTO people (id, name, initials, role, organisation, created_at) VALUES ('p2', 'ÆBLE-Hans "Ünal" Brødsgaard', 'ÆB', 'foraelder', 'Børnehuset Mælkebøtten, Vest', 'x')`);
    expect(terms(db, 'p2')).toEqual(['brødsgaard', 'brødsgård', 'børnehuset', 'hans', 'mælkebøtten', 'unal', 'vest', 'æb', 'æble']);
    db.exec(`INSERT INTO people (id, name, initials, role, created_at) VALUES ('p3', 'Tab' || char(9) || 'Bell' || char(1) || 'e', 'TB', 'andet', 'x'), ('p4', 'Back\\slash', 'BS', 'andet', 'x')`);
    // A control character (refused at the IPC door) makes no words, but never a failed insert.
    expect(terms(db, 'p3')).toEqual(['tb']);
    expect(terms(db, 'p4')).toEqual(['back\\slash', 'bs']);

    db.exec(`UPDATE people SET name = 'Karim Åberg' WHERE id = 'p1'`);
    expect(terms(db, 'p1')).toEqual(['familieafdelingen', 'karim', 'kø', 'åberg']);
    db.exec(`UPDATE people SET role = 'sundhedsplejerske' WHERE id = 'p1'`);
    expect(db.prepare("SELECT DISTINCT role, sort_key FROM person_terms WHERE person_id = 'p1'").all()).toEqual([{ role: 'sundhedsplejerske', sort_key: 'karim }berg' }]);
    db.exec(`UPDATE people SET email = 'k@x.dk' WHERE id = 'p1'`);
    expect(terms(db, 'p1')).toEqual(['familieafdelingen', 'karim', 'kø', 'åberg']);
    db.exec(`DELETE FROM people WHERE id = 'p1'`);
    expect(terms(db, 'p1')).toEqual([]);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT person_id FROM person_terms WHERE term >= 'ka' AND term < 'kb'`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan).toMatch(/SEARCH person_terms USING PRIMARY KEY/);
    db.close();
  });
});
