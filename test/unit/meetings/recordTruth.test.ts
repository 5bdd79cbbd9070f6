import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { OutcomeCode } from '../../../shared/templates/schema';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, ressourceteamMeeting, startAsPlanned } from '../../helpers/scenarios';
import { signatureDataUrl } from '../../helpers/png';
import { roleLabel } from '../../../shared/domain/roles';

/** Issue 11 („the record is what happened") and issue 21 item 5, through the IPC handler table. */

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

const auditActions = async () => (await tc.call('audit.list', { limit: 1000 })).entries;
const followupsOf = async (meetingId: string) => (await tc.call('followup.list', { scope: 'alle', includeClosed: true })).items.filter((f) => f.meetingId === meetingId);
const netvaerksmoeder = async (childId: string) => (await tc.call('meeting.list', { filter: 'alle', childId })).filter((x) => x.templateId === 'netvaerksmoede');

/** A running ressourceteammøde in a series of two, four weeks apart, with Freja on the 0–2 slot. PPR and the
 * tale-høre-konsulent sent afbud (issue 21, item 5). */
async function runningSeries(date: string, childId: string): Promise<{ m: MeetingDetail; itemId: string }> {
  let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date, startTime: '12:30', series: { count: 2, weeks: 4 } });
  const slot = m.items.find((i) => i.kind === 'barn')!;
  await tc.call('item.update', { id: slot.id, patch: { childId } });
  m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.talehoere.id, role: 'tale_hoere_konsulent', consultative: false, guestItemId: null });
  m = await startAsPlanned(tc, m.id);
  for (const p of m.participants) {
    const away = p.personId === s.people.psykolog.id || p.personId === s.people.talehoere.id;
    m = await tc.call('participant.update', { id: p.id, attendance: away ? 'afbud' : 'til_stede' });
  }
  return { m, itemId: slot.id };
}

