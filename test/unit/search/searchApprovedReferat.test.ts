import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { overgangSkoleMeeting, ressourceteamMeeting } from '../../helpers/scenarios';
import { signatureDataUrl } from '../../helpers/png';

/** Issue 11, item 7: search shows the approved or corrected referat, not the live notes; the overgangsskema is searchable. */

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

const find = async (q: string) => (await tc.call('search.query', { q })).results;

describe('search follows the referat (item 7)', () => {
  it('once approved, shows the approved text; a correction shows only when approved; withdrawing an approval brings the notes back', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false });
    // Before approval: the live notes.
    expect((await find('græder aflevering')).map((r) => r.kind)).toContain('punkt');

    // The referat's text is edited before approval: the live notes no longer say what was approved.
    let state = await tc.call('referat.get', { meetingId: id });
    const body = structuredClone(state.body!);
    const freja = body.items.find((i) => i.childId === s.children.freja.id)!;
    freja.text = 'Freja er ked af det ved afleveringen om morgenen og sover uroligt.';
    await tc.call('referat.update', { meetingId: id, body });
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });

    expect(await find('græder')).toEqual([]);
    const hits = await find('ked afleveringen');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'referat', kindLabel: 'Godkendt referat', meetingId: id, childId: s.children.freja.id, childName: 'Freja Ærø Vestergaard' });
    expect(hits[0]!.snippet).toMatch(/«ked» af det ved «afleveringen»/);
    // Decisions and follow-ups are found in the referat too, once.
    expect((await find('observerer vuggestuen')).map((r) => r.kind)).toEqual(['referat']);
    expect((await find('hjemmebesøg')).map((r) => r.kind)).toEqual(['referat']);
    // The anonymous item is still anonymous: no child.
    const anon = await find('grundlaget dialog');
    expect(anon).toHaveLength(1);
    expect(anon[0]).toMatchObject({ kind: 'anonym', childId: null, childName: null, title: 'Dreng, 4 år, Mariehønen' });

    // Withdrawn: the meeting is open again and search shows the notes as they are.
    await tc.call('referat.withdrawApproval', { meetingId: id, reason: 'Godkendt for tidligt, deltagerne har ikke læst det' });
    expect((await find('græder')).map((r) => r.kind)).toEqual(['punkt']);
    expect(await find('ked afleveringen')).toEqual([]);
    expect((await find('hjemmebesøg')).map((r) => r.kind)).toEqual(['opfoelgning']);

    // Approved, sealed, then corrected: the correction's text shows only once it is approved.
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    state = await tc.call('referat.get', { meetingId: id });
    for (const [n, signer] of state.requiredSigners.entries()) {
      await tc.call('referat.sign', { meetingId: id, signerLabel: signer.label, name: signer.suggestedName ?? 'Underskriver', role: signer.label, method: 'tegnet', imageDataUrl: signatureDataUrl(n) });
    }
    await tc.call('referat.seal', { meetingId: id });
    // The approved text (the edit survived the withdrawal), not the notes.
    expect((await find('ked afleveringen')).map((r) => r.kind)).toEqual(['referat']);
    expect(await find('græder')).toEqual([]);
    await tc.call('referat.correct', { meetingId: id, reason: 'Forkert beskrivelse af afleveringen' });
    const draft = structuredClone((await tc.call('referat.get', { meetingId: id })).body!);
    draft.items.find((i) => i.childId === s.children.freja.id)!.text = 'Freja trøstes hurtigt ved afleveringen.';
    await tc.call('referat.update', { meetingId: id, body: draft });
    await tc.call('item.update', { id: (await tc.call('meeting.get', { id })).items.find((i) => i.childId === s.children.freja.id)!.id, patch: { notes: 'Kladde under rettelsen om trøst.' } });
    expect(await find('trøstes')).toEqual([]);
    expect(await find('kladde')).toEqual([]);
    expect((await find('ked afleveringen')).map((r) => r.kind)).toEqual(['referat']);
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    expect((await find('trøstes')).map((r) => [r.kind, r.meetingId])).toEqual([['referat', id]]);
    expect(await find('ked afleveringen')).toEqual([]);
    expect(await find('kladde')).toEqual([]);
  });

  it('finds the overgangsskema’s text while it is written, and from the approved referat after', async () => {
    const planned = await tc.call('meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-12-14', startTime: '08:30', childId: s.children.malik.id });
    const form = await tc.call('form.getTransition', { meetingId: planned.id });
    await tc.call('form.saveTransition', { meetingId: planned.id, data: { ...form, ongoingEfforts: 'Piktogrammer ved garderoben.' } });
    let hits = await find('piktogrammer garderoben');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'overgangsskema', kindLabel: 'Overgangsskema', meetingId: planned.id, childId: s.children.malik.id, title: 'Overgangsskema' });
    await tc.call('form.saveTransition', { meetingId: planned.id, data: { ...form, ongoingEfforts: 'Billeder ved garderoben.' } });
    expect(await find('piktogrammer')).toEqual([]);

    const id = await overgangSkoleMeeting(tc, s);
    hits = await find('billedstøttet dagsstruktur');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'overgangsskema', meetingId: id, childId: s.children.aksel.id, childName: 'Aksel Nørregaard Holm' });
  });
});
