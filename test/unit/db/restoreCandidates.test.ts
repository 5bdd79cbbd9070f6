import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { openDb } from '../../../electron/core/db/openDb';
import { makeCore, tempDir, testKey, type TestCore } from '../../helpers/core';

const PASS = 'hemmelig-kode-1';

async function seed(tc: TestCore, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

async function backup(tc: TestCore): Promise<string> {
  const target = join(tempDir(), 'kopi.tovholder');
  tc.dialogs.saves.push(target);
  await tc.call('db.backup', { passphrase: PASS, repeat: PASS });
  return target;
}

/** A SQLCipher file with the passphrase, built by `fill`. */
function sqlcipherFile(fill: (db: Database.Database) => void): string {
  const path = join(tempDir(), 'anden.tovholder');
  const db = new Database(path);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key='${PASS}'`);
  fill(db);
  db.close();
  return path;
}

async function state(tc: TestCore) {
  const audit = await tc.call('audit.list', { limit: 1000 });
  return { children: (await tc.call('child.list', {})).map((c) => c.name).sort(), audit: audit.entries.length, files: readdirSync(tc.dir).sort() };
}

describe('restore never replaces data with nothing', { timeout: 30_000 }, () => {
  const cases: { name: string; make: (tc: TestCore) => Promise<string>; code: string; message: RegExp }[] = [
    {
      name: 'an empty file',
      make: async () => {
        const p = join(tempDir(), 'tom.tovholder');
        writeFileSync(p, '');
        return p;
      },
      code: 'RESTORE_EMPTY',
      message: /tom \(0 byte\)/,
    },
    {
      name: 'a real backup cut to 0 bytes',
      make: async (tc) => {
        const p = await backup(tc);
        writeFileSync(p, Buffer.alloc(0));
        return p;
      },
      code: 'RESTORE_EMPTY',
      message: /tom \(0 byte\)/,
    },
    {
      name: 'a real backup cut to 1 byte',
      make: async (tc) => {
        const p = await backup(tc);
        writeFileSync(p, readFileSync(p).subarray(0, 1));
        return p;
      },
      code: 'RESTORE_DAMAGED',
      message: /kun 1 byte/,
    },
    {
      name: 'a real backup cut in half',
      make: async (tc) => {
        const p = await backup(tc);
        const bytes = readFileSync(p);
        writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096 || 4096));
        return p;
      },
      code: 'RESTORE_DAMAGED',
      message: /beskadiget/,
    },
    { name: '/dev/null', make: async () => '/dev/null', code: 'RESTORE_EMPTY', message: /ikke en almindelig fil/ },
    {
      name: "another installation's data file",
      make: async () => {
        const other = makeCore();
        await seed(other, 'Fremmed Barn');
        other.close();
        return join(other.dir, 'tovholder.db');
      },
      code: 'RESTORE_BAD_FILE',
      message: /adgangskoden er forkert, eller filen er ikke en Tovholder-sikkerhedskopi/,
    },
    {
      name: 'random bytes',
      make: async () => {
        const p = join(tempDir(), 'tilfaeldig.tovholder');
        writeFileSync(p, randomBytes(64 * 1024));
        return p;
      },
      code: 'RESTORE_BAD_FILE',
      message: /Intet er ændret/,
    },
    {
      name: 'an encrypted database that is not Tovholder',
      make: async () => sqlcipherFile((db) => db.exec("CREATE TABLE noter (tekst TEXT); INSERT INTO noter VALUES ('x')")),
      code: 'RESTORE_NOT_TOVHOLDER',
      message: /ikke en Tovholder-database/,
    },
    {
      name: 'a Tovholder database from a newer app',
      make: async (tc) => {
        const p = await backup(tc);
        const db = new Database(p);
        db.pragma(`cipher='sqlcipher'`);
        db.pragma('legacy=4');
        db.pragma(`key='${PASS}'`);
        db.pragma(`user_version = ${LATEST_VERSION + 10}`);
        db.close();
        return p;
      },
      code: 'RESTORE_TOO_NEW',
      message: /nyere version/,
    },
    {
      name: 'a Tovholder database that holds no data',
      make: async () => {
        const dir = tempDir();
        const key = testKey();
        openDb({ file: join(dir, 'tovholder.db'), key }).close();
        const fresh = makeCore({ dir, key });
        // Nothing saved: the schema is there, no rows.
        fresh.core.db.exec('DELETE FROM audit_log');
        const target = join(tempDir(), 'tom-db.tovholder');
        fresh.dialogs.saves.push(target);
        const res = await fresh.raw('db.backup', { passphrase: PASS, repeat: PASS });
        fresh.close();
        // Even the backup itself refuses to be written: test-opened, it would restore nothing.
        expect(res.error?.code).toBe('BACKUP_FAILED');
        return sqlcipherFile((db) => {
          const src = openDb({ file: ':memory:', key });
          for (const { sql } of src.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL AND name NOT LIKE 'search%'").all() as { sql: string }[]) db.exec(sql);
          db.pragma(`user_version = ${LATEST_VERSION}`);
          src.close();
        });
      },
      code: 'RESTORE_EMPTY',
      message: /ingen data/,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: refused before anything is replaced, with a Danish reason`, async () => {
      const tc = makeCore();
      await seed(tc, 'Villads Kragelund');
      await seed(tc, 'Ella Bøgh');
      const path = await c.make(tc);
      const before = await state(tc);
      tc.dialogs.opens.push(path);
      const res = await tc.raw('db.restoreChoose', { passphrase: PASS });
      expect(res.ok).toBe(false);
      expect(res.error?.code).toBe(c.code);
      expect(res.error?.message).toMatch(c.message);
      expect(res.error?.message).toMatch(/Intet er ændret/);
      expect(await state(tc)).toEqual(before);
      tc.close();
    });
  }

  it('a candidate that goes bad between looking and confirming is checked again and refused', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    await seed(tc, 'Ella Bøgh');
    tc.dialogs.opens.push(path);
    const candidate = await tc.call('db.restoreChoose', { passphrase: PASS });
    writeFileSync(path, '');
    const before = await state(tc);
    expect((await tc.raw('db.restore', { candidateId: candidate!.candidateId })).error?.code).toBe('RESTORE_EMPTY');
    expect(await state(tc)).toEqual(before);
    tc.close();
  });
});

