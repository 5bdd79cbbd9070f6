import { PNG as PngDecoder } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { startAsPlanned } from '../../helpers/scenarios';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

async function runRessourceteam(): Promise<MeetingDetail> {
  let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
  const slot02 = m.items.find((i) => i.block === '0-2')!;
  await tc.call('item.update', { id: slot02.id, patch: { childId: s.children.freja.id } });
  m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.primaer.id, role: 'primaer_paedagog', consultative: false, guestItemId: slot02.id });
  m = await startAsPlanned(tc, m.id);
  expect(m.status).toBe('i_gang');
  expect(m.currentItemId).toBe(m.items[0]!.id);
  const psyk = m.participants.find((p) => p.personId === s.people.psykolog.id)!;
  await tc.call('participant.update', { id: psyk.id, attendance: 'afbud' });
  for (const p of m.participants.filter((x) => x.id !== psyk.id && x.guestItemId === null)) await tc.call('participant.update', { id: p.id, attendance: 'til_stede' });
  await tc.call('meeting.setCurrentItem', { id: m.id, itemId: slot02.id });
  await tc.call('item.update', { id: slot02.id, patch: { notes: 'Freja sover uroligt og græder meget ved aflevering.', outcome: 'ppr_observation' } });
  await tc.call('item.confirmOutcome', { itemId: slot02.id, outcome: 'ppr_observation' });
  await tc.call('decision.add', { itemId: slot02.id, text: 'PPR observerer Freja i vuggestuen.' });
  await tc.call('followup.add', { itemId: slot02.id, ownerInitials: 'HvD', ownerPersonId: s.people.psykolog.id, text: 'Aftale observation med stuen', dueDate: '2026-12-04' });
  await tc.call('item.recordTime', { id: slot02.id, elapsedSeconds: 1260 });
  return tc.call('meeting.end', { id: m.id });
}