describe('an outcome creates nothing by being looked at (item 1, and issue 21 item 5)', () => {
  it('moving through five outcomes in a row creates no follow-up, no meeting and no audit entry; each is a proposal', async () => {
    const { m, itemId } = await runningSeries('2027-01-11', s.children.freja.id);
    const before = (await auditActions()).length;
    const seen: Partial<Record<OutcomeCode, MeetingDetail['items'][number]['outcomeProposal']>> = {};
    for (const outcome of ['ppr_observation', 'underretning', 'samtale_med_foraeldrene', 'indkald_netvaerksmoede', 'foelg_op_naeste_moede'] as const) {
      const item = await tc.call('item.update', { id: itemId, patch: { outcome } });
      expect(item.outcome).toBe(outcome);
      expect(item.followups).toEqual([]);
      expect(item.outcomeCreated).toEqual([]);
      seen[outcome] = item.outcomeProposal;
    }
    expect(await followupsOf(m.id)).toEqual([]);
    expect(await netvaerksmoeder(s.children.freja.id)).toEqual([]);
    expect((await auditActions()).length).toBe(before);

    // PPR and the tale-høre-konsulent sent afbud: the PPR observation goes to the chair, not to someone who is not there.
    expect(seen.ppr_observation).toMatchObject({ kind: 'opfoelgning', ownerPersonId: s.people.leader.id, ownerInitials: 'BSk', ownerReason: expect.stringMatching(/Mødeleder/) });
    expect(seen.samtale_med_foraeldrene).toMatchObject({ ownerPersonId: s.people.leader.id });
    expect(seen.underretning).toMatchObject({ text: expect.stringMatching(/^Underretning/), ownerInitials: 'BSk' });
    // „Følg op på næste møde": the series' next meeting, four weeks later – not 14 days.
    expect(seen.foelg_op_naeste_moede).toMatchObject({ date: '2027-02-08', dateReason: 'Næste møde i serien' });
    expect(seen.indkald_netvaerksmoede).toMatchObject({ kind: 'netvaerksmoede', date: '2027-01-25' });
  });

  it('the confirm action creates exactly one follow-up, logged; confirming again or a stale outcome is refused', async () => {
    const { m, itemId } = await runningSeries('2027-03-01', s.children.freja.id);
    await tc.call('item.update', { id: itemId, patch: { outcome: 'underretning' } });
    await tc.call('item.update', { id: itemId, patch: { outcome: 'foelg_op_naeste_moede' } });
    const stale = await tc.raw('item.confirmOutcome', { itemId, outcome: 'underretning' });
    expect(stale.error).toMatchObject({ code: 'CONFLICT', field: 'outcome' });
    expect(await followupsOf(m.id)).toEqual([]);

    const item = await tc.call('item.confirmOutcome', { itemId, outcome: 'foelg_op_naeste_moede' });
    expect(item.followups).toHaveLength(1);
    expect(item.followups[0]).toMatchObject({ text: 'Barnet drøftes igen på næste møde', ownerPersonId: s.people.leader.id, dueDate: '2027-03-29', childName: 'Freja Ærø Vestergaard' });
    expect(item.outcomeProposal).toBeNull();
    expect(item.outcomeCreated).toEqual([expect.objectContaining({ outcome: 'foelg_op_naeste_moede', kind: 'opfoelgning', undoable: true })]);
    expect((await tc.raw('item.confirmOutcome', { itemId, outcome: 'foelg_op_naeste_moede' })).error?.code).toBe('CONFLICT');
    expect(await followupsOf(m.id)).toHaveLength(1);
    expect((await auditActions()).some((e) => e.action === 'outcome.confirm')).toBe(true);

    // Changing the outcome withdraws nothing confirmed, only proposes the new one.
    const changed = await tc.call('item.update', { id: itemId, patch: { outcome: 'samtale_med_foraeldrene' } });
    expect(changed.outcomeProposal?.outcome).toBe('samtale_med_foraeldrene');
    expect(changed.followups).toHaveLength(1);

    // Undo before the meeting ends: the follow-up is gone and the undo is logged.
    const undone = await tc.call('item.undoOutcome', { itemId, outcome: 'foelg_op_naeste_moede' });
    expect(undone.followups).toEqual([]);
    expect(undone.outcomeCreated).toEqual([]);
    expect((await auditActions()).some((e) => e.action === 'outcome.undo')).toBe(true);
  });

  it('a confirmed netværksmøde is one meeting, in the audit log, and can be undone only until the meeting ends', async () => {
    const { m, itemId } = await runningSeries('2027-05-03', s.children.aksel.id);
    for (const outcome of ['indkald_netvaerksmoede', 'ppr_observation', 'indkald_netvaerksmoede'] as const) await tc.call('item.update', { id: itemId, patch: { outcome } });
    expect(await netvaerksmoeder(s.children.aksel.id)).toEqual([]);
    const item = await tc.call('item.confirmOutcome', { itemId, outcome: 'indkald_netvaerksmoede', date: '2027-05-20' });
    const nv = await netvaerksmoeder(s.children.aksel.id);
    expect(nv).toHaveLength(1);
    expect(nv[0]).toMatchObject({ date: '2027-05-20', chairName: 'Karim Østergaard' });
    const created = item.outcomeCreated[0]!;
    expect(created).toMatchObject({ kind: 'netvaerksmoede', id: nv[0]!.id, undoable: true });
    const log = await auditActions();
    expect(log.some((e) => e.action === 'meeting.create' && e.summary.includes('udfald'))).toBe(true);

    await tc.call('item.undoOutcome', { itemId, outcome: 'indkald_netvaerksmoede' });
    expect(await netvaerksmoeder(s.children.aksel.id)).toEqual([]);
    await tc.call('item.confirmOutcome', { itemId, outcome: 'indkald_netvaerksmoede' });
    const ended = await tc.call('meeting.end', { id: m.id });
    expect(ended.items.find((i) => i.id === itemId)!.outcomeCreated[0]!.undoable).toBe(false);
    const late = await tc.raw('item.undoOutcome', { itemId, outcome: 'indkald_netvaerksmoede' });
    expect(late.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Mødet er afsluttet/) });
    expect(await netvaerksmoeder(s.children.aksel.id)).toHaveLength(1);
  });

  it('a present participant in the implied role gets the follow-up; a guest only for their own item', async () => {
    const { itemId } = await runningSeries('2027-06-07', s.children.freja.id);
    const m = await tc.call('meeting.get', { id: (await tc.call('meeting.list', { filter: 'alle' })).find((x) => x.date === '2027-06-07')!.id });
    const talehoere = m.participants.find((p) => p.personId === s.people.talehoere.id)!;
    await tc.call('participant.update', { id: talehoere.id, attendance: 'til_stede' });
    const item = await tc.call('item.update', { id: itemId, patch: { outcome: 'ppr_observation' } });
    expect(item.outcomeProposal).toMatchObject({ ownerPersonId: s.people.talehoere.id, ownerReason: expect.stringMatching(/Tale/) });
  });
});

