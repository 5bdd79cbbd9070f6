import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0151 internal-notes', () => {
  it('marks no existing note as internal, and accepts only 0 or 1', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    old.exec(`INSERT INTO children (id, name, birth_date, institution, created_at) VALUES ('c1', 'Aksel Nørregaard Holm', '2021-05-14', 'Solsikken', 'x')`);
    old.exec(`INSERT INTO parent_contacts (id, child_id, kind, date, by_name, note, created_at) VALUES ('pc1', 'c1', 'bekymring_orienteret', '2026-11-20', 'ML', 'Mor var ked af det', 'x')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 151) });
    expect(db.pragma('user_version', { simple: true })).toBe(151);
    expect(db.prepare('SELECT note, note_internal FROM parent_contacts').get()).toEqual({ note: 'Mor var ked af det', note_internal: 0 });
    expect(() => db.exec("UPDATE parent_contacts SET note_internal = 2")).toThrow(/CHECK/);
    db.exec(`INSERT INTO trivsel_assessments (id, child_id, date, dimensions, overall, note, by_name, labels, created_at, note_internal) VALUES ('t1', 'c1', '2026-11-20', '[]', 'ekstra', 'Intern vurdering', 'ML', 'aalborg', 'x', 1)`);
    expect(db.prepare('SELECT note_internal FROM trivsel_assessments').get()).toEqual({ note_internal: 1 });
    db.close();
  });
});
