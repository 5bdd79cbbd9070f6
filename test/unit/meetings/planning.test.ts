import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

const roleOf = (m: Awaited<ReturnType<TestCore['call']>>, name: string) =>
  (m as { participants: { name: string; role: string; consultative: boolean }[] }).participants.find((p) => p.name === name);

describe('planning a meeting from a template', () => {
  it('a dialogmøde proposes the parents, the leader, the primary pædagog and – without a social sag – a distriktsrådgiver uden myndighedsrolle in a consultative role', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-02', startTime: '09:00', childId: s.children.aksel.id });
    expect(m.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Sofie Nørregaard', 'Peter Holm', 'Birgitte Skovmose', 'Mette Lundgaard', 'Karim Østergaard']),
    );
    expect(roleOf(m, 'Karim Østergaard')).toMatchObject({ role: 'distriktsraadgiver', consultative: true });
    expect(m.participants.some((p) => p.role === 'myndighedssagsbehandler')).toBe(false);
    expect(m.chairId).toBe(s.people.leader.id);
    expect(m.ownerId).toBe(s.people.leader.id);
    expect(m.referentId).toBe(s.people.paedagog.id);
    expect(m.endTime).toBe('10:00');
    expect(m.templateVersion).toBe(1);
    expect(m.warnings.map((w) => w.code)).toContain('AGENDA_NOT_AGREED');
  });

  it('with a social sag the child’s myndighedssagsbehandler is proposed instead, also consultative', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-03', startTime: '13:00', childId: s.children.malik.id });
    expect(roleOf(m, 'Lene Bøgh Dalsgaard')).toMatchObject({ role: 'myndighedssagsbehandler', consultative: true });
    expect(m.participants.some((p) => p.role === 'distriktsraadgiver')).toBe(false);
  });

  it('a netværksmøde is chaired and owned by the distriktsrådgiver', async () => {
    const m = await tc.call('meeting.create', { templateId: 'netvaerksmoede', date: '2026-12-10', startTime: '10:00', childId: s.children.aksel.id });
    expect(m.chairId).toBe(s.people.raadgiver.id);
    expect(m.ownerId).toBe(s.people.raadgiver.id);
    expect(m.convenerId).toBe(s.people.raadgiver.id);
  });

  it('an overgangsmøde to school has its default place, a fixed agenda that cannot be changed, and no meeting-wide child items', async () => {
    const m = await tc.call('meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-12-11', startTime: '08:30', childId: s.children.aksel.id });
    expect(m.place).toBe('I børnehaven, på skolen eller hjemme');
    expect(m.items.map((i) => i.kind)).toEqual(['samtale', 'laeringskompetencer', 'barnets_perspektiv', 'standard']);
    const add = await tc.raw('item.add', { meetingId: m.id, kind: 'standard' });
    expect(add.error?.code).toBe('TEMPLATE_RULE');
    const move = await tc.raw('item.move', { id: m.items[1]!.id, direction: 'op' });
    expect(move.error?.code).toBe('TEMPLATE_RULE');
    const remove = await tc.raw('item.remove', { id: m.items[0]!.id });
    expect(remove.error).toMatchObject({ code: 'TEMPLATE_RULE', message: 'Punktet er fast i skabelonen og kan ikke fjernes.' });
  });

  it('a fokusteammøde warns when the forberedelsesskema is not sent three days before', async () => {
    const m = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-11-25', startTime: '09:00' });
    const w = m.warnings.find((x) => x.code === 'PREPARATION_NOT_SENT');
    expect(w?.level).toBe('fejl');
    expect(w?.message).toMatch(/22\. november 2026/);
    const psykolog = m.participants.find((p) => p.role === 'ppr_psykolog')!;
    await tc.call('preparation.save', { meetingId: m.id, itemId: m.items.find((i) => i.kind === 'barn')!.id, personId: psykolog.personId, questions: 'Skal vi observere i garderoben?' });
    const sent = await tc.call('meeting.update', { id: m.id, patch: { preparationSent: true } });
    expect(sent.warnings.some((x) => x.code === 'PREPARATION_NOT_SENT')).toBe(false);
  });

  it('a ressourceteam series is created by cadence, and cancelling one asks for confirmation first', async () => {
    const first = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-06', startTime: '12:30', series: { count: 4, weeks: 6 } });
    const all = (await tc.call('meeting.list', { filter: 'alle' })).filter((m) => m.seriesId === first.seriesId);
    expect(all.map((m) => m.date).sort()).toEqual(['2027-01-06', '2027-02-17', '2027-03-31', '2027-05-12']);
    const second = all.find((m) => m.date === '2027-02-17')!;
    const refused = await tc.raw('meeting.cancel', { id: second.id, reason: 'Sygdom', confirmed: false });
    expect(refused.error?.code).toBe('CANCEL_NEEDS_CONFIRM');
    expect(refused.error?.message).toMatch(/fast mødeserie/);
    expect((await tc.call('meeting.get', { id: second.id })).status).toBe('planlagt');
    const cancelled = await tc.call('meeting.cancel', { id: second.id, reason: 'Sygdom', confirmed: true });
    expect(cancelled.status).toBe('aflyst');
    expect(cancelled.cancelledReason).toBe('Sygdom');
    expect((await tc.raw('item.add', { meetingId: second.id, kind: 'barn' })).error?.code).toBe('CONFLICT');
  });

  it('ressourceteam agenda: child items go before „Evt.", which stays last; godkendelse stays first', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-20', startTime: '12:30' });
    const added = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
    expect(added.items.at(-1)!.kind).toBe('evt');
    expect(added.items.at(-2)!.kind).toBe('anonym');
    const evt = added.items.at(-1)!;
    expect((await tc.raw('item.move', { id: evt.id, direction: 'op' })).error?.message).toMatch(/sidste punkt/);
    const godk = added.items[0]!;
    expect((await tc.raw('item.move', { id: added.items[1]!.id, direction: 'op' })).error?.message).toMatch(/punkt 1/);
    expect(godk.kind).toBe('godkendelse');
    const anon = added.items.at(-2)!;
    const moved = await tc.call('item.move', { id: anon.id, direction: 'op' });
    expect(moved.items.at(-3)!.id).toBe(anon.id);
  });

  it('an anonymous item cannot carry a named child, and a block for 0–2-årige only where the template has one', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-27', startTime: '12:30' });
    expect((await tc.raw('item.add', { meetingId: m.id, kind: 'anonym', childId: s.children.aksel.id })).error?.code).toBe('TEMPLATE_RULE');
    const fok = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2027-01-27', startTime: '09:00' });
    expect((await tc.raw('item.add', { meetingId: fok.id, kind: 'barn', block: '0-2' })).error?.message).toMatch(/0–2/);
  });

  it('distriktsmøde: children are discussed in the sparring phase, not among the general topics', async () => {
    const m = await tc.call('meeting.create', { templateId: 'distriktsmoede', date: '2027-02-01', startTime: '13:00' });
    expect((await tc.raw('item.add', { meetingId: m.id, kind: 'barn', phase: 'distrikt' })).error?.message).toMatch(/Flerfaglig sparring/);
    const ok = await tc.call('item.add', { meetingId: m.id, kind: 'barn' });
    expect(ok.items.filter((i) => i.kind === 'barn').every((i) => i.phase === 'sparring')).toBe(true);
  });

  it('initials are whatever the directory says („HvD"), never re-derived', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-02-03', startTime: '12:30' });
    expect(m.participants.find((p) => p.name === 'Henriette van Dalen')?.initials).toBe('HvD');
  });
});
