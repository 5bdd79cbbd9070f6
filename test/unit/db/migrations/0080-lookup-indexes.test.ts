import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0080 lookup-indexes', () => {
  it('upgrades a version-70 database; the lookups that scanned whole tables now search an index', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 70) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    expect(db.pragma('user_version', { simple: true })).toBe(80);
    expect(db.prepare('SELECT title FROM meetings').get()).toEqual({ title: 'Møde' });
    const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT id FROM followups WHERE meeting_id = ? ORDER BY created_at', 'm1')).toMatch(/USING INDEX followups_meeting/);
    expect(plan("SELECT id FROM meetings WHERE template_id = ? AND child_id IS ? AND status != 'aflyst' ORDER BY date DESC LIMIT 1", 't', null)).toMatch(/USING INDEX meetings_template_child/);
    expect(plan('SELECT child_id FROM guardians WHERE person_id = ?', 'p')).toMatch(/USING (COVERING )?INDEX guardians_person/);
    expect(plan("SELECT id FROM meetings WHERE status = 'i_gang'")).toMatch(/USING (COVERING )?INDEX meetings_status/);
    db.close();
  });
});
