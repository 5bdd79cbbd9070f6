import { copyFileSync, existsSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSafetyCopies, SAFETY_COPY_PREFIX } from '../../../electron/core/db/safetyCopies';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { decryptPages } from '../../helpers/sqlcipherPages';
import { deletedWords, FREJA_DELETED_TEXTS, seedFixture, type Seeded } from '../../helpers/fixtures';
import { startAsPlanned } from '../../helpers/scenarios';

/**
 * Issue 13, item 2: deletion deletes. After a retention deletion, no word of what was deleted is left anywhere it could
 * be read with the key: the database file (free pages included), its WAL, the FTS5 shadow tables, the safety copies a
 * restore left behind, and any backup made after the deletion. Searched case-insensitively.
 */
let tc: TestCore;
let s: Seeded;
const NOW = new Date('2026-12-15T10:00:00Z');
beforeAll(async () => {
  tc = makeCore({ now: () => NOW });
  await tc.call('settings.completeFirstRun', { profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' } });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

/** A copy of an encrypted database (with its WAL), every page decrypted with its key or passphrase; its bytes, lower-cased. */
function decryptedText(file: string, key: { raw?: Buffer; passphrase?: string }): string {
  const dir = tempDir('dekrypteret-');
  const copy = join(dir, 'copy.db');
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const db = new Database(copy);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(key.raw ? `key="x'${key.raw.toString('hex')}'"` : `key='${key.passphrase!.replace(/'/g, "''")}'`);
  db.pragma('journal_mode = DELETE'); // the WAL's pages into the file
  db.close();
  // Every page decrypted as it lies, free pages included (`PRAGMA rekey = ''` would vacuum them away).
  const bytes = decryptPages(copy, key.raw ? { key: key.raw } : { passphrase: key.passphrase! });
  rmSync(dir, { recursive: true, force: true }); // the plaintext copy must not linger among the test data
  expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
  return bytes.toString('utf8').toLowerCase();
}

function present(haystack: string, words: string[]): string[] {
  return words.filter((w) => haystack.includes(w));
}

/** Every value of every table, FTS5 shadow tables included, as lower-cased text. */
function tableText(db: Database.Database, filter: (name: string) => boolean): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name).filter(filter);
  const out: string[] = [];
  for (const t of tables) {
    for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]) {
      for (const v of row) out.push(Buffer.isBuffer(v) ? v.toString('utf8') : String(v));
    }
  }
  return out.join('\n').toLowerCase();
}