describe('escalation records the basis that was chosen (item 2)', () => {
  it('has no default basis; the dispatch to familieafdelingen carries the chosen basis', async () => {
    const dm = await dialogMeeting(tc, s);
    const none = await tc.raw('meeting.escalate', { meetingId: dm, date: '2026-12-14', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    expect(none.error).toMatchObject({ code: 'INVALID_INPUT', field: 'reason', message: expect.stringMatching(/Vælg grundlaget/) });
    await tc.call('meeting.escalate', { meetingId: dm, reason: 'aftale_med_foraeldrene', date: '2026-12-14', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    let c = await tc.call('child.case', { id: s.children.malik.id });
    expect(c.dispatches.map((d) => d.basis)).toContain('aftale_med_foraeldrene');
    expect(c.dispatches.map((d) => d.basis)).not.toContain('foraeldre');
    await tc.call('meeting.escalate', { meetingId: dm, reason: 'underretning', date: '2026-12-15', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    c = await tc.call('child.case', { id: s.children.malik.id });
    expect(c.dispatches.filter((d) => d.recipient === 'Familieafdelingen, Testkommune').map((d) => d.basis).sort()).toEqual(['aftale_med_foraeldrene', 'underretning']);
  });

  it('refuses a basis that cannot cover the recipient', async () => {
    await tc.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Børnehuset Solsikken', address: '', phone: '', email: '', kommune: 'Testkommune', logo: null });
    const base = { documentId: 'TH-B', childId: s.children.aksel.id, meetingId: null, recipient: 'Familieafdelingen', recipientAuthority: 'Testkommune, Familieafdelingen', channel: 'sikker_mail' as const, note: '', confirmWithoutOral: true };
    const toParentsBasis = await tc.raw('dispatch.record', { ...base, basis: 'foraeldre', toParents: false });
    expect(toParentsBasis.error).toMatchObject({ code: 'INVALID_INPUT', field: 'basis', message: expect.stringMatching(/„Til forældrene selv“ dækker kun/) });
    const otherAuthority = await tc.raw('dispatch.record', { ...base, recipient: 'Engskolen', recipientAuthority: 'Engskolen, Nabokommune', basis: 'egen_myndighed', toParents: false });
    expect(otherAuthority.error).toMatchObject({ code: 'INVALID_INPUT', field: 'basis', message: expect.stringMatching(/anden myndighed/) });
    const parentsUnderretning = await tc.raw('dispatch.record', { ...base, recipient: 'Sofie Nørregaard', recipientAuthority: '', basis: 'underretning', toParents: true });
    expect(parentsUnderretning.error).toMatchObject({ code: 'INVALID_INPUT', field: 'basis' });
    expect((await tc.raw('dispatch.record', { ...base, basis: 'egen_myndighed', toParents: false })).ok).toBe(true);
  });
});

describe('a follow-up belongs to a person and to a child (item 3)', () => {
  let m: MeetingDetail;
  let birgitteAagaard: string;
  beforeAll(async () => {
    birgitteAagaard = (await tc.call('person.save', { name: 'Birgitte Ågård', initials: 'BÅ', role: 'paedagog', organisation: 'Testkommune', authority: 'Testkommune', email: '', phone: '', authorityRole: null })).id;
    m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-08-02', startTime: '12:30' });
    m = await tc.call('participant.add', { meetingId: m.id, personId: birgitteAagaard, role: 'paedagog', consultative: false, guestItemId: null });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: s.children.aksel.id } });
    m = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
  });
  const slot = () => m.items.find((i) => i.kind === 'barn')!;

  it('matches initials to the meeting people without regard to case, Æ/Ø/Å included', async () => {
    for (const typed of ['bå', 'BÅ', 'Bå', ' bÅ ']) {
      const item = await tc.call('followup.add', { itemId: slot().id, ownerPersonId: null, ownerInitials: typed, text: `Opgave ${typed}`, dueDate: null });
      expect(item.followups.at(-1)).toMatchObject({ ownerPersonId: birgitteAagaard, ownerInitials: 'BÅ', ownerName: 'Birgitte Ågård', external: false });
    }
    const hvd = await tc.call('followup.add', { itemId: slot().id, ownerPersonId: null, ownerInitials: 'hvd', text: 'Ring til PPR', dueDate: null });
    expect(hvd.followups.at(-1)).toMatchObject({ ownerPersonId: s.people.psykolog.id, ownerInitials: 'HvD' });
    // „Mine opfølgninger" for Birgitte Ågård holds her tasks.
    const mine = await tc.call('followup.list', { scope: 'mine', personId: birgitteAagaard });
    expect(mine.items.map((f) => f.text)).toEqual(expect.arrayContaining(['Opgave bå', 'Opgave BÅ']));
  });

  it('refuses initials that are nobody, or records them as an external person with a name', async () => {
    const refused = await tc.raw('followup.add', { itemId: slot().id, ownerPersonId: null, ownerInitials: 'XY', text: 'Ukendt', dueDate: null });
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'ownerInitials', message: expect.stringMatching(/Ingen af mødets deltagere har initialerne „XY“/) });
    const ext = await tc.call('followup.add', { itemId: slot().id, ownerPersonId: null, ownerInitials: 'XY', externalName: 'Xenia Yde', text: 'Ekstern opgave', dueDate: null });
    expect(ext.followups.at(-1)).toMatchObject({ ownerPersonId: null, ownerInitials: 'XY', ownerName: 'Xenia Yde', external: true });
  });

  it('every follow-up list shows the child, or an anonymous child, and the meeting', async () => {
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    await tc.call('followup.add', { itemId: anon.id, ownerPersonId: null, ownerInitials: 'bsk', text: 'Tal med stuen', dueDate: null });
    const all = await followupsOf(m.id);
    expect(all.find((f) => f.text === 'Opgave bå')).toMatchObject({ childName: 'Aksel Nørregaard Holm', anonymous: false, meetingTitle: m.title, meetingDate: '2027-08-02' });
    expect(all.find((f) => f.text === 'Tal med stuen')).toMatchObject({ childName: null, anonymous: true });
  });

  it('is editable until approval, refused after, and correctable under „Ret referatet", logged', async () => {
    const f = (await followupsOf(m.id)).find((x) => x.text === 'Ekstern opgave')!;
    const fixed = await tc.call('followup.update', { id: f.id, patch: { ownerInitials: 'bå', text: 'Intern opgave', dueDate: '2027-09-01' } });
    expect(fixed).toMatchObject({ ownerPersonId: birgitteAagaard, ownerName: 'Birgitte Ågård', external: false, text: 'Intern opgave', dueDate: '2027-09-01' });
    expect((await tc.raw('followup.update', { id: f.id, patch: { ownerInitials: 'ZZ' } })).error?.field).toBe('ownerInitials');

    await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    const frozen = await tc.raw('followup.update', { id: f.id, patch: { text: 'Snyd' } });
    expect(frozen.error).toMatchObject({ code: 'APPROVED', message: expect.stringMatching(/Ret referatet/) });

    const r = await tc.call('referat.get', { meetingId: m.id });
    let n = 0;
    for (const signer of r.requiredSigners) {
      await tc.call('referat.sign', { meetingId: m.id, signerLabel: signer.label, name: signer.suggestedName ?? 'Underskriver', role: signer.label, method: 'tegnet', imageDataUrl: signatureDataUrl(n++) });
    }
    await tc.call('referat.seal', { meetingId: m.id });
    expect((await tc.raw('followup.update', { id: f.id, patch: { text: 'Snyd' } })).error?.code).toBe('SEALED');
    await tc.call('referat.correct', { meetingId: m.id, reason: 'Forkert dato på opfølgning' });
    expect(await tc.call('followup.update', { id: f.id, patch: { dueDate: '2027-09-15' } })).toMatchObject({ dueDate: '2027-09-15' });
    const log = await auditActions();
    expect(log.some((e) => e.action === 'followup.update' && e.summary.includes('rettelse'))).toBe(true);
    const regenerated = await tc.call('referat.generate', { meetingId: m.id });
    expect(regenerated.current?.version).toBe(2);
    expect(JSON.stringify(regenerated.body)).toContain('2027-09-15');
    expect(regenerated.versions[0]!.status).toBe('forseglet');
  });
});

/** Channels that change a meeting, with an input that would otherwise be accepted (or at least reach the guard). */
function mutations(m: MeetingDetail, personId: string): Partial<Record<Channel, unknown>> {
  const item = m.items.find((i) => i.kind === 'barn')!;
  const part = m.participants[0]!;
  const decision = m.items.flatMap((i) => i.decisions)[0]!;
  const followup = m.items.flatMap((i) => i.followups)[0]!;
  return {
    'meeting.update': { id: m.id, patch: { place: 'Et andet sted' } },
    'meeting.cancel': { id: m.id, reason: 'Fejl', confirmed: true },
    'meeting.start': { id: m.id },
    'meeting.setCurrentItem': { id: m.id, itemId: item.id },
    'meeting.switchPhase': { id: m.id, phase: 'x', stayingParticipantIds: [] },
    'meeting.end': { id: m.id },
    'meeting.offerFamilieraadslagning': { id: m.id },
    'participant.add': { meetingId: m.id, personId, role: 'paedagog' },
    'participant.update': { id: part.id, attendance: 'afbud' },
    'participant.remove': { id: part.id },
    'item.add': { meetingId: m.id, kind: 'anonym', anonLabel: 'Dreng' },
    'item.update': { id: item.id, patch: { notes: 'Ændret efter godkendelse' } },
    'meeting.updateItem': { id: item.id, patch: { notes: 'Ændret efter godkendelse' } },
    'item.move': { id: item.id, direction: 'ned' },
    'item.remove': { id: item.id },
    'item.recordTime': { id: item.id, elapsedSeconds: 1 },
    'item.confirmOutcome': { itemId: item.id, outcome: 'ppr_observation' },
    'item.undoOutcome': { itemId: item.id, outcome: 'ppr_observation' },
    'decision.add': { itemId: item.id, text: 'Ny beslutning' },
    'decision.update': { id: decision.id, text: 'Ændret' },
    'decision.remove': { id: decision.id },
    'followup.add': { itemId: item.id, ownerPersonId: personId, ownerInitials: 'X', text: 'Ny opgave' },
    'followup.update': { id: followup.id, patch: { text: 'Ændret' } },
    'followup.remove': { id: followup.id },
    'form.saveTransition': { meetingId: m.id, data: {} },
    'form.saveHandleplan': { meetingId: m.id, data: {} },
  };
}

/** Channels on a meeting that stay open after approval, and why. */
const ALLOWED_AFTER_APPROVAL: Channel[] = [
  'followup.close', // the task lives on; closing it does not change the referat
  'meeting.escalate', // creates a new meeting from the approved dialogmøde; does not change it
  'referat.approve',
  'referat.sign',
  'referat.seal',
  'referat.correct',
  'referat.withdrawApproval',
  'referat.generate', // refused with its own message naming the correction
  'referat.update', // idem
  'referat.addSigner', // who signs is not the referat's text: the chair adds signers until the seal
  'referat.removeSigner', // idem, while nobody has signed
  'form.transitionView', // a query
  'form.handleplanView', // a query
];

describe('an approved referat freezes what it was made from (item 4)', () => {
  it('every channel that changes a meeting is either refused after approval or listed with a reason', () => {
    const m = { items: [{ kind: 'barn', id: 'x', decisions: [{ id: 'd' }], followups: [{ id: 'f' }] }], participants: [{ id: 'p' }], id: 'm' } as unknown as MeetingDetail;
    const guarded = Object.keys(mutations(m, 'p'));
    const meetingChannels = CHANNELS.filter((c) => /^(meeting|participant|item|decision|followup|form|referat)\./.test(c) && !/\.(get|list)|^form\.get/.test(c) && c !== 'meeting.create');
    expect(meetingChannels.filter((c) => !guarded.includes(c) && !ALLOWED_AFTER_APPROVAL.includes(c))).toEqual([]);
  });

  it('after approval each mutating channel is refused with the way forward; nothing changes', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false, date: '2027-01-04' });
    const before = await tc.call('meeting.get', { id });
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    for (const [channel, input] of Object.entries(mutations(before, s.people.paedagog.id))) {
      const res = await tc.raw(channel, input);
      expect(res.error, channel).toMatchObject({ code: 'APPROVED', message: expect.stringMatching(/„Ret referatet“.*træk godkendelsen tilbage med en begrundelse/) });
    }
    const after = await tc.call('meeting.get', { id });
    // Only the pending proposals go: an approved meeting proposes nothing more.
    const record = (x: MeetingDetail) => ({ ...x, warnings: [], referatStatus: null, editable: null, lockedReason: null, items: x.items.map((i) => ({ ...i, outcomeProposal: null })) });
    expect(record(after)).toEqual(record(before));
    expect(after.referatStatus).toBe('godkendt');
  });

  it('withdrawing the approval needs a reason, removes the signatures on the approved text, is logged and reopens the meeting', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false, date: '2027-01-18' });
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    await tc.call('referat.sign', { meetingId: id, signerLabel: 'Mødeleder', name: 'Birgitte Skovmose', role: 'Mødeleder', method: 'navn', imageDataUrl: null });
    expect((await tc.raw('referat.withdrawApproval', { meetingId: id, reason: ' ' })).error?.field).toBe('reason');
    const r = await tc.call('referat.withdrawApproval', { meetingId: id, reason: 'En deltager står forkert som til stede' });
    expect(r.current).toMatchObject({ status: 'udkast', approvedAt: null, approvedBy: null });
    expect(r.signatures).toEqual([]);
    expect((await auditActions()).find((e) => e.action === 'referat.withdrawApproval')?.summary).toMatch(/1 underskrift fjernet/);
    const m = await tc.call('meeting.get', { id });
    const p = m.participants.find((x) => x.attendance === 'til_stede')!;
    expect((await tc.call('participant.update', { id: p.id, attendance: 'fravaerende' })).participants.find((x) => x.id === p.id)!.attendance).toBe('fravaerende');
    const regenerated = await tc.call('referat.generate', { meetingId: id });
    expect(regenerated.body!.fravaerende.join()).toContain(p.name);
  });

  it('a sealed referat cannot have its approval withdrawn; every channel names „Ret referatet"', async () => {
    const id = await ressourceteamMeeting(tc, s, { date: '2027-01-25' });
    const withdraw = await tc.raw('referat.withdrawApproval', { meetingId: id, reason: 'Fejl' });
    expect(withdraw.error).toMatchObject({ code: 'SEALED', message: expect.stringMatching(/Ret referatet/) });
    const m = await tc.call('meeting.get', { id });
    for (const [channel, input] of Object.entries(mutations(m, s.people.paedagog.id))) {
      expect((await tc.raw(channel, input)).error, channel).toMatchObject({ code: 'SEALED', message: expect.stringMatching(/Ret referatet/) });
    }
  });

  it('a referat cannot be approved while the meeting is still running', async () => {
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-11-01', startTime: '12:30' });
    m = await startAsPlanned(tc, m.id);
    await tc.call('referat.generate', { meetingId: m.id });
    expect((await tc.raw('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' })).error?.message).toMatch(/Afslut mødet/);
  });
});