describe('running a meeting live and closing it', () => {
  let m: MeetingDetail;
  beforeAll(async () => {
    m = await runRessourceteam();
  });

  it('ending the meeting records everyone never checked in as fraværende and keeps time used per item', () => {
    expect(m.status).toBe('afholdt');
    expect(m.participants.filter((p) => p.guestItemId === null).map((p) => p.attendance).sort()).toEqual(['afbud', 'til_stede', 'til_stede', 'til_stede', 'til_stede']);
    expect(m.items.find((i) => i.block === '0-2')!.elapsedSeconds).toBe(1260);
  });

  it('generates a referat laid out as a Danish referat: referent last, Afbud kept, guest line, decisions and follow-ups', async () => {
    const r = await tc.call('referat.generate', { meetingId: m.id });
    const body = r.body!;
    expect(r.current?.status).toBe('udkast');
    expect(body.deltagere.at(-1)).toMatchObject({ name: 'Jonas Vindelev', referent: true });
    expect(body.afbud).toEqual(['Henriette van Dalen (HvD)']);
    expect(body.fravaerende).toEqual([]);
    expect(body.items[0]).toMatchObject({ number: 1, title: 'Godkendelse af referat', text: 'Referatet blev godkendt.' });
    const freja = body.items.find((i) => i.childLabel === 'Freja Ærø Vestergaard')!;
    expect(freja.guests).toEqual([{ name: 'Mette Lundgaard', initials: 'ML' }]);
    expect(freja.decisions).toEqual(['PPR observerer Freja i vuggestuen.']);
    expect(freja.outcome).toBe('PPR-observation');
    expect(freja.followups).toContainEqual({ initials: 'HvD', text: 'Aftale observation med stuen', dueDate: '2026-12-04' });
    // The confirmed outcome „PPR-observation" made its follow-up; the PPR psychologist sent afbud, so the chair has it.
    expect(freja.followups).toContainEqual({ initials: 'BSk', text: 'PPR-observation af barnet aftales og gennemføres', dueDate: '2026-12-07' });
    expect(body.items.at(-1)!.title).toBe('Evt.');
    expect(body.deltagere.some((d) => d.name === 'Mette Lundgaard')).toBe(false);
  });

  it('signing needs approval first; sealing needs every required signature', async () => {
    expect((await tc.raw('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'Birgitte Skovmose', role: 'Mødeleder', method: 'navn', imageDataUrl: null })).error?.code).toBe('NOT_APPROVED');
    const approved = await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    expect(approved.current?.status).toBe('godkendt');
    expect(approved.requiredSigners.map((x) => [x.label, x.suggestedName])).toEqual([
      ['Mødeleder', 'Birgitte Skovmose'],
      ['Referent', 'Jonas Vindelev'],
    ]);
    expect((await tc.raw('referat.update', { meetingId: m.id, body: approved.body })).error?.code).toBe('CONFLICT');
    await tc.call('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'Birgitte Skovmose', role: 'Dagtilbudsleder', method: 'tegnet', imageDataUrl: PNG });
    expect((await tc.raw('referat.seal', { meetingId: m.id })).error).toMatchObject({ code: 'SIGNATURES_MISSING', message: expect.stringMatching(/Jonas Vindelev/) });
    const signed = await tc.call('referat.sign', { meetingId: m.id, signerLabel: 'Referent', name: 'Jonas Vindelev', role: 'Pædagogisk leder', method: 'navn', imageDataUrl: null });
    expect(signed.requiredSigners.every((x) => x.signed)).toBe(true);
    // Stored re-encoded from its pixels (issue 13, item 4): the same picture, not necessarily the same bytes.
    const pixels = (url: string) => PngDecoder.sync.read(Buffer.from(url.split(',')[1]!, 'base64')).data;
    expect(pixels(signed.signatures.find((x) => x.method === 'tegnet')!.imageDataUrl!).equals(pixels(PNG))).toBe(true);
  });

  it('a sealed referat cannot be changed through IPC without creating a new version', async () => {
    const sealed = await tc.call('referat.seal', { meetingId: m.id });
    expect(sealed.current).toMatchObject({ status: 'forseglet', version: 1 });
    expect(sealed.current!.seal).toMatch(/^[0-9a-f]{64}$/);
    expect((await tc.call('meeting.get', { id: m.id })).status).toBe('godkendt');

    const edit = await tc.raw('referat.update', { meetingId: m.id, body: { ...sealed.body!, bemaerk: 'Ændret bagefter' } });
    expect(edit.error?.code).toBe('SEALED');
    expect((await tc.raw('referat.sign', { meetingId: m.id, signerLabel: 'Mødeleder', name: 'X', role: '', method: 'navn', imageDataUrl: null })).error?.code).toBe('SEALED');
    expect((await tc.raw('item.update', { id: m.items[0]!.id, patch: { notes: 'snyd' } })).error?.code).toBe('SEALED');
    expect((await tc.raw('decision.add', { itemId: m.items[0]!.id, text: 'snyd' })).error?.code).toBe('SEALED');
    // The database itself refuses too.
    expect(() => tc.core.db.prepare("UPDATE referat_versions SET body = '{}' WHERE meeting_id = ?").run(m.id)).toThrow(/SEALED/);

    const corrected = await tc.call('referat.correct', { meetingId: m.id, reason: 'Stavefejl i punkt 3' });
    expect(corrected.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'forseglet'],
      [2, 'udkast'],
    ]);
    expect(corrected.current?.correctionReason).toBe('Stavefejl i punkt 3');
    const v2 = await tc.call('referat.update', { meetingId: m.id, body: { ...corrected.body!, bemaerk: 'Rettet stavefejl' } });
    expect(v2.body!.bemaerk).toBe('Rettet stavefejl');
    const v1 = tc.core.db.prepare('SELECT body, seal FROM referat_versions WHERE meeting_id = ? AND version = 1').get(m.id) as { body: string; seal: string };
    expect(JSON.parse(v1.body).bemaerk).toBe('');
    expect(v1.seal).toBe(sealed.current!.seal);
  });

  it('open follow-ups carry over to the next meeting in the series, whose first item approves the previous referat', async () => {
    const first = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-03-03', startTime: '12:30', series: { count: 2, weeks: 6 } });
    const item = first.items.find((i) => i.kind === 'standard')!;
    await startAsPlanned(tc, first.id);
    await tc.call('followup.add', { itemId: item.id, ownerInitials: 'BSk', ownerPersonId: s.people.leader.id, text: 'Ring til PPR om ventetid', dueDate: '2027-03-20' });
    await tc.call('meeting.end', { id: first.id });
    const next = (await tc.call('meeting.list', { filter: 'alle' })).find((x) => x.seriesId === first.seriesId && x.date === '2027-04-14')!;
    const detail = await tc.call('meeting.get', { id: next.id });
    expect(detail.carriedFollowups.map((f) => f.text)).toContain('Ring til PPR om ventetid');
    expect(detail.previousMeeting).toMatchObject({ id: first.id, date: '2027-03-03' });
    await startAsPlanned(tc, next.id);
    await tc.call('meeting.end', { id: next.id });
    const r = await tc.call('referat.generate', { meetingId: next.id });
    // The first meeting's referat was never approved: item 1 says so instead of claiming it was approved.
    expect(r.body!.items[0]!.text).toBe('Referatet fra Ressourceteammøde den 3. marts 2027 er ikke godkendt i Tovholder endnu.');
    const closed = await tc.call('followup.close', { id: detail.carriedFollowups[0]!.id, note: 'PPR har svaret' });
    expect(closed).toMatchObject({ status: 'lukket', closedNote: 'PPR har svaret' });
    expect((await tc.call('meeting.get', { id: next.id })).carriedFollowups.map((f) => f.text)).not.toContain('Ring til PPR om ventetid');
  });

  it('distriktsmøde → flerfaglig sparring: the referat shows who was present in which phase', async () => {
    let d = await tc.call('meeting.create', { templateId: 'distriktsmoede', date: '2027-02-08', startTime: '13:00' });
    d = await startAsPlanned(tc, d.id);
    for (const p of d.participants) await tc.call('participant.update', { id: p.id, attendance: 'til_stede' });
    const staying = d.participants.filter((p) => p.role !== 'tale_hoere_konsulent').map((p) => p.id);
    d = await tc.call('meeting.switchPhase', { id: d.id, phase: 'sparring', stayingParticipantIds: staying });
    expect(d.currentPhase).toBe('sparring');
    expect(d.items.find((i) => i.id === d.currentItemId)!.phase).toBe('sparring');
    await tc.call('meeting.end', { id: d.id });
    const r = await tc.call('referat.generate', { meetingId: d.id });
    const [distrikt, sparring] = r.body!.phases;
    expect(distrikt!.present).toContain('Rasmus Kjærbo (RK)');
    expect(sparring!.present).not.toContain('Rasmus Kjærbo (RK)');
    expect(sparring!.present).toContain('Birgitte Skovmose (BSk)');
  });

  it('a drawn signature must be a real PNG of bounded size', async () => {
    const big = `data:image/png;base64,${'A'.repeat(600_000)}`;
    const res = await tc.raw('referat.sign', { meetingId: m.id, signerLabel: 'X', name: 'Y', role: '', method: 'tegnet', imageDataUrl: big });
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field: 'imageDataUrl' });
    expect(res.error!.message).toMatch(/for stort/);
  });
});
