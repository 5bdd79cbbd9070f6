import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { checkAuditChain, registerAuditAnchor, stageAnchorForKeyChange } from '../../../electron/core/audit/auditAnchor';
import { makeCore, type TestCore } from '../../helpers/core';

/**
 * Issue 13, item 5: with the key and a SQLite tool, deleting the newest audit entries, or rewriting one and
 * recomputing every later hash, is detected – at start and in the audit view.
 */
async function withLog(): Promise<TestCore> {
  const tc = makeCore();
  await tc.call('settings.completeFirstRun', { profile: { name: 'Jonas Vindelev', initials: 'JV', role: 'paedagogisk_leder', workplace: '' } });
  for (const date of ['2027-01-05', '2027-01-12', '2027-01-19']) await tc.call('meeting.create', { templateId: 'dialogmoede', date, startTime: '09:00' });
  await Promise.resolve(); // the anchor follows the committed head
  return tc;
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
}

/** What an attacker with the key would do: recompute the chain exactly as Tovholder does. */
function recompute(tc: TestCore): void {
  const db = tc.core.db;
  let prev = '0'.repeat(64);
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[]) {
    const canonical = JSON.stringify([r.seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.summary]);
    const hash = createHash('sha256').update(prev).update('\n').update(canonical).digest('hex');
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
    prev = hash;
  }
}

function reopen(tc: TestCore): TestCore {
  tc.close();
  return makeCore({ dir: tc.dir, key: tc.key });
}

describe('the audit chain is anchored outside the database', () => {
  it('an untouched log is intact and reaches its anchor, also after a restart', async () => {
    let tc = await withLog();
    const { chain } = await tc.call('audit.list', {});
    expect(chain).toMatchObject({ ok: true, message: expect.stringMatching(/når ankeret uden for databasen/) });
    tc = reopen(tc);
    expect(tc.core.auditAtStart.ok).toBe(true);
    expect((await tc.call('audit.list', {})).atStart.ok).toBe(true);
    tc.close();
  });

  it('deleting the newest entries with the key is detected, at start and in the audit view', async () => {
    let tc = await withLog();
    const before = (await tc.call('audit.list', {})).chain.entries;
    tc.core.db.exec('DROP TRIGGER audit_no_delete');
    tc.core.db.prepare('DELETE FROM audit_log WHERE seq > ?').run(before - 2);
    tc = reopen(tc);
    expect(tc.core.auditAtStart).toMatchObject({ ok: false, message: expect.stringMatching(/afkortet/) });
    const { chain, atStart } = await tc.call('audit.list', {});
    expect(chain).toMatchObject({ ok: false, entries: before - 2, message: expect.stringMatching(/De nyeste poster er slettet uden om Tovholder/) });
    expect(atStart.ok).toBe(false);
    // New work after the tampering does not move the anchor onto the shortened chain: it stays detected.
    await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2027-02-02', startTime: '09:00' });
    await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2027-02-09', startTime: '09:00' });
    await new Promise((r) => setImmediate(r));
    expect((await tc.call('audit.list', {})).chain.ok).toBe(false);
    tc.close();
  });

  it('rewriting one entry and recomputing every hash is detected', async () => {
    let tc = await withLog();
    tc.core.db.exec('DROP TRIGGER audit_no_update');
    tc.core.db.prepare("UPDATE audit_log SET actor = 'Ukendt' WHERE seq = 2").run();
    recompute(tc);
    tc = reopen(tc);
    const { chain } = await tc.call('audit.list', {});
    expect(chain.ok).toBe(false);
    expect(chain.message).toMatch(/skrevet om/);
    tc.close();
  });

  it('a forged or deleted anchor file is reported, never silently accepted', async () => {
    let tc = await withLog();
    const file = tc.core.auditAnchorFile;
    const anchor = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string; mac: string };
    writeFileSync(file, JSON.stringify({ ...anchor, seq: anchor.seq - 1 }));
    tc = reopen(tc);
    expect((await tc.call('audit.list', {})).chain).toMatchObject({ ok: false, message: expect.stringMatching(/anker.*ændret/) });
    rmSync(file);
    tc = reopen(tc);
    expect(tc.core.auditAtStart.message).toMatch(/oprettet nu/);
    tc.close();
  });

  it('a kill between a key change\'s swap and its re-anchoring leaves a log that reads as intact under either key', async () => {
    const tc = await withLog();
    const db = tc.core.db;
    const file = tc.core.auditAnchorFile;
    const next = randomBytes(32);
    // Without the staged anchor, the database under the new key would find the old key's MAC: a false „forged“.
    registerAuditAnchor(db, file, next);
    expect(checkAuditChain(db)).toMatchObject({ ok: false, message: expect.stringMatching(/anker .* passer ikke/) });
    // What Core.rekey does just before the swap: the anchor carries a MAC under the new key too.
    registerAuditAnchor(db, file, tc.key);
    stageAnchorForKeyChange(db, next);
    registerAuditAnchor(db, file, next); // the swap happened, reanchor never ran
    expect(checkAuditChain(db)).toMatchObject({ ok: true });
    registerAuditAnchor(db, file, tc.key); // rolled back: the old key still checks it
    expect(checkAuditChain(db)).toMatchObject({ ok: true });
    registerAuditAnchor(db, file, randomBytes(32)); // any other key does not
    expect(checkAuditChain(db).ok).toBe(false);
    tc.close();
  });
});