describe('„Mistanke om overgreb" is enforced in the core (item 6)', () => {
  it('while the flag is set only the oral notice is accepted as parent contact; the case says which kinds are allowed', async () => {
    const child = (await tc.call('child.save', { name: 'Ellen Fiktiv Hansen', birthDate: '2023-03-03', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null })).id;
    const flagged = await tc.call('child.setAbuseFlag', { childId: child, on: true, reason: 'Bekymrende mærker; kommunens procedure følges' });
    expect(flagged.checklist.filter((c) => c.allowed).map((c) => c.kind)).toEqual(['mundtlig_orientering']);
    for (const kind of ['bekymring_orienteret', 'dagsorden_aftalt', 'samtale_efter'] as const) {
      const res = await tc.raw('parentContact.add', { childId: child, kind, date: '2026-11-23', byName: 'Birgitte Skovmose', note: '' });
      expect(res.error, kind).toMatchObject({ code: 'CONFLICT', field: 'kind', message: expect.stringMatching(/mistanke om overgreb.*procedure for underretning/) });
    }
    expect((await tc.call('child.case', { id: child })).parentContacts).toEqual([]);
    expect((await tc.call('parentContact.add', { childId: child, kind: 'mundtlig_orientering', date: '2026-11-23', byName: 'Birgitte Skovmose', note: '' })).parentContacts).toHaveLength(1);
    const cleared = await tc.call('child.setAbuseFlag', { childId: child, on: false, reason: '' });
    expect(cleared.checklist.every((c) => c.allowed)).toBe(true);
    expect((await tc.raw('parentContact.add', { childId: child, kind: 'samtale_efter', date: '2026-11-24', byName: 'Birgitte Skovmose', note: '' })).ok).toBe(true);
  });
});

