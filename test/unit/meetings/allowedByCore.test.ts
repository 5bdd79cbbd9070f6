import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProfessional, ROLE_CODES } from '../../../shared/domain/roles';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { dialogMeeting, ressourceteamMeeting } from '../../helpers/scenarios';

/**
 * Issue 16, item 2: the objects the core returns say what is allowed – computed by the same rule that refuses the
 * change – so the screens decide nothing themselves. Each field is checked against the enforcement it mirrors.
 */

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

describe('meeting detail: editable and why not', () => {
  it('a planned meeting is editable, and a change is accepted', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-07', startTime: '12:30' });
    expect(m).toMatchObject({ editable: true, lockedReason: null });
    expect((await tc.raw('meeting.update', { id: m.id, patch: { place: 'Salen' } })).ok).toBe(true);
  });

  it('a cancelled meeting is not editable; the reason is the very message a change gets', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-08', startTime: '12:30' });
    const cancelled = await tc.call('meeting.cancel', { id: m.id, reason: 'Sygdom', confirmed: true });
    expect(cancelled.editable).toBe(false);
    const refused = await tc.raw('meeting.update', { id: m.id, patch: { place: 'Salen' } });
    expect(refused.error?.message).toBe(cancelled.lockedReason);
  });

  it('approved, then under correction, then sealed: editable follows the guard each time', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false, date: '2027-02-01' });
    expect((await tc.call('meeting.get', { id })).editable).toBe(true);

    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    const approved = await tc.call('meeting.get', { id });
    const refused = await tc.raw('participant.update', { id: approved.participants[0]!.id, attendance: 'afbud' });
    expect(approved.editable).toBe(false);
    expect(refused.error?.code).toBe('APPROVED');
    expect(approved.lockedReason).toBe(refused.error?.message);

    await tc.call('referat.correct', { meetingId: id, reason: 'En deltager står forkert som til stede' });
    const correcting = await tc.call('meeting.get', { id });
    expect(correcting).toMatchObject({ editable: true, lockedReason: null });
    expect((await tc.raw('participant.update', { id: approved.participants[0]!.id, attendance: 'afbud' })).ok).toBe(true);
  });

  it('a sealed meeting is not editable, with the sealed message', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: true, date: '2027-02-15' });
    const m = await tc.call('meeting.get', { id });
    const refused = await tc.raw('meeting.update', { id, patch: { place: 'Salen' } });
    expect(refused.error?.code).toBe('SEALED');
    expect(m).toMatchObject({ editable: false, lockedReason: refused.error?.message });
  });
});

