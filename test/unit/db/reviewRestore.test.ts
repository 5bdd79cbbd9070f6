import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDatabase } from '../../../electron/core/app/restoreFlow';
import { writeRekeyedCopy, removeDbFile } from '../../../electron/core/db/restore';
import { makeCore, tempDir, testKey, type TestCore } from '../../helpers/core';
import { decryptPages, flipByteInPage, freeLeafPages } from '../../helpers/sqlcipherPages';

/**
 * Review of issue 17 (byte copy + re-key + quick_check / integrity_check on the copy). Each test states the promise it
 * attacks; a failing assertion is a fault.
 */
const PASS = 'hemmelig-kode-1';

async function seed(tc: TestCore, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

async function backup(tc: TestCore, passphrase = PASS, name = 'kopi.tovholder'): Promise<string> {
  const target = join(tempDir(), name);
  tc.dialogs.saves.push(target);
  await tc.call('db.backup', { passphrase, repeat: passphrase });
  return target;
}

async function names(tc: TestCore): Promise<string[]> {
  return (await tc.call('child.list', {})).map((c) => c.name).sort();
}

function open(path: string, secret: { passphrase?: string; key?: Buffer }, readonly = false): Database.Database {
  const db = new Database(path, { readonly, fileMustExist: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(secret.key ? `key="x'${secret.key.toString('hex')}'"` : `key='${secret.passphrase!}'`);
  return db;
}

/** A core whose database has ~50 free pages (a scratch table of 200 kB, dropped). */
async function coreWithFreePages(): Promise<TestCore> {
  const tc = makeCore();
  await seed(tc, 'Villads Kragelund');
  await seed(tc, 'Ella Bøgh');
  tc.core.db.exec('CREATE TABLE scratch(x); INSERT INTO scratch VALUES (randomblob(200000)); DROP TABLE scratch');
  tc.core.db.pragma('wal_checkpoint(TRUNCATE)');
  return tc;
}

describe('review: damage that holds no data', { timeout: 60_000 }, () => {
  it('R1 a live database with one damaged FREE page (no data in it) can still be backed up', async () => {
    // Old code: VACUUM INTO read only the live b-trees. New code: the byte copy carries every free page and the
    // re-key decrypts (HMAC-checks) every page – so one rotten free page makes every backup fail.
    const tc = await coreWithFreePages();
    const dbFile = join(tc.dir, 'tovholder.db');
    const free = freeLeafPages(dbFile, { key: tc.key });
    expect(free.length).toBeGreaterThan(10);
    tc.close();
    flipByteInPage(dbFile, free[Math.floor(free.length / 2)]!);
    const again = makeCore({ dir: tc.dir, key: tc.key });
    expect(await names(again)).toEqual(['Ella Bøgh', 'Villads Kragelund']); // every row still reads
    const db = open(dbFile, { key: tc.key }, true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok'); // SQLite itself calls the database sound
    db.close();
    const target = join(tempDir(), 'kopi.tovholder');
    again.dialogs.saves.push(target);
    const res = await again.raw('db.backup', { passphrase: PASS, repeat: PASS });
    // The old path (VACUUM INTO, which reads only the live b-trees) copies the same database without complaint.
    const vac = join(tempDir(), 'vacuum.db');
    again.core.db.prepare('VACUUM INTO ?').run(vac);
    expect(res.error, 'backup of a sound database refused').toBeUndefined();
    again.close();
  });

  it('R2 a live database with one damaged FREE page can still change its key (writeRekeyedCopy)', async () => {
    const tc = await coreWithFreePages();
    const dbFile = join(tc.dir, 'tovholder.db');
    const free = freeLeafPages(dbFile, { key: tc.key });
    tc.close();
    flipByteInPage(dbFile, free[Math.floor(free.length / 2)]!);
    const again = makeCore({ dir: tc.dir, key: tc.key });
    let err: unknown = null;
    let copy: string | null = null;
    try {
      copy = writeRekeyedCopy(again.core.db, again.key, testKey(), dbFile);
    } catch (e) {
      err = e;
    }
    if (copy) removeDbFile(copy);
    expect((err as Error | null)?.message ?? null, 'key change of a sound database refused').toBeNull();
    again.close();
  });

  it('R3 a backup damaged only in a FREE page: the choice and the confirmed restore agree', async () => {
    const tc = await coreWithFreePages();
    const path = await backup(tc);
    const free = freeLeafPages(path, { passphrase: PASS });
    expect(free.length, 'the byte-copied backup carries the live file’s free pages').toBeGreaterThan(10);
    flipByteInPage(path, free[Math.floor(free.length / 2)]!);
    tc.dialogs.opens.push(path);
    const choose = await tc.raw('db.restoreChoose', { passphrase: PASS });
    const chooseCode = choose.ok ? 'ok' : choose.error!.code;
    const confirm = choose.ok ? await tc.raw('db.restore', { candidateId: (choose.value as { candidateId: string }).candidateId }) : null;
    const confirmCode = confirm ? (confirm.ok ? 'ok' : confirm.error!.code) : chooseCode;
    expect({ chooseCode, confirmCode }).toEqual({ chooseCode: confirmCode, confirmCode });
    tc.close();
  });
});

describe('review: what the user confirmed is what is restored', { timeout: 60_000 }, () => {
  it('R4 a candidate replaced by ANOTHER valid backup (same passphrase) between choose and confirm', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const one = await backup(tc);
    await seed(tc, 'Ella Bøgh');
    await seed(tc, 'Tredje Barn');
    const three = await backup(tc, PASS, 'anden.tovholder');
    await seed(tc, 'Fjerde Barn');
    tc.dialogs.opens.push(one);
    const candidate = await tc.call('db.restoreChoose', { passphrase: PASS });
    expect(candidate!.summary.children).toBe(1); // what the user saw and confirmed
    copyFileSync(three, one); // e.g. a sync client or a second save to the same name
    const res = await tc.raw('db.restore', { candidateId: candidate!.candidateId });
    const after = await names(tc);
    expect({ ok: res.ok, children: after.length }, 'restored data the user never saw').toEqual({ ok: false, children: 4 });
    tc.close();
  });

});

describe('review: a backup reported as made can always be restored', { timeout: 60_000 }, () => {
  it('R6 live database with an index that no longer matches its table: backup reported made, restore refuses it', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    await seed(tc, 'Ella Bøgh');
    tc.close();
    const dbFile = join(tc.dir, 'tovholder.db');
    const db = open(dbFile, { key: tc.key });
    db.unsafeMode(true);
    const idx = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'children_birth_date'").get() as { sql: string };
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = ? WHERE name = 'children_birth_date'").run(idx.sql.replace('(birth_date)', '(name)'));
    db.pragma('writable_schema = OFF');
    db.close();
    const again = makeCore({ dir: tc.dir, key: tc.key });
    const target = join(tempDir(), 'kopi.tovholder');
    again.dialogs.saves.push(target);
    const made = await again.raw('db.backup', { passphrase: PASS, repeat: PASS });
    const other = makeCore();
    await seed(other, 'Andet Barn');
    other.dialogs.opens.push(target);
    const choose = await other.raw('db.restoreChoose', { passphrase: PASS });
    const restore = choose.ok ? await other.raw('db.restore', { candidateId: (choose.value as { candidateId: string }).candidateId }) : choose;
    // Either the backup is refused when made, or it restores.
    expect({ backupOk: made.ok, restoreOk: restore.ok, restoreErr: restore.error?.code }).not.toMatchObject({ backupOk: true, restoreOk: false });
    again.close();
    other.close();
  });


});

describe('review: candidates with a WAL, safety copies, the data folder', { timeout: 60_000 }, () => {

  it('R10 choosing and restoring a safety copy leaves the data folder holding what it held (no -wal/-shm/tmp)', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    await seed(tc, 'Nyere Barn');
    tc.dialogs.opens.push(path);
    const c = await tc.call('db.restoreChoose', { passphrase: PASS });
    await tc.call('db.restore', { candidateId: c!.candidateId });
    const copies = await tc.call('db.safetyCopies', {});
    const before = readdirSync(tc.dir).sort();
    const undo = await tc.call('db.restoreSafetyCopy', { name: copies[0]!.name });
    expect(readdirSync(tc.dir).sort(), 'after choosing the safety copy').toEqual(before);
    // Damage the safety copy after the choice: refused, folder as it was.
    const sc = join(tc.dir, copies[0]!.name);
    const bytes = readFileSync(sc);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(sc, bytes);
    const res = await tc.raw('db.restore', { candidateId: undo.candidateId });
    expect(res.error?.code).toBe('RESTORE_DAMAGED');
    expect(readdirSync(tc.dir).sort(), 'after the refused restore').toEqual(before);
    expect(await names(tc)).toEqual(['Villads Kragelund']);
    tc.close();
  });

  it('R11 restore with db = null (the lock screen): the safety copy keeps the changes still in the WAL', async () => {
    // The lock screen calls replaceDatabase with db: null; after a crash the newest commits live only in the WAL.
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    tc.core.db.pragma('wal_autocheckpoint = 0');
    await seed(tc, 'Kun i WAL');
    const dir = tempDir('review-crash-');
    for (const f of readdirSync(tc.dir)) if (f.startsWith('tovholder.db')) copyFileSync(join(tc.dir, f), join(dir, f));
    tc.close();
    expect(existsSync(join(dir, 'tovholder.db-wal'))).toBe(true);
    const res = await replaceDatabase({
      dbFile: join(dir, 'tovholder.db'),
      dataDir: dir,
      candidate: { path, secret: { passphrase: PASS }, kind: 'backup' },
      dbKey: tc.key,
      db: null,
      now: new Date(),
    });
    const sc = open(join(dir, res.safetyCopy!), { key: tc.key }, true);
    const kept = (sc.prepare('SELECT name FROM children ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    sc.close();
    expect(kept, 'the safety copy must hold everything the replaced data held').toEqual(['Kun i WAL', 'Villads Kragelund']);
  });
});



describe('review: what a byte copy carries', { timeout: 60_000 }, () => {
  it('R13 an overwritten note and a removed decision leave no word in the byte-copied backup, free pages included', async () => {
    const tc = makeCore();
    await tc.call('settings.completeFirstRun', { profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' } });
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-01', startTime: '12:30' });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { notes: 'Qwertzuiopnote skrevet først. '.repeat(40) } });
    await tc.call('item.update', { id: slot.id, patch: { notes: 'Erstattet.' } });
    const withDecision = await tc.call('decision.add', { itemId: slot.id, text: 'Blorpfiskbeslutning skal slettes. '.repeat(40) });
    await tc.call('decision.remove', { id: withDecision.decisions[0]!.id });
    const path = await backup(tc);
    const live = decryptPages(join(tc.dir, 'tovholder.db'), { key: tc.key }).toString('utf8').toLowerCase();
    const bak = decryptPages(path, { passphrase: PASS }).toString('utf8').toLowerCase();
    expect(live).toContain('erstattet'); // the control: the decryption reads the file
    expect(bak).toContain('erstattet');
    expect({ liveNote: live.includes('qwertzuiopnote'), liveDecision: live.includes('blorpfiskbeslutning') }).toEqual({ liveNote: false, liveDecision: false });
    expect({ backupNote: bak.includes('qwertzuiopnote'), backupDecision: bak.includes('blorpfiskbeslutning') }).toEqual({ backupNote: false, backupDecision: false });
    tc.close();
  });
});

describe('review: a restore refused because a reader holds the log', { timeout: 60_000 }, () => {
  it('R16 refused with a Danish reason, and the data folder holds what it held (no stray safety copy)', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    await seed(tc, 'Ella Bøgh');
    tc.dialogs.opens.push(path);
    const c = await tc.call('db.restoreChoose', { passphrase: PASS });
    const reader = open(join(tc.dir, 'tovholder.db'), { key: tc.key }, true);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM children').get();
    await seed(tc, 'Tredje Barn'); // the reader's snapshot is now behind the log
    const before = readdirSync(tc.dir).sort();
    const res = await tc.raw('db.restore', { candidateId: c!.candidateId });
    reader.exec('COMMIT');
    reader.close();
    expect(res.ok).toBe(false);
    expect(res.error?.message).toMatch(/[æøå]/);
    expect(await names(tc)).toEqual(['Ella Bøgh', 'Tredje Barn', 'Villads Kragelund']);
    expect(readdirSync(tc.dir).sort()).toEqual(before);
    tc.close();
  });
});

describe('review: where a backup may be written', { timeout: 60_000 }, () => {
  it('R20 a backup saved over the live database file (chosen in the save dialog) loses nothing', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    tc.dialogs.saves.push(join(tc.dir, 'tovholder.db'));
    const res = await tc.raw('db.backup', { passphrase: PASS, repeat: PASS });
    const after = await tc.raw('child.save', { name: 'Efter Kopien', birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    tc.close();
    let reopened: string[] | string;
    try {
      const again = makeCore({ dir: tc.dir, key: tc.key });
      reopened = await names(again);
      again.close();
    } catch (err) {
      reopened = String(err);
    }
    expect(
      { backup: res.ok ? 'made' : res.error?.code, laterSave: after.ok, reopened },
      'the backup replaced the live file: the data no longer open with the key',
    ).toMatchObject({ reopened: after.ok ? ['Efter Kopien', 'Villads Kragelund'] : ['Villads Kragelund'] });
  });
});