describe('consent warnings are right (item 5)', () => {
  it('participants shown as roles match by role; template block text is no topic; a genuinely new participant still flags', async () => {
    const child = (await tc.call('child.save', { name: 'Vilja Fiktiv Berg', birthDate: '2025-05-05', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null })).id;
    const detail = await tc.call('child.addGuardian', { childId: child, name: 'Maja Fiktiv Berg', initials: 'MFB', custody: true });
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-02', startTime: '12:30' });
    const otherRoles = m.participants.filter((p) => p.role !== 'dagtilbudsleder' && p.role !== 'ppr_psykolog').map((p) => roleLabel(p.role));
    await tc.call('consent.record', {
      childId: child,
      guardianPersonIds: detail.guardians.map((g) => g.personId),
      purpose: 'tvaerfagligt_moede',
      infoTypes: ['Trivsel og udvikling'],
      recipients: [{ name: 'Ressourceteamet', authority: 'Testkommune' }],
      purposeText: 'Sparring om barnets trivsel',
      givenDate: '2026-11-20',
      obtainedBy: 'Birgitte Skovmose',
      // Written the way the form invites: roles, two on one line.
      participantsShown: ['Dagtilbudsleder, PPR-psykolog', ...otherRoles],
      topics: ['Søvn og aflevering'],
      expires: null,
    });
    const slot = m.items.find((i) => i.block === '0-2')!;
    expect(slot.description).toBe('Fast reserveret tid til de 0–2-årige');
    await tc.call('item.update', { id: slot.id, patch: { childId: child } });
    m = await tc.call('meeting.get', { id: m.id });
    expect(m.warnings.filter((w) => w.code === 'CONSENT_RENEWAL')).toEqual([]);

    // A topic of the item's own still counts.
    await tc.call('item.update', { id: slot.id, patch: { description: 'Sprogudvikling' } });
    m = await tc.call('meeting.get', { id: m.id });
    expect(m.warnings.find((w) => w.code === 'CONSENT_RENEWAL')?.message).toMatch(/emnet „Sprogudvikling“/);
    await tc.call('item.update', { id: slot.id, patch: { description: 'Søvn og aflevering' } });

    m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.raadgiver.id, role: 'distriktsraadgiver', consultative: true, guestItemId: null });
    const renewal = m.warnings.find((w) => w.code === 'CONSENT_RENEWAL')!;
    expect(renewal.message).toMatch(/nye deltagere.*: Karim Østergaard\.$/);
    expect(renewal.message).not.toMatch(/Birgitte Skovmose|Henriette van Dalen|emnet/);
  });
});

