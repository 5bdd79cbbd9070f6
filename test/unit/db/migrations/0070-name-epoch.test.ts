import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { protectedNameMatcher } from '../../../../electron/core/children/caseRepo';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0070 name-epoch', () => {
  it('upgrades a version-60 database; the guard sees every name change, and a rolled-back one never lingers', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 60) });
    old.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Liva Testesen', '2022-03-01', 'x')");
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 70) });
    expect(db.pragma('user_version', { simple: true })).toBe(70);
    const names = (text: string) => protectedNameMatcher(db).find(text).map((h) => h.text);
    expect(names('Liva var glad')).toEqual(['Liva']);
    const first = protectedNameMatcher(db);
    expect(protectedNameMatcher(db)).toBe(first); // nothing changed: the same index, not a rebuild

    db.exec("UPDATE children SET name = 'Alma Testesen' WHERE id = 'c1'");
    expect(names('Liva og Alma')).toEqual(['Alma']);
    db.exec("INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Jonas Prøvesen', 'JP', 'paedagog', 'x')");
    expect(names('Jonas kom')).toEqual([]); // staff are not protected …
    db.exec("INSERT INTO guardians (child_id, person_id) VALUES ('c1', 'p1')");
    expect(names('Jonas kom')).toEqual(['Jonas']); // … parents are

    // A change that is rolled back after the guard has seen it, then a different one.
    db.exec('BEGIN');
    db.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c2', 'Viggo Rulletilbage', '2022-03-01', 'x')");
    expect(names('Viggo')).toEqual(['Viggo']);
    db.exec('ROLLBACK');
    db.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c3', 'Freja Nysted', '2022-03-01', 'x')");
    expect(names('Viggo og Freja')).toEqual(['Freja']);
    db.close();
  });
});