/**
 * A backup whose index on children's birth dates is re-pointed at their names: every page decrypts and every b-tree is
 * well formed, so the quick check of the choice passes – but the index no longer matches its table, which only the
 * full integrity_check finds.
 */
function skewIndex(path: string): void {
  const db = new Database(path);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key='${PASS}'`);
  db.unsafeMode(true);
  const idx = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name = 'children_birth_date'").get() as { name: string; sql: string };
  db.pragma('writable_schema = ON');
  db.prepare('UPDATE sqlite_master SET sql = ? WHERE name = ?').run(idx.sql.replace('(birth_date)', '(name)'), idx.name);
  db.pragma('writable_schema = OFF');
  db.close();
}

// Issue 17: the restore reads the candidate again, re-keys it and runs the full check on the copy that will become
// the database. Whatever happened to the file after the user looked at it, nothing is replaced.
describe('a candidate that changes between looking and confirming', { timeout: 30_000 }, () => {
  const damages: { name: string; damage: (path: string) => void; code: string }[] = [
    { name: 'cut in half', damage: (p) => writeFileSync(p, readFileSync(p).subarray(0, Math.floor(readFileSync(p).length / 2 / 4096) * 4096)), code: 'RESTORE_DAMAGED' },
    {
      name: 'one byte changed in a middle page',
      damage: (p) => {
        const bytes = readFileSync(p);
        const at = Math.floor(bytes.length / 4096 / 2) * 4096 + 1000;
        bytes[at] = bytes[at]! ^ 0xff;
        writeFileSync(p, bytes);
      },
      code: 'RESTORE_DAMAGED',
    },
    { name: 'an index that no longer matches its table', damage: skewIndex, code: 'RESTORE_DAMAGED' },
    { name: 'replaced by random bytes', damage: (p) => writeFileSync(p, randomBytes(readFileSync(p).length)), code: 'RESTORE_BAD_FILE' },
  ];
  for (const d of damages) {
    it(`${d.name}: refused with a Danish reason, the data and the data folder as they were`, async () => {
      const tc = makeCore();
      await seed(tc, 'Villads Kragelund');
      await seed(tc, 'Ella Bøgh');
      const path = await backup(tc);
      await seed(tc, 'Efterfølgende Barn');
      tc.dialogs.opens.push(path);
      const candidate = await tc.call('db.restoreChoose', { passphrase: PASS });
      d.damage(path);
      const before = await state(tc);
      const res = await tc.raw('db.restore', { candidateId: candidate!.candidateId });
      expect(res.error?.code).toBe(d.code);
      expect(res.error?.message).toMatch(/Intet er ændret/);
      // No half-made copy is left behind: the folder holds exactly what it held.
      expect(await state(tc)).toEqual(before);
      tc.close();
    });
  }

  it('an index that no longer matches its table passes the quick look but never the restore', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    skewIndex(path);
    tc.dialogs.opens.push(path);
    const candidate = await tc.call('db.restoreChoose', { passphrase: PASS });
    expect(candidate!.summary.children).toBe(1);
    expect((await tc.raw('db.restore', { candidateId: candidate!.candidateId })).error?.code).toBe('RESTORE_DAMAGED');
    tc.close();
  });
});

describe('the safety copy made before a restore', { timeout: 30_000 }, () => {
  it('is listed, shows what it holds, and can be restored – undoing the restore', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const path = await backup(tc);
    await seed(tc, 'Nyere Barn');
    tc.dialogs.opens.push(path);
    const candidate = await tc.call('db.restoreChoose', { passphrase: PASS });
    const restored = await tc.call('db.restore', { candidateId: candidate!.candidateId });
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);

    const copies = await tc.call('db.safetyCopies', {});
    expect(copies).toHaveLength(1);
    expect(join(tc.dir, copies[0]!.name)).toBe(restored.safetyCopy);
    const undo = await tc.call('db.restoreSafetyCopy', { name: copies[0]!.name });
    expect(undo).toMatchObject({ kind: 'safetyCopy', summary: { children: 2 } });
    await tc.call('db.restore', { candidateId: undo.candidateId });
    expect((await tc.call('child.list', {})).map((c) => c.name).sort()).toEqual(['Nyere Barn', 'Villads Kragelund']);
    // Undoing made its own safety copy of what it replaced.
    expect(await tc.call('db.safetyCopies', {})).toHaveLength(2);
    tc.close();
  });

  it('only a name from the list is accepted, never a path', async () => {
    const tc = makeCore();
    for (const name of ['../tovholder.db', '/etc/passwd', 'tovholder.db', 'tovholder-foer-gendannelse-x/../../y.db']) {
      expect((await tc.raw('db.restoreSafetyCopy', { name })).error?.code).toBe('NOT_FOUND');
    }
    tc.close();
  });
});
