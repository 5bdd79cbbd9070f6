import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { getKommune } from '../../../../electron/core/settings/kommune';
import { childDeadlines, upcoming } from '../../../../shared/domain/deadlines';
import { makeCore, tempDir, testKey } from '../../../helpers/core';

describe('migration 0250 children-birth-date', () => {
  it('upgrades a version-190 database; the children still in care are found by birth date through an index', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 190) });
    old.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Alma Thorsø', '2022-03-04', 'x')");
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 250) });
    expect(db.pragma('user_version', { simple: true })).toBe(250);
    expect(db.prepare('SELECT name FROM children').get()).toEqual({ name: 'Alma Thorsø' });
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id, name, birth_date, special_needs, social_sag FROM children WHERE left_at IS NULL AND birth_date >= ?').all('2019-01-01') as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/USING INDEX children_birth_date/);
    db.close();
  });
});

// The start page's deadlines read only the children young enough to have one ahead (issue 17): the same list as
// reading every child, for birth dates on both sides of the bound and on it.
describe('deadlines.upcoming reads only the children who can have a deadline ahead', { timeout: 30_000 }, () => {
  it('gives exactly what computing every child would give, across school-start years and the month-back margin', async () => {
    const births = ['2012-06-01', '2019-12-31', '2020-01-01', '2020-06-15', '2020-12-31', '2021-01-01', '2021-08-01', '2022-03-04', '2023-09-30', '2024-02-29', '2025-11-01', '2026-10-01'];
    let shown = 0;
    for (const today of ['2026-11-23', '2027-01-15', '2027-08-20', '2027-09-02']) {
      const tc = makeCore({ now: () => new Date(`${today}T09:00:00Z`) });
      for (const [i, birthDate] of births.entries()) {
        await tc.call('child.save', { name: `Barn ${String.fromCharCode(65 + i)} Kjærbæk`, birthDate, institution: 'Børnehuset Kastanjen', stue: '', socialSag: i % 3 === 0, cpr: null, language: 'dansk', tovholderPersonId: null });
      }
      const k = getKommune(tc.core.db);
      const everyChild = (tc.core.db.prepare('SELECT id, name, birth_date, special_needs, social_sag FROM children WHERE left_at IS NULL').all() as { id: string; name: string; birth_date: string; special_needs: number; social_sag: number }[])
        .flatMap((c) => upcoming(childDeadlines(c.birth_date, k.aarshjul, { specialNeeds: c.special_needs === 1 || c.social_sag === 1 }), today).map((d) => ({ childId: c.id, childName: c.name, ...d })))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date))
        .slice(0, 30);
      const got = await tc.call('deadlines.upcoming', {});
      expect(got, today).toEqual(everyChild);
      shown += got.length;
      tc.close();
    }
    expect(shown).toBeGreaterThan(4);
  });
});

// Only the children who can be among the first 30 are read (issue 17): per kind of deadline, the first 30 by birth
// date from the earliest one not yet a month past. With whole cohorts sharing a date (school start, the
// overgangsbeskrivelse) and more than 30 children per kind, the list is still exactly the full computation's.
describe('deadlines.upcoming with more children than the page holds', { timeout: 60_000 }, () => {
  it('equals computing every child, ordered by date and then birth date, for cohorts larger than 30', async () => {
    for (const today of ['2026-11-23', '2027-06-10']) {
      const tc = makeCore({ now: () => new Date(`${today}T09:00:00Z`) });
      const db = tc.core.db;
      const insert = db.prepare("INSERT INTO children (id, name, birth_date, special_needs, social_sag, created_at) VALUES (?, ?, ?, ?, ?, 'x')");
      // Inserted out of birth order, so table order and birth order differ.
      const births: string[] = [];
      for (let i = 0; i < 45; i++) births.push(`2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
      for (let i = 0; i < 45; i++) births.push(`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`);
      for (let i = 0; i < 20; i++) births.push(`2020-${String(1 + (i % 12)).padStart(2, '0')}-15`);
      db.transaction(() => births.forEach((b, i) => insert.run(`c${String((i * 37) % 110).padStart(3, '0')}`, `Barn ${i}`, b, i % 5 === 0 ? 1 : 0, i % 7 === 0 ? 1 : 0)))();
      const k = getKommune(db);
      const everyChild = (db.prepare('SELECT id, name, birth_date, special_needs, social_sag FROM children WHERE left_at IS NULL ORDER BY birth_date, rowid').all() as { id: string; name: string; birth_date: string; special_needs: number; social_sag: number }[])
        .flatMap((c) => upcoming(childDeadlines(c.birth_date, k.aarshjul, { specialNeeds: c.special_needs === 1 || c.social_sag === 1 }), today).map((d) => ({ childId: c.id, childName: c.name, ...d })))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date));
      expect(everyChild.length, today).toBeGreaterThan(30);
      expect(await tc.call('deadlines.upcoming', {}), today).toEqual(everyChild.slice(0, 30));
      tc.close();
    }
  });
});
