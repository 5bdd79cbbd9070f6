import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { FOLLOWUP_SELECT, toFollowup, type FollowupJoinRow } from '../../../electron/core/meetings/followupRows';
import type { Followup, FollowupCursor, FollowupPage } from '../../../shared/schemas/meeting';
import { makeCore, tempDir, testKey, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/**
 * The follow-up list in pages (issue 17, keyset pagination, migration 0260): walking every page gives exactly the
 * list the old query gave in one piece – open before closed, overdue first, then by due date with none last, then
 * created – for everyone's and one person's, with and without closed ones; a page is read through an index in order.
 */
const TODAY = '2026-11-23';
let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date(`${TODAY}T09:00:00Z`) });
  s = await seedFixture(tc);
  const dues = [null, '2026-10-01', '2026-11-22', TODAY, '2026-11-24', '2027-01-15', null, '2026-11-22', '2027-03-01'];
  let n = 0;
  for (const date of ['2026-12-07', '2027-01-04', '2027-02-01']) {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date, startTime: '12:30' });
    for (const item of m.items.slice(0, 4)) {
      for (let k = 0; k < 5; k++) {
        const mine = n % 3 === 0;
        const f = await tc.call('followup.add', {
          itemId: item.id,
          ownerPersonId: mine ? s.people.leader.id : null,
          ownerInitials: mine ? 'BSk' : 'XX',
          externalName: mine ? null : 'Ekstern Kontakt',
          text: `Opgave ${n}`,
          dueDate: dues[n % dues.length]!,
        });
        if (n % 4 === 1) await tc.call('followup.close', { id: f.followups.find((x) => x.text === `Opgave ${n}`)!.id, note: 'Klaret' });
        n++;
      }
    }
    // A cancelled meeting's follow-ups are never listed.
    if (date === '2027-02-01') await tc.call('meeting.cancel', { id: m.id, reason: 'Sygdom i personalegruppen', confirmed: true });
  }
});
afterAll(() => tc.close());

/** The list as the single query before pagination gave it. */
function oldList(personId: string | null, includeClosed: boolean): Followup[] {
  const rows = tc.core.db
    .prepare(
      `${FOLLOWUP_SELECT}
      WHERE m.status != 'aflyst' AND (@person IS NULL OR f.owner_person_id = @person) AND (@closed = 1 OR f.status = 'aaben')
      ORDER BY f.status = 'lukket', (f.due_date IS NOT NULL AND f.due_date < @today) DESC, f.due_date IS NULL, f.due_date, f.created_at, f.id`,
    )
    .all({ person: personId, closed: includeClosed ? 1 : 0, today: TODAY }) as FollowupJoinRow[];
  return rows.map((r) => toFollowup(r, TODAY));
}

async function walk(input: { scope: 'mine' | 'alle'; personId?: string; includeClosed: boolean }, limit: number): Promise<{ items: Followup[]; pages: number }> {
  const items: Followup[] = [];
  let after: FollowupCursor | null = null;
  let pages = 0;
  do {
    const page: FollowupPage = await tc.call('followup.list', { ...input, limit, after });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    after = page.next;
    pages++;
  } while (after && pages < 200);
  return { items, pages };
}

describe('followup.list in pages', () => {
  it('every page size walks to exactly the old single list, for all four choices of whose and closed', async () => {
    for (const [scope, includeClosed] of [['alle', false], ['alle', true], ['mine', false], ['mine', true]] as const) {
      const personId = scope === 'mine' ? s.people.leader.id : undefined;
      const expected = oldList(personId ?? null, includeClosed);
      expect(expected.length, `${scope} ${includeClosed}`).toBeGreaterThan(scope === 'mine' ? 5 : 20);
      for (const limit of [1, 2, 3, 7, 100]) {
        const { items, pages } = await walk({ scope, ...(personId ? { personId } : {}), includeClosed }, limit);
        expect(items.map((f) => f.text), `${scope} ${includeClosed} limit ${limit}`).toEqual(expected.map((f) => f.text));
        expect(items).toEqual(expected);
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
      }
    }
  });

  it('overdue open follow-ups come first; no cancelled meeting appears; the default page is 100 rows', async () => {
    const { items, next } = await tc.call('followup.list', { scope: 'alle' });
    expect(next).toBeNull();
    const overdue = items.filter((f) => f.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(items.slice(0, overdue.length).every((f) => f.overdue)).toBe(true);
    expect(items.some((f) => f.meetingDate === '2027-02-01')).toBe(false);
    expect(items.every((f) => f.status === 'aaben')).toBe(true);
  });

  it('refuses a page size over 500 and a cursor of the wrong shape in Danish, naming the field', async () => {
    const big = await tc.raw('followup.list', { scope: 'alle', limit: 501 });
    expect(big.ok).toBe(false);
    const bad = await tc.raw('followup.list', { scope: 'alle', after: { closed: false, dueDate: 'i morgen', createdAt: 'x', id: s.people.leader.id } });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'after.dueDate', message: expect.stringMatching(/ÅÅÅÅ-MM-DD/) });
    expect(big.error).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
  });
});

describe('migration 0260 followup-pages', () => {
  it('upgrades a version-250 database; each part of the order is read through an index, with no sort', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 250) }).close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 260) });
    expect(db.pragma('user_version', { simple: true })).toBe(260);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    for (const where of ["f.status = 'aaben' AND f.due_date IS NOT NULL AND (f.due_date, f.created_at, f.id) > ('2026-01-01', 'x', 'y')", "f.status = 'aaben' AND f.due_date IS NULL AND (f.created_at, f.id) > ('x', 'y')"]) {
      const all = plan(`SELECT f.id FROM followups f INDEXED BY followups_page JOIN meetings m ON m.id = f.meeting_id WHERE ${where} AND m.status != 'aflyst' ORDER BY f.due_date, f.created_at, f.id LIMIT 101`);
      expect(all).toMatch(/followups_page/);
      expect(all).not.toMatch(/TEMP B-TREE/);
      const mine = plan(`SELECT f.id FROM followups f INDEXED BY followups_owner_page JOIN meetings m ON m.id = f.meeting_id WHERE f.owner_person_id = 'p' AND ${where} AND m.status != 'aflyst' ORDER BY f.due_date, f.created_at, f.id LIMIT 101`);
      expect(mine).toMatch(/followups_owner_page/);
      expect(mine).not.toMatch(/TEMP B-TREE/);
    }
    db.close();
  });
});