describe('agenda items: allowed outcome proposals', () => {
  it('a child item offers the template outcomes and accepts each; other items offer none and refuse any', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-09', startTime: '12:30' });
    const child = m.items.find((i) => i.kind === 'barn')!;
    const general = m.items.find((i) => i.kind !== 'barn' && i.kind !== 'anonym')!;
    expect(child.allowedOutcomes).toEqual(m.template.outcomes);
    expect(child.allowedOutcomes.length).toBeGreaterThan(0);
    expect(general.allowedOutcomes).toEqual([]);

    for (const outcome of child.allowedOutcomes) {
      const item = await tc.call('item.update', { id: child.id, patch: { outcome } });
      expect(item.outcome).toBe(outcome);
    }
    const refused = await tc.raw('item.update', { id: general.id, patch: { outcome: child.allowedOutcomes[0]! } });
    expect(refused.error).toMatchObject({ code: 'TEMPLATE_RULE', field: 'outcome', message: expect.stringMatching(/punkt om et barn/) });
    expect((await tc.call('meeting.get', { id: m.id })).items.find((i) => i.id === general.id)!.outcome).toBeNull();
  });

  it('an anonymous item offers the same outcomes as a named child item', async () => {
    const m = await tc.call('item.add', { meetingId: (await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-10', startTime: '12:30' })).id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    expect(anon.allowedOutcomes).toEqual(m.template.outcomes);
    expect((await tc.call('item.update', { id: anon.id, patch: { outcome: anon.allowedOutcomes[0]! } })).outcome).toBe(anon.allowedOutcomes[0]);
  });

  it('an outcome not on the template is refused, and not offered', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-11', startTime: '14:00', childId: s.children.malik.id });
    const everyOutcome = ['ppr_observation', 'underretning', 'samtale_med_foraeldrene', 'foelg_op_naeste_moede', 'handleplan', 'indkald_netvaerksmoede'] as const;
    for (const item of m.items) {
      for (const outcome of everyOutcome.filter((o) => !item.allowedOutcomes.includes(o))) {
        const res = await tc.raw('item.update', { id: item.id, patch: { outcome } });
        expect(res.error?.code, `${item.kind} ${outcome}`).toBe('TEMPLATE_RULE');
      }
    }
  });
});

describe('participants: isProfessional', () => {
  it('is the shared rule (shared/domain/roles.ts) for every participant: parents and network are not professionals', async () => {
    let m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-14', startTime: '14:00', childId: s.children.malik.id });
    const parent = (await tc.call('child.get', { id: s.children.malik.id })).guardians[0]!;
    if (!m.participants.some((p) => p.personId === parent.personId)) {
      m = await tc.call('participant.add', { meetingId: m.id, personId: parent.personId, role: 'foraelder', consultative: false, guestItemId: null });
    }
    for (const p of m.participants) expect(p.isProfessional, p.role).toBe(isProfessional(p.role));
    expect(m.participants.some((p) => !p.isProfessional)).toBe(true);
    expect(m.participants.some((p) => p.isProfessional)).toBe(true);
    expect(ROLE_CODES.filter((r) => !isProfessional(r)).sort()).toEqual(['foraelder', 'netvaerk']);
  });
});

describe('familierådslagning offer on an escalated netværksmøde', () => {
  it('is null on other meetings, and refused there', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-15', startTime: '12:30' });
    expect(m.familieraadslagning).toBeNull();
    const refused = await tc.raw('meeting.offerFamilieraadslagning', { id: m.id });
    expect(refused.error).toMatchObject({ code: 'TEMPLATE_RULE', message: expect.stringMatching(/eskaleret fra et dialogmøde/) });
  });

  it('is offered once, from data: a follow-up for the chair; a second offer is refused; removing it withdraws it', async () => {
    const dm = await dialogMeeting(tc, s);
    const nv = await tc.call('meeting.escalate', { meetingId: dm, reason: 'aftale_med_foraeldrene', date: '2026-12-14', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    expect(nv.familieraadslagning).toEqual({ offered: false, canOffer: true, whyNot: null });

    // A follow-up that merely mentions the word is not the offer.
    const anyItem = nv.items[0]!;
    await tc.call('followup.add', { itemId: anyItem.id, ownerPersonId: nv.chairId, ownerInitials: 'KØ', text: 'Spørg om familierådslagning er kendt af familien', dueDate: null });
    expect((await tc.call('meeting.get', { id: nv.id })).familieraadslagning).toEqual({ offered: false, canOffer: true, whyNot: null });

    tc.events.length = 0;
    const offered = await tc.call('meeting.offerFamilieraadslagning', { id: nv.id });
    expect(offered.familieraadslagning).toEqual({ offered: true, canOffer: false, whyNot: null });
    expect(tc.events).toContainEqual(expect.objectContaining({ aggregate: 'meeting', id: nv.id, channel: 'meeting.offerFamilieraadslagning' }));
    const followup = offered.items.flatMap((i) => i.followups).find((f) => f.text === 'Tilbyde familien en familierådslagning')!;
    expect(followup.ownerPersonId).toBe(nv.chairId);
    const audit = (await tc.call('audit.list', { limit: 50 })).entries;
    expect(audit.some((e) => e.action === 'followup.add' && /familierådslagning/.test(e.summary))).toBe(true);

    const again = await tc.raw('meeting.offerFamilieraadslagning', { id: nv.id });
    expect(again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/allerede tilbudt/) });

    await tc.call('followup.remove', { id: followup.id });
    expect((await tc.call('meeting.get', { id: nv.id })).familieraadslagning).toEqual({ offered: false, canOffer: true, whyNot: null });
  });

  it('cannot be offered without a chair; canOffer says so before the chair tries', async () => {
    const dm = await dialogMeeting(tc, s);
    const nv = await tc.call('meeting.escalate', { meetingId: dm, reason: 'underretning', date: '2026-12-16', startTime: '10:00', familieafdeling: 'Familieafdelingen, Testkommune' });
    const noChair = await tc.call('meeting.update', { id: nv.id, patch: { chairId: null } });
    const refused = await tc.raw('meeting.offerFamilieraadslagning', { id: nv.id });
    expect(noChair.familieraadslagning).toEqual({ offered: false, canOffer: false, whyNot: refused.error?.message });
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'chairId', message: expect.stringMatching(/Vælg en mødeleder/) });
  });
});

describe('planning an item answers with the whole meeting (meeting.updateItem)', () => {
  it('choosing the child of the 0–2 slot is one call whose reply already drops the empty-slot warning', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-17', startTime: '12:30' });
    expect(m.warnings.map((w) => w.code)).toContain('BLOCK_0_2_EMPTY');
    const slot = m.items.find((i) => i.kind === 'barn' && i.block === '0-2')!;
    tc.events.length = 0;
    const next = await tc.call('meeting.updateItem', { id: slot.id, patch: { childId: s.children.freja.id } });
    expect(next.items.find((i) => i.id === slot.id)).toMatchObject({ childId: s.children.freja.id, childName: 'Freja Ærø Vestergaard' });
    expect(next.warnings.map((w) => w.code)).not.toContain('BLOCK_0_2_EMPTY');
    expect(tc.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ aggregate: 'meeting', id: m.id, channel: 'meeting.updateItem' }),
        expect.objectContaining({ aggregate: 'child', id: s.children.freja.id }),
      ]),
    );
  });

  it('is refused exactly as item.update is: a child without consent, and the meeting keeps its item as it was', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-18', startTime: '12:30' });
    const slot = m.items.find((i) => i.kind === 'barn' && i.block !== '0-2')!;
    const viaItem = await tc.raw('item.update', { id: slot.id, patch: { childId: s.children.malik.id } });
    const viaMeeting = await tc.raw('meeting.updateItem', { id: slot.id, patch: { childId: s.children.malik.id } });
    expect(viaItem.error?.code).toBe('CONSENT_REQUIRED');
    expect(viaMeeting.error).toEqual(viaItem.error);
    expect((await tc.call('meeting.get', { id: m.id })).items.find((i) => i.id === slot.id)!.childId).toBeNull();
  });
});

describe('the live timer', () => {
  it('stores the time used without announcing a change: other views do not reload a meeting every 5 seconds', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-21', startTime: '12:30' });
    await tc.call('meeting.start', { id: m.id, confirmOtherDay: true });
    tc.events.length = 0;
    await tc.call('item.recordTime', { id: m.items[0]!.id, elapsedSeconds: 42 });
    expect(tc.events).toEqual([]);
    expect((await tc.call('meeting.get', { id: m.id })).items[0]!.elapsedSeconds).toBe(42);
  });
});
