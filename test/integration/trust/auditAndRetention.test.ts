import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, ressourceteamMeeting } from '../../helpers/scenarios';
import { coreText } from '../../../shared/text/coreMessages';

let tc: TestCore;
let s: Seeded;
let rt: string;
let dm: string;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-15T10:00:00Z') });
  await tc.call('settings.completeFirstRun', { profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' } });
  s = await seedFixture(tc);
  rt = await ressourceteamMeeting(tc, s);
  dm = await dialogMeeting(tc, s);
}, 60_000);
afterAll(() => tc.close());

describe('audit log', () => {
  it('records who did what: opening a case, exports, dispatches, signatures, corrections, consent and settings changes', async () => {
    await tc.call('child.open', { id: s.children.aksel.id });
    tc.dialogs.saves.push(join(tempDir(), 'r.docx'));
    await tc.call('export.document', { meetingId: rt, kind: 'referat' });
    await tc.call('referat.correct', { meetingId: dm, reason: 'Stavefejl' });
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, consentValidityMonths: 18 });
    const { entries, chain } = await tc.call('audit.list', { limit: 500 });
    const actions = new Set(entries.map((e) => e.action));
    for (const a of ['child.open', 'export.document', 'referat.sign', 'referat.seal', 'referat.correct', 'consent.record', 'settings.change', 'meeting.create']) expect(actions.has(a), a).toBe(true);
    expect(entries.every((e) => e.actor === 'Birgitte Skovmose' || e.actor === coreText.noProfileActor)).toBe(true);
    expect(entries.some((e) => e.summary.includes('Et samtykke gælder (måneder): 12 → 18'))).toBe(true);
    // The log says what happened, never the content: no child's name anywhere in it.
    expect(JSON.stringify(entries)).not.toMatch(/Aksel|Freja|Malik/);
    expect(chain).toEqual({ ok: true, entries: expect.any(Number), brokenAt: null, message: expect.stringMatching(/^Kæden er intakt/) });
  });

  it('is exportable as JSON lines', async () => {
    const path = join(tempDir(), 'log.jsonl');
    tc.dialogs.saves.push(path);
    await tc.call('audit.export', {});
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ seq: 1 });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ kaede: 'intakt' });
  });

  it('detects and reports a broken chain', async () => {
    const other = makeCore();
    await other.call('settings.completeFirstRun', { profile: { name: 'Jonas Vindelev', initials: 'JV', role: 'paedagogisk_leder', workplace: '' } });
    await other.call('meeting.create', { templateId: 'dialogmoede', date: '2027-01-05', startTime: '09:00' });
    // Someone with the key and a SQLite tool rewrites history.
    other.core.db.exec("DROP TRIGGER audit_no_update; UPDATE audit_log SET actor = 'Ukendt' WHERE seq = 2");
    const { chain } = await other.call('audit.list', {});
    expect(chain).toEqual({ ok: false, entries: expect.any(Number), brokenAt: 2, message: expect.stringMatching(/brudt ved post 2/) });
    other.close();
  });
});

describe('retention', () => {
  it('offers a journaliseringspakke, then deletes for real and logs it without the content', async () => {
    await tc.call('child.update', { id: s.children.freja.id, leftAt: '2026-01-31' });
    expect(await tc.call('retention.candidates', {})).toEqual([]);
    const k = (await tc.call('settings.get', {})).kommune;
    await tc.call('settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 6 } });
    const cands = await tc.call('retention.candidates', {});
    expect(cands).toEqual([
      expect.objectContaining({ childId: s.children.freja.id, childName: 'Freja Ærø Vestergaard', leftAt: '2026-01-31', due: ['barn'], packageAt: null, packageCurrent: false }),
    ]);

    const pkg = join(tempDir(), 'journal.zip');
    tc.dialogs.saves.push(pkg);
    await tc.call('retention.journalPackage', { childId: s.children.freja.id, sagsnummer: '28.06.10-A02-1-26', kle: '28.06.10' });
    const zip = await JSZip.loadAsync(readFileSync(pkg));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ format: 'tovholder-journaliseringspakke', sagsnummer: '28.06.10-A02-1-26', kle: '28.06.10', barn: { navn: 'Freja Ærø Vestergaard' } });
    expect(manifest.dokumenter.map((d: { type: string }) => d.type)).toContain('uddrag');
    expect(Object.keys(zip.files).filter((f) => f.endsWith('.docx'))).toHaveLength(manifest.dokumenter.length);

    const res = await tc.call('retention.delete', { childId: s.children.freja.id, confirmed: true });
    expect(res.deleted).toContain('barn');
    expect(res.items).toBeGreaterThan(0);
    expect((await tc.call('child.list', {})).some((c) => c.name.includes('Freja'))).toBe(false);
    expect((await tc.call('person.list', {})).some((p) => p.name === 'Nadia Vestergaard')).toBe(false);
    const r = await tc.call('referat.get', { meetingId: rt });
    expect(JSON.stringify(r.body)).not.toContain('Freja');
    expect(JSON.stringify(r.body)).toContain('Aksel');
    expect(r.current?.status).toBe('forseglet');
    const logged = (await tc.call('audit.list', {})).entries.find((e) => e.action === 'retention.delete')!;
    expect(logged.summary).toMatch(/Slettede efter slettefrist/);
    expect(logged.summary).not.toMatch(/Freja|Vestergaard/);
    expect((await tc.call('search.query', { q: 'Freja' })).results.length).toBe(0);
  });

  it('leaves no recoverable trace: even the decrypted file, free pages included, no longer holds the name', async () => {
    tc.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = join(tempDir(), 'decrypted.db');
    copyFileSync(tc.core.dbFile, copy);
    const db = new Database(copy);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${tc.key.toString('hex')}'"`);
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey=''");
    db.close();
    const bytes = readFileSync(copy);
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Aksel Nørregaard Holm'))).toBe(true); // the control: readable once decrypted
    expect(bytes.includes(Buffer.from('Freja'))).toBe(false);
    expect(bytes.includes(Buffer.from('Nadia Vestergaard'))).toBe(false);
    // The decrypted copy was only for this check: it must not linger among the test data.
    rmSync(copy);
  });
});

describe('the parents’ access request', () => {
  it('exports everything held about one child – documents and a readable index – in one file', async () => {
    const path = join(tempDir(), 'indsigt.zip');
    tc.dialogs.saves.push(path);
    await tc.call('child.accessExport', { id: s.children.aksel.id });
    const zip = await JSZip.loadAsync(readFileSync(path));
    const index = await zip.file('indeks.html')!.async('string');
    expect(index).toContain('Oplysninger om Aksel Nørregaard Holm');
    expect(index).toContain('Samtykker');
    expect(index).toContain('Tidslinje');
    const docs = Object.keys(zip.files).filter((f) => f.startsWith('dokumenter/') && f.endsWith('.docx'));
    expect(docs.length).toBeGreaterThan(0);
    // From a meeting about several children, only Aksel's excerpt goes to his parents.
    for (const f of docs) {
      const xml = await (await JSZip.loadAsync(await zip.file(f)!.async('nodebuffer'))).file('word/document.xml')!.async('string');
      expect(xml).not.toContain('Malik');
    }
    expect((await tc.call('audit.list', {})).entries.some((e) => e.action === 'access.export')).toBe(true);
  });
});