describe('retention deletion leaves no word of the deleted child anywhere', () => {
  let words: string[];
  let safetyCopy: string;

  it('records Freja’s case, notes edited by autosave, a decision and a follow-up, and a restore leaves a safety copy', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-01', startTime: '12:30' });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: s.children.freja.id } });
    await startAsPlanned(tc, m.id);
    await tc.call('item.update', { id: slot.id, patch: { notes: FREJA_DELETED_TEXTS[2]! } }); // an earlier autosave …
    await tc.call('item.update', { id: slot.id, patch: { notes: FREJA_DELETED_TEXTS[3]! } }); // … overwritten
    await tc.call('decision.add', { itemId: slot.id, text: FREJA_DELETED_TEXTS[4]! });
    await tc.call('followup.add', { itemId: slot.id, ownerInitials: 'IM', ownerPersonId: s.people.sundhed.id, text: FREJA_DELETED_TEXTS[5]!, dueDate: null });
    const aksel = m.items.filter((i) => i.kind === 'barn')[1]!;
    await tc.call('item.update', { id: aksel.id, patch: { childId: s.children.aksel.id } });
    await tc.call('item.update', { id: aksel.id, patch: { notes: 'Aksel leger godt med Rasmus-bilen.' } });
    await tc.call('meeting.end', { id: m.id });
    expect((await tc.call('search.query', { q: 'Krokodillegården' })).results.length).toBe(0); // the old text is not searchable …
    // … and a backup restored over the database leaves a safety copy holding Freja.
    const backup = join(tempDir(), 'før.tovholder');
    tc.dialogs.saves.push(backup);
    await tc.call('db.backup', { passphrase: 'kopi-adgangskode-1', repeat: 'kopi-adgangskode-1' });
    tc.dialogs.opens.push(backup);
    const candidate = await tc.call('db.restoreChoose', { passphrase: 'kopi-adgangskode-1' });
    const restored = await tc.call('db.restore', { candidateId: candidate!.candidateId });
    safetyCopy = restored.safetyCopy!;
    expect(existsSync(safetyCopy)).toBe(true);
    expect(present(decryptedText(safetyCopy, { raw: tc.key }), ['freja', 'snehvidekatten'])).toEqual(['freja', 'snehvidekatten']); // the control
  });

  it('deletes after the period: database, WAL, FTS shadow tables, safety copies – and a later backup – hold none of it', async () => {
    await tc.call('child.update', { id: s.children.freja.id, leftAt: '2026-01-31' });
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 6 } });
    await tc.call('retention.delete', { childId: s.children.freja.id, confirmed: true, reason: 'Testen sletter uden journaliseringspakke' });

    // Words that still belong to kept content (an „og", a „med") cannot be required gone; every other one must be.
    const kept = tableText(tc.core.db, (t) => !t.startsWith('search_index'));
    words = deletedWords().filter((w) => !kept.includes(w));
    for (const w of ['freja', 'ærø', 'vestergaard', 'nadia', 'krokodillegården', 'thorvald', 'snehvidekatten', 'bøgelunden', 'pyjamasfesten', 'vandpytspringet']) {
      expect(words, `„${w}" must be among the searched words (it is not in kept content)`).toContain(w);
    }
    expect(kept).toContain('aksel leger godt'); // the control: kept content is still there

    // The FTS5 shadow tables (segments, index, content, sizes), read with the key.
    expect(present(tableText(tc.core.db, (t) => t.startsWith('search_index')), words)).toEqual([]);
    tc.core.db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'search_index', 'row')");
    const terms = (tc.core.db.prepare('SELECT term FROM temp.vocab').all() as { term: string }[]).map((r) => r.term);
    expect(terms).toContain('aksel');
    expect(words.filter((w) => terms.includes(w))).toEqual([]);

    // The WAL holds nothing (checkpointed and truncated); the decrypted file, free pages included, holds no word.
    expect(existsSync(`${tc.core.dbFile}-wal`) ? statSync(`${tc.core.dbFile}-wal`).size : 0).toBe(0);
    const file = decryptedText(tc.core.dbFile, { raw: tc.key });
    expect(file).toContain('aksel nørregaard holm');
    expect(present(file, words)).toEqual([]);

    // The safety copy from before the deletion is gone, overwritten; none is left that holds Freja.
    expect(existsSync(safetyCopy)).toBe(false);
    for (const c of listSafetyCopies(tc.dir)) expect(present(decryptedText(c.path, { raw: tc.key }), words)).toEqual([]);

    // A backup made after the deletion holds none of it either.
    const after = join(tempDir(), 'efter.tovholder');
    tc.dialogs.saves.push(after);
    await tc.call('db.backup', { passphrase: 'kopi-adgangskode-2', repeat: 'kopi-adgangskode-2' });
    expect(present(decryptedText(after, { passphrase: 'kopi-adgangskode-2' }), words)).toEqual([]);
    const logged = (await tc.call('audit.list', {})).entries.filter((e) => e.action === 'retention.delete').map((e) => e.summary);
    expect(logged.some((x) => /Slettede 1 sikkerhedskopi/.test(x))).toBe(true);
  });
});

describe('safety copies expire by the kommune’s setting', () => {
  it('a copy older than safetyCopyDays is overwritten and removed when Tovholder starts; a newer one stays', async () => {
    const k = (await tc.call('settings.get', {})).kommune;
    expect(k.safetyCopyDays).toBe(30);
    await tc.call('settings.saveKommune', { ...k, safetyCopyDays: 7 });
    const old = join(tc.dir, `${SAFETY_COPY_PREFIX}2026-12-01T08-00-00-000Z.db`);
    const fresh = join(tc.dir, `${SAFETY_COPY_PREFIX}2026-12-10T08-00-00-000Z.db`);
    const renamed = join(tc.dir, `${SAFETY_COPY_PREFIX}omdøbt.db`);
    for (const f of [old, fresh, renamed]) writeFileSync(f, 'krypteret indhold');
    utimesSync(renamed, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z')); // no time in the name: its file time counts
    tc.close();
    const again = makeCore({ dir: tc.dir, key: tc.key, now: () => NOW });
    try {
      expect(existsSync(old)).toBe(false);
      expect(existsSync(renamed)).toBe(false);
      expect(existsSync(fresh)).toBe(true);
      expect((await again.call('settings.get', {})).kommune.safetyCopyDays).toBe(7);
      expect((await again.raw('settings.saveKommune', { ...k, safetyCopyDays: 0 })).error?.code).toBe('INVALID_INPUT');
    } finally {
      again.close();
      rmSync(fresh, { force: true });
      tc = makeCore({ dir: tc.dir, key: tc.key, now: () => NOW });
    }
  });
});
