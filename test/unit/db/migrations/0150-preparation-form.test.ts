import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0150 preparation-form', () => {
  it('adds one entry per professional and item, whose level always carries its scale', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 130) }).close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    expect(db.pragma('user_version', { simple: true })).toBe(150);
    db.exec(`INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Henriette van Dalen', 'HvD', 'ppr_psykolog', 'x')`);
    db.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, created_at, updated_at)
             VALUES ('m1', 'fokusteammoede', 1, '{}', 'Fokusteammøde', 'fokusteammoede', 'Fokusteammøde', '2026-12-10', '13:00', '14:30', '', 'x', 'x')`);
    db.exec(`INSERT INTO agenda_items (id, meeting_id, position, kind, title, minutes, updated_at) VALUES ('i1', 'm1', 1, 'barn', 'Barn', 25, 'x')`);
    const add = (id: string, variant: string | null, level: string | null) =>
      db.prepare(`INSERT INTO preparation_entries (id, meeting_id, item_id, person_id, linealen_variant, linealen_level, created_at, updated_at) VALUES (?, 'm1', 'i1', 'p1', ?, ?, 'x', 'x')`).run(id, variant, level);
    expect(() => add('e0', null, '3')).toThrow(/CHECK/);
    add('e1', 'thisted', '3');
    expect(() => add('e2', 'thisted', '2')).toThrow(/UNIQUE/);
    db.exec("DELETE FROM meetings WHERE id = 'm1'");
    expect(db.prepare('SELECT count(*) AS n FROM preparation_entries').get()).toEqual({ n: 0 });
    db.close();
  });
});
