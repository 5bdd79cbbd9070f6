import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0100 true-history', () => {
  it('upgrades a version-80 database: approved meetings keep today’s names frozen, levels and trivsel keep their scale, a signer signs once', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    old.exec(`
      INSERT INTO settings (key, value) VALUES ('kommune', '{"linealenVariant":"thisted","trivselLabels":"farver"}');
      INSERT INTO people (id, name, initials, role, created_at) VALUES ('p1', 'Karim Østergaard', 'KØ', 'distriktsraadgiver', 'x');
      INSERT INTO children (id, name, birth_date, linealen_level, created_at) VALUES ('c1', 'Barn', '2022-01-01', '3', 'x'), ('c2', 'Andet barn', '2022-01-01', NULL, 'x');
      INSERT INTO trivsel_assessments (id, child_id, date, dimensions, overall, by_name, created_at) VALUES ('t1', 'c1', '2026-01-01', '[]', 'bekymring', 'X', 'x');
      INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
        VALUES ('m1', 't', 1, '{}', 'T', 'netvaerksmoede', 'Sealed', '2026-01-01', '09:00', '10:00', 'x', 'x'),
               ('m2', 't', 1, '{}', 'T', 'netvaerksmoede', 'Planned', '2026-02-01', '09:00', '10:00', 'x', 'x');
      INSERT INTO participants (id, meeting_id, person_id, role, position) VALUES ('a1', 'm1', 'p1', 'distriktsraadgiver', 0), ('a2', 'm2', 'p1', 'distriktsraadgiver', 0);
      INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v1', 'm1', 1, 'godkendt', '{}', 'D', 'x');
      INSERT INTO signatures (id, referat_version_id, signer_label, name, method, signed_at) VALUES ('s1', 'v1', 'Mødeleder', 'Karim Østergaard', 'navn', 'x');
    `);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 100) });
    expect(db.pragma('user_version', { simple: true })).toBe(100);
    expect(db.prepare('SELECT id, snap_name, snap_initials FROM participants ORDER BY id').all()).toEqual([
      { id: 'a1', snap_name: 'Karim Østergaard', snap_initials: 'KØ' },
      { id: 'a2', snap_name: null, snap_initials: null },
    ]);
    expect(db.prepare('SELECT id, linealen_variant FROM children ORDER BY id').all()).toEqual([
      { id: 'c1', linealen_variant: 'thisted' },
      { id: 'c2', linealen_variant: null },
    ]);
    expect(db.prepare('SELECT labels FROM trivsel_assessments').get()).toEqual({ labels: 'farver' });
    expect(() => db.exec("INSERT INTO signatures (id, referat_version_id, signer_label, name, method, signed_at) VALUES ('s2', 'v1', 'Mødeleder', 'Karim Østergaard', 'navn', 'y')")).toThrow(/UNIQUE/);
    db.exec("INSERT INTO journal_packages (id, child_id, fingerprint, categories, created_at, created_by) VALUES ('j1', 'c1', 'f', '[]', 'x', 'X')");
    db.close();
  });
});
