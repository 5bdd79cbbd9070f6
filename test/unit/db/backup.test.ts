import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCore, tempDir } from '../../helpers/core';

export async function seed(tc: ReturnType<typeof makeCore>, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

async function backup(tc: ReturnType<typeof makeCore>, passphrase = 'hemmelig-kode-1') {
  const target = join(tempDir(), 'kopi.tovholder');
  tc.dialogs.saves.push(target);
  await tc.call('db.backup', { passphrase, repeat: passphrase });
  return target;
}

// A restore copies, re-keys and checks whole files; on a loaded CI machine that can pass 5 s.
describe('backup and restore', { timeout: 30_000 }, () => {
  it('round-trips: a backup restored later brings back exactly what was saved, after the user saw what it holds', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    const res = await tc.call('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' });
    expect(res?.path).toBe(target);
    expect(res!.bytes).toBeGreaterThan(0);

    await seed(tc, 'Efterfølgende Barn');
    expect((await tc.call('child.list', {})).map((c) => c.name)).toHaveLength(2);

    tc.dialogs.opens.push(target);
    const candidate = await tc.call('db.restoreChoose', { passphrase: 'hemmelig-kode-1' });
    expect(candidate).toMatchObject({ name: 'kopi.tovholder', kind: 'backup', summary: { children: 1, meetings: 0 } });
    expect(candidate!.summary.lastChange).not.toBeNull();
    // Looking changes nothing.
    expect((await tc.call('child.list', {})).map((c) => c.name)).toHaveLength(2);
    const restored = await tc.call('db.restore', { candidateId: candidate!.candidateId });
    expect(restored.restored).toBe(true);
    expect(restored.safetyCopy && existsSync(restored.safetyCopy)).toBe(true);
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
    // A confirmation is used once.
    expect((await tc.raw('db.restore', { candidateId: candidate!.candidateId })).error?.code).toBe('NOT_FOUND');
    tc.close();
  });

  it('a backup taken while another reader holds the log still holds the newest change, and so does one without', async () => {
    // The copy is the file's bytes after a full checkpoint; when a reader keeps the checkpoint from finishing,
    // VACUUM INTO takes the copy. Both must hold every committed change.
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const quiet = await backup(tc, 'hemmelig-kode-1');
    const reader = new Database(join(tc.dir, 'tovholder.db'), { readonly: true });
    reader.pragma(`cipher='sqlcipher'`);
    reader.pragma('legacy=4');
    reader.pragma(`key="x'${tc.key.toString('hex')}'"`);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM children').get();
    await seed(tc, 'Ella Bøgh');
    const busy = await backup(tc, 'hemmelig-kode-2');
    reader.exec('COMMIT');
    reader.close();
    for (const [file, pass, names] of [[quiet, 'hemmelig-kode-1', ['Villads Kragelund']], [busy, 'hemmelig-kode-2', ['Ella Bøgh', 'Villads Kragelund']]] as const) {
      const b = makeCore();
      b.dialogs.opens.push(file);
      const candidate = await b.call('db.restoreChoose', { passphrase: pass });
      await b.call('db.restore', { candidateId: candidate!.candidateId });
      expect((await b.call('child.list', {})).map((c) => c.name).sort()).toEqual(names);
      b.close();
    }
    tc.close();
  });

  it('the backup file is encrypted and holds no plaintext of a child name', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = await backup(tc);
    expect(readFileSync(target).includes(Buffer.from('Kragelund'))).toBe(false);
    tc.close();
  });

  it('can be restored into another installation (another database key) with the passphrase', async () => {
    const a = makeCore();
    await seed(a, 'Villads Kragelund');
    const target = await backup(a);
    a.close();
    const b = makeCore();
    b.dialogs.opens.push(target);
    const candidate = await b.call('db.restoreChoose', { passphrase: 'hemmelig-kode-1' });
    await b.call('db.restore', { candidateId: candidate!.candidateId });
    expect((await b.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
    b.close();
  });

  it('a wrong passphrase is refused with a Danish message, and nothing changes', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = await backup(tc);
    await seed(tc, 'Nyere Barn');
    const before = readFileSync(target);
    tc.dialogs.opens.push(target);
    const res = await tc.raw('db.restoreChoose', { passphrase: 'forkert-kode' });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('RESTORE_BAD_FILE');
    expect(res.error?.message).toMatch(/adgangskoden er forkert/);
    expect((await tc.call('child.list', {})).map((c) => c.name).sort()).toEqual(['Nyere Barn', 'Villads Kragelund']);
    expect(readFileSync(target).equals(before)).toBe(true);
    tc.close();
  });

  it('the passphrase is typed twice: two different entries are refused and no file is written', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const dir = tempDir();
    tc.dialogs.saves.push(join(dir, 'kopi.tovholder'));
    const res = await tc.raw('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-2' });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field: 'repeat' });
    expect(res.error?.message).toMatch(/ikke ens/);
    expect(readdirSync(dir)).toEqual([]);
    tc.close();
  });

  it('a passphrase typed in decomposed Unicode (NFD) opens a backup made with the composed form (NFC)', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const composed = 'blåbærgrød-ø'.normalize('NFC');
    const target = await backup(tc, composed);
    tc.dialogs.opens.push(target);
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const candidate = await tc.call('db.restoreChoose', { passphrase: decomposed });
    expect(candidate?.summary.children).toBe(1);
    tc.close();
  });

  it('cancelling the save dialog writes nothing', async () => {
    const tc = makeCore();
    tc.dialogs.saves.push(null);
    expect(await tc.call('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' })).toBeNull();
    tc.close();
  });
});
