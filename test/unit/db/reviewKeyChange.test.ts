import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/core';
import { keychain, lockGateApp } from '../../helpers/lockGateApp';
import { flipByteInPage, freeLeafPages } from '../../helpers/sqlcipherPages';

/** Review of issue 17: a key change when one safety copy has a rotten page (the byte copies carry every page). */
const PASS = 'hemmelig-kode-1';
const child = (name: string) => ({ name, birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });

describe('review: key change with a damaged safety copy', { timeout: 60_000 }, () => {

  it('R19 a safety copy with one rotten FREE page: the key change is refused or completes, and the next start opens the data', async () => {
    const dir = tempDir('review-rekey-');
    const a = lockGateApp(dir, keychain());
    await a.call('child.save', child('Asta Lykke'));
    const backup = join(tempDir(), 'kopi.tovholder');
    a.dialogs.saves.push(backup);
    expect((await a.call('db.backup', { passphrase: PASS, repeat: PASS })).ok).toBe(true);
    await a.call('child.save', child('Bo Nyere'));
    const core0 = a.cores[0] as unknown as { db: { exec(sql: string): void }; opts: { key: Buffer } };
    core0.db.exec('CREATE TABLE scratch(x); INSERT INTO scratch VALUES (randomblob(200000)); DROP TABLE scratch');
    const oldKey = Buffer.from(core0.opts.key);
    a.dialogs.opens.push(backup);
    const c = (await a.call('db.restoreChoose', { passphrase: PASS })).value as { candidateId: string };
    expect((await a.call('db.restore', { candidateId: c.candidateId })).ok).toBe(true);
    await a.call('child.save', child('Cille Efter Gendannelse'));
    // The safety copy is the byte copy of the live file, free pages included; one byte of a free page rots.
    const sc = join(dir, readdirSync(dir).find((f) => f.startsWith('tovholder-foer-gendannelse-') && f.endsWith('.db'))!);
    const free = freeLeafPages(sc, { key: oldKey });
    expect(free.length).toBeGreaterThan(10);
    flipByteInPage(sc, free[Math.floor(free.length / 2)]!);

    const res = await a.call('security.rekey', {});
    a.close();
    const b = lockGateApp(dir, keychain());
    const st = (await b.call('app.status')).value as { state: string; reason: string | null };
    const list = await b.call('child.list');
    b.close();
    const keyFiles = readdirSync(dir).filter((f) => f.startsWith('tovholder.key'));
    expect(
      { state: st.state, reason: st.reason },
      `rekey: ${res.ok ? 'ok' : `${res.error?.code}: ${res.error?.message}`}; key files: ${keyFiles.join(', ')}; staged key left: ${existsSync(join(dir, 'tovholder.key.new'))}`,
    ).toEqual({ state: 'ready', reason: null });
    expect(((list.value ?? []) as { name: string }[]).map((x) => x.name).sort()).toEqual(['Asta Lykke', 'Cille Efter Gendannelse']);
  });
});