describe('reading a child’s case writes nothing (item 7)', () => {
  it('child.case never writes; child.open logs one opening per visit', async () => {
    const count = () => (tc.core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = count();
    const changes = tc.core.db.prepare('SELECT total_changes() AS n').pluck();
    const c0 = changes.get() as number;
    for (let i = 0; i < 3; i++) await tc.call('child.case', { id: s.children.aksel.id });
    expect(count()).toBe(before);
    expect(changes.get()).toBe(c0);
    await tc.call('child.open', { id: s.children.aksel.id });
    const log = (await tc.call('audit.list', { limit: 5 })).entries;
    expect(count()).toBe(before + 1);
    expect(log[0]).toMatchObject({ action: 'child.open', actionLabel: 'Åbnede barnets sag' });
  });
});

describe('sample data keeps to the same rules', () => {
  it('loads, and its follow-up is linked to the person whose initials it names', async () => {
    const other = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    try {
      await other.call('settings.completeFirstRun', {
        profile: { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' },
        organisation: { forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', kommune: 'Testkommune' },
      } as never);
      await other.call('sample.load', {});
      const all = await other.call('followup.list', { scope: 'alle', includeClosed: true });
      const f = all.items.find((x) => x.ownerInitials === 'SL')!;
      expect(f).toMatchObject({ ownerName: 'Sara Lind', external: false });
      expect(f.ownerPersonId).not.toBeNull();
    } finally {
      other.close();
    }
  });
});
