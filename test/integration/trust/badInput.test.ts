import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../../electron/core/db/openDb';
import { makeCore, tempDir, testKey } from '../../helpers/core';
import { signatureDataUrl } from '../../helpers/png';
import { startAsPlanned } from '../../helpers/scenarios';

const ROOT = resolve(__dirname, '..', '..', '..');
const mounts: string[] = [];

/** A real small disk: a tmpfs of `size`. Needs root (as on the CI machines); null where it cannot be mounted. */
function smallDisk(size: string): string | null {
  const dir = tempDir('lille-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    mounts.push(dir);
    return dir;
  } catch {
    return null;
  }
}

afterAll(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', ['-l', m], { stdio: 'pipe' });
    } catch {
      /* already gone */
    }
  }
});

describe('a full disk', () => {
  it('while saving: a clear Danish message, and everything already saved is still there', async () => {
    const disk = smallDisk('1200k');
    const tc = makeCore(disk ? { dir: disk } : {});
    if (!disk) {
      console.log('Note: tmpfs could not be mounted here (not root); the database is capped with max_page_count instead.');
      // A few dozen pages above what the migrated schema already takes, so the cap follows the schema as it grows.
      const pages = tc.core.db.pragma('page_count', { simple: true }) as number;
      tc.core.db.pragma(`max_page_count = ${pages + 40}`);
    }
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    const item = m.items[1]!;
    await tc.call('item.update', { id: item.id, patch: { notes: 'Gemt før disken blev fuld.' } });
    let full: { code?: string; message?: string } | undefined;
    for (let i = 0; i < 2000 && !full; i++) {
      const res = await tc.raw('decision.add', { itemId: item.id, text: `Beslutning ${i}: ${'lang tekst '.repeat(360)}` });
      if (!res.ok) full = res.error;
    }
    expect(full?.code).toBe('DISK_FULL');
    expect(full?.message).toMatch(/ikke mere plads på disken\. Intet af det, der allerede var gemt, er gået tabt/);
    const saved = await tc.call('meeting.get', { id: m.id });
    expect(saved.items[1]!.notes).toBe('Gemt før disken blev fuld.');
    const decisions = saved.items[1]!.decisions.length;
    tc.close();
    const db = openDb({ file: join(tc.dir, 'tovholder.db'), key: tc.key });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM decisions').get() as { n: number }).n).toBe(decisions);
    db.close();
  });

  it('while exporting: a clear Danish message, no half file, and an existing file is not overwritten', async (ctx) => {
    const disk = smallDisk('24k');
    if (!disk) {
      console.log('skipped: tmpfs cannot be mounted on this machine (needs root); the full-disk export path is covered where it can.');
      ctx.skip();
      return;
    }
    const tc = makeCore();
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    const target = join(disk, 'dagsorden.docx');
    writeFileSync(target, 'den gamle fil');
    writeFileSync(join(disk, 'fyld'), Buffer.alloc(14 * 1024));
    tc.dialogs.saves.push(target);
    const res = await tc.raw('export.document', { meetingId: m.id, kind: 'dagsorden' });
    expect(res.error?.code).toBe('DISK_FULL');
    expect(readFileSync(target, 'utf8')).toBe('den gamle fil');
    expect(readdirSync(disk).sort()).toEqual(['dagsorden.docx', 'fyld']);
    tc.close();
  });
});

describe('damaged input files', () => {
  it('a truncated database file gives a Danish message and is not overwritten', () => {
    const dir = tempDir();
    const key = testKey();
    const tc = makeCore({ dir, key });
    tc.close();
    const file = join(dir, 'tovholder.db');
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, 700));
    const err = (() => {
      try {
        openDb({ file, key });
      } catch (e) {
        return e as { code: string; message: string };
      }
      return null;
    })();
    expect(['DB_DAMAGED', 'DB_UNREADABLE']).toContain(err?.code);
    expect(err?.message).toMatch(/Filen er ikke ændret/);
    expect(readFileSync(file).length).toBe(700);
  });

  it('a damaged referat in the file is refused with a Danish message, and nothing is changed or exported', async () => {
    const tc = makeCore();
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    for (const damaged of ['{"items": [{"number": 1}]', '{"items": "ikke en liste"}']) {
      tc.core.db.prepare('UPDATE referat_versions SET body = ? WHERE meeting_id = ?').run(damaged, m.id);
      for (const [channel, input] of [['referat.get', { meetingId: m.id }], ['export.document', { meetingId: m.id, kind: 'referat' }]] as const) {
        const reply = await tc.raw(channel, input);
        expect(reply.error?.code, channel).toBe('RECORD_DAMAGED');
        expect(reply.error?.message).toMatch(/beskadiget\. Intet er ændret/);
      }
      expect(tc.core.db.prepare('SELECT body FROM referat_versions WHERE meeting_id = ?').get(m.id)).toEqual({ body: damaged });
    }
    expect(tc.core.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    tc.close();
  });

  it('an oversized or fake signature image is refused', async () => {
    const tc = makeCore();
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'X' });
    const huge = `data:image/png;base64,${Buffer.alloc(500_000, 1).toString('base64')}`;
    expect((await tc.raw('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'X', role: '', method: 'tegnet', imageDataUrl: huge })).error?.message).toMatch(/for stort/);
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png').toString('base64')}`;
    expect((await tc.raw('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'X', role: '', method: 'tegnet', imageDataUrl: fake })).error?.message).toMatch(/PNG/);
    expect((await tc.call('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'X', role: '', method: 'tegnet', imageDataUrl: signatureDataUrl() })).signatures).toHaveLength(1);
    tc.close();
  });
});

describe('Electron hardening, as built', () => {
  const renderer = join(ROOT, 'dist', 'renderer');
  it('the built index.html carries a strict CSP and no inline script', () => {
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('loads no remote content: every script, style, image and font comes from the app itself', () => {
    const files = readdirSync(join(renderer, 'assets')).map((f) => join(renderer, 'assets', f));
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const f of files.filter((x) => x.endsWith('.css'))) expect(readFileSync(f, 'utf8')).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      expect(js).not.toMatch(/fetch\((['"`])https?:/);
      expect(js).not.toMatch(/new WebSocket\(/);
    }
  });

  it('the preload exposes window.api with invoke and on only, never ipcRenderer itself', () => {
    const preload = readFileSync(join(ROOT, 'dist', 'electron', 'preload.cjs'), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\("api"/);
    expect(preload).not.toMatch(/exposeInMainWorld\("ipcRenderer"|exposeInMainWorld\("electron"/);
    expect(preload).not.toMatch(/require\("(fs|child_process|node:[a-z]+)"\)/);
  });

  it('the packaged app loads the renderer from app://, and main has no remote URL to load', () => {
    const main = readFileSync(join(ROOT, 'dist', 'electron', 'main.cjs'), 'utf8');
    expect(main).toContain('app://tovholder');
    expect(main).not.toMatch(/loadURL\((['"`])https?:/);
    expect(existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))).toBe(true);
  });
});

