import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/core/exports/docxText';
import { danishDate } from '../../../shared/format/danishClock';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture } from '../../helpers/fixtures';
import { signatureDataUrl } from '../../helpers/png';

/** Issue 11, item 7: a meeting started on another day than planned warns first, and is recorded on the real day. */

let tc: TestCore;
// 3 December 2026, 00:30 in Copenhagen – still 2 December in UTC: the Danish day decides.
let now = new Date('2026-12-02T23:30:00Z');
beforeAll(async () => {
  tc = makeCore({ now: () => now });
  await seedFixture(tc);
});
afterAll(() => tc.close());

describe('starting a meeting on another day than planned (item 7)', () => {
  it('warns, naming both dates; refuses until confirmed; then the referat, its export and the signatures carry the real date', async () => {
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30', place: 'Personalestuen' });
    const expected =
      'Mødet er planlagt til 2. december 2026, men i dag er det 3. december 2026. Starter du mødet nu, får referatet, dokumenterne og underskrifterne datoen 3. december 2026; den planlagte dato gemmes i historikken.';
    expect(m.startOtherDay).toBe(expected);
    const refused = await tc.raw('meeting.start', { id: m.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFIRM_NEEDED', field: 'confirmOtherDay', message: expected } });
    m = await tc.call('meeting.get', { id: m.id });
    expect(m).toMatchObject({ status: 'planlagt', date: '2026-12-02', plannedDate: null });

    m = await tc.call('meeting.start', { id: m.id, confirmOtherDay: true });
    expect(m).toMatchObject({ status: 'i_gang', date: '2026-12-03', plannedDate: '2026-12-02', startOtherDay: null });
    const entry = (await tc.call('audit.list', { limit: 5 })).entries.find((e) => e.action === 'meeting.start')!;
    expect(entry.summary).toBe('Startede møde. Planlagt til 2. december 2026 – afholdt 3. december 2026');

    for (const p of m.participants) await tc.call('participant.update', { id: p.id, attendance: 'til_stede' });
    const anon = (await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' })).items.find((i) => i.kind === 'anonym')!;
    await tc.call('item.update', { id: anon.id, patch: { notes: 'Drøftelse af søvn og aflevering.' } });
    now = new Date('2026-12-03T10:00:00Z');
    await tc.call('meeting.end', { id: m.id });
    let r = await tc.call('referat.generate', { meetingId: m.id });
    expect(r.body!.date).toBe('2026-12-03');
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    for (const [n, signer] of r.requiredSigners.entries()) {
      r = await tc.call('referat.sign', { meetingId: m.id, signerLabel: signer.label, name: signer.suggestedName ?? 'Underskriver', role: signer.label, method: 'tegnet', imageDataUrl: signatureDataUrl(n) });
    }
    expect(r.signatures.length).toBeGreaterThan(0);
    expect(r.signatures.every((x) => danishDate(new Date(x.signedAt)) === '2026-12-03')).toBe(true);

    const file = join(tc.dir, 'referat.docx');
    tc.dialogs.saves.push(file);
    await tc.call('export.document', { meetingId: m.id, kind: 'referat' });
    const text = (await readDocx(readFileSync(file))).paragraphs.join('\n');
    expect(text).toMatch(/3\. december 2026/);
    expect(text).not.toMatch(/2\. december 2026/);
    // A meeting started on its own day asks nothing.
    const same = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-03', startTime: '13:00' });
    expect(same.startOtherDay).toBeNull();
    expect((await tc.call('meeting.start', { id: same.id })).plannedDate).toBeNull();
  });
});
