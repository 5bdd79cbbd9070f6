import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { makeCore, tempDir, testKey, type TestCore } from '../../../helpers/core';
import { seedFixture, type Seeded } from '../../../helpers/fixtures';
import { ressourceteamMeeting } from '../../../helpers/scenarios';
import { signatureDataUrl } from '../../../helpers/png';

/** Sealing changes nothing search shows, so it writes nothing to the index (issue 17, migration 0270). */
let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

const index = () => ({
  rows: tc.core.db.prepare('SELECT rowid, kind, entity_id, meeting_id, child_id, title, body FROM search_index ORDER BY rowid').all(),
  // FTS5's own pages: any index work (an insert, a delete, a merge) changes them.
  pages: tc.core.db.prepare('SELECT id, block FROM search_index_data ORDER BY id').all(),
});

describe('migration 0270 seal-keeps-search', () => {
  it('a seal leaves the search index byte for byte as the approval left it; approving and correcting still re-index', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false });
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    const state = await tc.call('referat.get', { meetingId: id });
    for (const [n, signer] of state.requiredSigners.entries()) {
      await tc.call('referat.sign', { meetingId: id, signerLabel: signer.label, name: signer.suggestedName ?? 'Underskriver', role: signer.label, method: 'tegnet', imageDataUrl: signatureDataUrl(n) });
    }
    const approved = index();
    expect((approved.rows as { kind: string; meeting_id: string }[]).filter((r) => r.meeting_id === id).map((r) => r.kind)).toContain('referat');
    await tc.call('referat.seal', { meetingId: id });
    expect(index()).toEqual(approved);
    expect((await tc.call('search.query', { q: 'græder aflevering' })).results.map((r) => [r.kind, r.meetingId])).toEqual([['referat', id]]);

    // A correction that is approved still changes what search shows.
    await tc.call('referat.correct', { meetingId: id, reason: 'Forkert beskrivelse af afleveringen' });
    const draft = structuredClone((await tc.call('referat.get', { meetingId: id })).body!);
    draft.items.find((i) => i.childId === s.children.freja.id)!.text = 'Freja trøstes hurtigt ved afleveringen.';
    await tc.call('referat.update', { meetingId: id, body: draft });
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    expect((await tc.call('search.query', { q: 'trøstes' })).results.map((r) => r.meetingId)).toEqual([id]);
  });

  it('upgrades a version-260 database', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 260) }).close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 270) });
    expect(db.pragma('user_version', { simple: true })).toBe(270);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_referat_au'").get() as { sql: string }).sql).toMatch(/WHEN NOT \(OLD\.body IS NEW\.body/);
    db.close();
  });
});
