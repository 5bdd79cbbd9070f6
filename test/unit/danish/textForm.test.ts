import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeNfc as toNfc } from '../../../shared/text/normalize';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture } from '../../helpers/fixtures';
import { ressourceteamMeeting } from '../../helpers/scenarios';

const NFD = (s: string) => s.normalize('NFD');

let tc: TestCore | undefined;
afterEach(() => tc?.close());

describe('one text form: every string is NFC from the door on', () => {
  it('toNfc composes strings at every depth and keeps other values', () => {
    const out = toNfc({ a: NFD('Århus'), list: [NFD('Ærø'), 3, null], deep: { x: NFD('Øster') }, flag: true }) as Record<string, unknown>;
    expect(out).toEqual({ a: 'Århus', list: ['Ærø', 3, null], deep: { x: 'Øster' }, flag: true });
    expect((out['a'] as string).length).toBe(5);
  });

  it('a decision pasted in NFD („Århus“ decomposed) is found by „Århus“ typed in NFC, and the other way round', async () => {
    tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    const s = await seedFixture(tc);
    const id = await ressourceteamMeeting(tc, s, { seal: false });
    const m = await tc.call('meeting.get', { id });
    const item = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('decision.add', { itemId: item.id, text: NFD('Familien flytter til Århus i foråret.') });
    const hits = (await tc.call('search.query', { q: 'Århus' })).results;
    expect(hits.some((h) => h.kind === 'beslutning')).toBe(true);
    const byNfdQuery = (await tc.call('search.query', { q: NFD('Århus') })).results;
    expect(byNfdQuery.some((h) => h.kind === 'beslutning')).toBe(true);
  });

  it('a child saved with a decomposed name is stored composed', async () => {
    tc = makeCore();
    const c = await tc.call('child.save', { name: NFD('Åse Ørum'), birthDate: '2022-03-04', institution: NFD('Børnehuset Æblet'), stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    expect(c.name).toBe('Åse Ørum');
    expect(c.name.normalize('NFC')).toBe(c.name);
    expect((await tc.call('child.list', {})).map((x) => x.institution)).toEqual(['Børnehuset Æblet']);
  });

  it('a backup passphrase typed decomposed on one computer restores with the composed one on another', { timeout: 30_000 }, async () => {
    tc = makeCore();
    await tc.call('child.save', { name: 'Villads Kragelund', birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    await tc.call('db.backup', { passphrase: NFD('blåbærgrød-på-Ærø'), repeat: 'blåbærgrød-på-Ærø' });
    tc.close();
    tc = makeCore();
    tc.dialogs.opens.push(target);
    const candidate = await tc.call('db.restoreChoose', { passphrase: 'blåbærgrød-på-Ærø' });
    expect(candidate).not.toBeNull();
    expect((await tc.call('db.restore', { candidateId: candidate!.candidateId })).restored).toBe(true);
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
  });

  it('the backup module composes the passphrase itself too (not only the dispatcher)', { timeout: 30_000 }, async () => {
    const { backupTo } = await import('../../../electron/core/db/backup');
    const { inspectCandidate } = await import('../../../electron/core/db/restore');
    tc = makeCore();
    await tc.call('child.save', { name: 'Villads Kragelund', birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    const target = join(tempDir(), 'direkte.tovholder');
    await backupTo(tc.core.db, tc.key, target, NFD('Søndergård'), { dataDir: tempDir() });
    expect(() => inspectCandidate(target, { passphrase: 'Søndergård' })).not.toThrow();
  });
});
