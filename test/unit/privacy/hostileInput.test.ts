import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../electron/core/exports/exportService';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { chunk, signatureDataUrl, signaturePng } from '../../helpers/png';
import { ressourceteamMeeting } from '../../helpers/scenarios';

/** Issue 13, item 4: hostile text and images are made harmless at the boundary. */
let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

const child = (name: string) => ({ name, birthDate: '2022-02-02', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });

describe('names lose bidi controls and invisible characters at the door', () => {
  it('a name with U+202E no longer displays as „Ånnevolder": what is stored is what it is', async () => {
    const c = await tc.call('child.save', child('\u202eredlovenn\u00c5'));
    expect(c.name).toBe('redlovennÅ');
    expect((await tc.call('child.get', { id: c.id })).name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('zero-width and other invisible characters, and every bidi control, leave names, initials and guardians', async () => {
    const c = await tc.call('child.save', child('Vi\u200bggo\u2066 Lun\u200dd\u00adgren\u2069'));
    expect(c.name).toBe('Viggo Lundgren');
    const withParent = await tc.call('child.addGuardian', { childId: c.id, name: '\u200fMa\u2060rie\ufeff Lundgren\u200e', initials: 'M\u200bL', custody: true });
    expect(withParent.guardians.map((g) => g.name)).toContain('Marie Lundgren');
    const p = await tc.call('person.save', { name: 'Tr\u200cine \u202dBak', initials: 'T\u200bB', role: 'paedagog' as never, organisation: '', authority: '', email: '', phone: '', authorityRole: null });
    expect(p).toMatchObject({ name: 'Trine Bak', initials: 'TB' });
  });

  it('free text keeps its characters but loses bidi overrides, and is stored as NFC', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-04-07', startTime: '12:30' });
    const opf = m.items.find((i) => i.key === 'opfoelgning')!;
    const item = await tc.call('item.update', { id: opf.id, patch: { notes: 'Sko\u0308nt \u202evendt\u202c tekst 👩\u200d👧' } });
    expect(item.notes).toBe('Skönt vendt tekst 👩\u200d👧');
  });
});

describe('signature images are decoded, bounded and re-encoded', () => {
  let meetingId: string;
  beforeAll(async () => {
    meetingId = await ressourceteamMeeting(tc, s, { seal: false, date: '2026-11-24' });
    await tc.call('referat.approve', { meetingId, approvedBy: 'Birgitte Skovmose' });
  });
  const sign = (png: Buffer) => tc.raw('referat.sign', { meetingId, signerLabel: 'Mødeleder', name: 'Birgitte Skovmose', role: 'Mødeleder', method: 'tegnet', imageDataUrl: `data:image/png;base64,${png.toString('base64')}` });

  function fakePng(width: number, height: number, extra: Buffer[] = [], idat = deflateSync(Buffer.alloc(2))): Buffer {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width >>> 0, 0);
    ihdr.writeUInt32BE(height >>> 0, 4);
    ihdr[8] = 8;
    ihdr[9] = 0;
    return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
  }

  it('refuses a fake PNG claiming to be 4294967295 × 1, without allocating it', async () => {
    const res = await sign(fakePng(4294967295, 1));
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field: 'imageDataUrl' });
    expect(res.error!.message).toMatch(/ugyldig størrelse \(4294967295 × 1/);
  });

  it('refuses zero sizes, a damaged PNG, a broken CRC and something that only starts like a PNG', async () => {
    expect((await sign(fakePng(0, 80))).error?.code).toBe('INVALID_INPUT');
    expect((await sign(fakePng(240, 80, [], Buffer.from('ikke zlib')))).error?.message).toMatch(/beskadiget/);
    const good = signaturePng();
    const badCrc = Buffer.from(good);
    badCrc[29] = badCrc[29]! ^ 0xff; // inside the IHDR CRC
    expect((await sign(badCrc)).error?.code).toBe('INVALID_INPUT');
    expect((await sign(Buffer.concat([good.subarray(0, 8), Buffer.from('<svg onload=alert(1)>')]))).error?.code).toBe('INVALID_INPUT');
  });

  it('stores a real signature re-encoded at its true size, without extra chunks, and Word shows it sized right', async () => {
    const drawn = signaturePng(240, 80);
    const withText = Buffer.concat([drawn.subarray(0, 33), chunk('tEXt', Buffer.from('Comment\0<script>')), drawn.subarray(33)]);
    const res = await sign(withText);
    expect(res.ok).toBe(true);
    const state = await tc.call('referat.get', { meetingId });
    const stored = Buffer.from(state.signatures[0]!.imageDataUrl!.split(',')[1]!, 'base64');
    expect(stored.includes(Buffer.from('tEXt'))).toBe(false);
    const back = PNG.sync.read(stored);
    expect([back.width, back.height]).toEqual([240, 80]);
    // The pen stroke survived re-encoding.
    const orig = PNG.sync.read(drawn);
    expect(back.data.equals(orig.data)).toBe(true);

    const r = await tc.call('referat.get', { meetingId });
    for (const signer of r.requiredSigners.filter((x) => !x.signed)) {
      await tc.call('referat.sign', { meetingId, signerLabel: signer.label, name: signer.suggestedName ?? 'Underskriver', role: signer.label, method: 'tegnet', imageDataUrl: signatureDataUrl(2) });
    }
    const doc = await buildDocument(tc.core, { meetingId, kind: 'referat' });
    const xml = await (await JSZip.loadAsync(doc.buffer)).file('word/document.xml')!.async('string');
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(extents.length).toBeGreaterThan(0);
    for (const [cx, cy] of extents) {
      expect(cx).toBeGreaterThan(0);
      expect(cy).toBeGreaterThan(0);
    }
  });
});
