import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCore, tempDir } from '../../helpers/core';

async function seed(tc: ReturnType<typeof makeCore>, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

describe('backup and restore', () => {
  it('round-trips: a backup restored later brings back exactly what was saved', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    const res = await tc.call('db.backup', { passphrase: 'hemmelig-kode-1' });
    expect(res?.path).toBe(target);
    expect(res!.bytes).toBeGreaterThan(0);

    await seed(tc, 'Efterfølgende Barn');
    expect((await tc.call('child.list', {})).map((c) => c.name)).toHaveLength(2);

    tc.dialogs.opens.push(target);
    const restored = await tc.call('db.restore', { passphrase: 'hemmelig-kode-1' });
    expect(restored.restored).toBe(true);
    expect(restored.safetyCopy && existsSync(restored.safetyCopy)).toBe(true);
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
    tc.close();
  });

  it('the backup file is encrypted and holds no plaintext of a child name', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    await tc.call('db.backup', { passphrase: 'hemmelig-kode-1' });
    expect(readFileSync(target).includes(Buffer.from('Kragelund'))).toBe(false);
    tc.close();
  });

  it('can be restored into another installation (another database key) with the passphrase', async () => {
    const a = makeCore();
    await seed(a, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    a.dialogs.saves.push(target);
    await a.call('db.backup', { passphrase: 'hemmelig-kode-1' });
    a.close();
    const b = makeCore();
    b.dialogs.opens.push(target);
    await b.call('db.restore', { passphrase: 'hemmelig-kode-1' });
    expect((await b.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
    b.close();
  });

  it('a wrong passphrase is refused with a Danish message, and nothing changes', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    await tc.call('db.backup', { passphrase: 'hemmelig-kode-1' });
    await seed(tc, 'Nyere Barn');
    const before = readFileSync(target);
    tc.dialogs.opens.push(target);
    const res = await tc.raw('db.restore', { passphrase: 'forkert-kode' });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('RESTORE_BAD_FILE');
    expect(res.error?.message).toMatch(/adgangskoden er forkert/);
    expect((await tc.call('child.list', {})).map((c) => c.name).sort()).toEqual(['Nyere Barn', 'Villads Kragelund']);
    expect(readFileSync(target).equals(before)).toBe(true);
    tc.close();
  });

  it('cancelling the save dialog writes nothing', async () => {
    const tc = makeCore();
    tc.dialogs.saves.push(null);
    expect(await tc.call('db.backup', { passphrase: 'hemmelig-kode-1' })).toBeNull();
    tc.close();
  });
});
