import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
let now = new Date('2026-11-23T09:00:00Z');
beforeAll(async () => {
  tc = makeCore({ now: () => now });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

/** One professional's preparation, so that the form has something to send. */
async function prepare(m: { id: string; items: { id: string; kind: string }[]; participants: { personId: string; role: string }[] }) {
  const personId = m.participants.find((p) => p.role === 'ppr_psykolog')!.personId;
  await tc.call('preparation.save', { meetingId: m.id, itemId: m.items.find((i) => i.kind === 'barn')!.id, personId, questions: 'Hvad siger forældrene?' });
}

describe('deadlines tell the truth (issue 21, item 6)', () => {
  it('„Kommende frister" marks a passed date as overskredet and lists it first, never as coming up', async () => {
    // Freja (born 2 September 2024) has her overgangsmøde before børnehave due 2 June 2027; look from 10 June 2027.
    now = new Date('2027-06-10T09:00:00Z');
    const list = (await tc.call('deadlines.upcoming', {})).filter((d) => d.childId === s.children.freja.id);
    expect(list[0]).toMatchObject({ kind: 'overgang_boernehave', date: '2027-06-02', overdue: true });
    expect(list.filter((d) => d.date >= '2027-06-10').every((d) => !d.overdue)).toBe(true);
    now = new Date('2026-11-23T09:00:00Z');
    const before = (await tc.call('deadlines.upcoming', {})).filter((d) => d.childId === s.children.freja.id);
    expect(before.every((d) => !d.overdue)).toBe(true);
  });

  it('a follow-up carried to the next meeting is marked overdue once its date has passed', async () => {
    const first = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-11-23', startTime: '09:00', childId: s.children.malik.id });
    await startAsPlanned(tc, first.id);
    const item = first.items.find((i) => i.key === 'aftaler')!;
    await tc.call('followup.add', { itemId: item.id, ownerInitials: 'ML', ownerPersonId: s.people.primaer.id, text: 'Ring til forældrene', dueDate: '2026-12-01' });
    await tc.call('followup.add', { itemId: item.id, ownerInitials: 'ML', ownerPersonId: s.people.primaer.id, text: 'Send billedplan', dueDate: '2027-02-01' });
    await tc.call('meeting.end', { id: first.id });
    const next = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2027-01-11', startTime: '09:00', childId: s.children.malik.id });
    now = new Date('2026-12-20T09:00:00Z');
    const carried = (await tc.call('meeting.get', { id: next.id })).carriedFollowups;
    expect(carried.map((f) => [f.text, f.overdue])).toEqual([
      ['Ring til forældrene', true],
      ['Send billedplan', false],
    ]);
    expect((await tc.call('followup.list', { scope: 'alle', includeClosed: false })).items.find((f) => f.text === 'Ring til forældrene')!.overdue).toBe(true);
    now = new Date('2026-11-23T09:00:00Z');
  });

  it('a forberedelsesskema ticked „sendt" after the 3-day deadline keeps a warning that it was sent late', async () => {
    const m = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00' });
    expect(m.warnings.find((w) => w.code === 'PREPARATION_NOT_SENT')?.message).toMatch(/senest 7\. december 2026/);
    now = new Date('2026-12-09T08:00:00Z');
    await prepare(m);
    const late = await tc.call('meeting.update', { id: m.id, patch: { preparationSent: true } });
    expect(late.warnings.some((w) => w.code === 'PREPARATION_NOT_SENT')).toBe(false);
    expect(late.warnings).toContainEqual({
      code: 'PREPARATION_SENT_LATE',
      level: 'advarsel',
      message: 'Forberedelsesskemaet blev sendt 9. december 2026, 2 dage efter fristen (7. december 2026, 3 dage før mødet).',
    });
    const onTime = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-20', startTime: '13:00' });
    await prepare(onTime);
    const sent = await tc.call('meeting.update', { id: onTime.id, patch: { preparationSent: true } });
    expect(sent.warnings.some((w) => w.code.startsWith('PREPARATION'))).toBe(false);
    now = new Date('2026-11-23T09:00:00Z');
  });
});
