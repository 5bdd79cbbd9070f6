import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { LAERINGSKOMPETENCER } from '../../../shared/templates/schema';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { netvaerkMeeting, ressourceteamMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-07T07:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

/** An overgangsmøde børnehave → skole for Aksel (Børnehuset Solsikken, Mariehønen) with the school's pædagog taking part. */
async function overgang(): Promise<MeetingDetail> {
  let m = await tc.call('meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-12-07', startTime: '08:30', childId: s.children.aksel.id });
  if (!m.participants.some((p) => p.personId === s.people.skolepaedagog.id)) {
    m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.skolepaedagog.id, role: 'skolepaedagog', consultative: false, guestItemId: null });
  }
  return m;
}

const formRows = () => tc.core.db.prepare("SELECT count(*) AS n FROM meeting_forms WHERE kind = 'overgangsskema'").get() as { n: number };

describe('the overgangsskema tab: Fra, Til and Kontaktperson proposed from the child and the meeting', () => {
  it('proposes „Børnehuset Solsikken, Mariehønen“ → the school pædagog’s organisation, with the pædagog as contact; nothing is saved by looking', async () => {
    const m = await overgang();
    const before = formRows().n;
    tc.events.length = 0;
    const view = await tc.call('form.transitionView', { meetingId: m.id });
    expect(view.saved).toBe(false);
    expect(view.form.fromInstitution).toBe('Børnehuset Solsikken, Mariehønen');
    expect(view.form.contactPerson).toBe('Thomas Engholm, skolepædagog');
    const school = m.participants.find((p) => p.personId === s.people.skolepaedagog.id)!.organisation;
    expect(view.form.toInstitution).toBe(school);
    expect(view.proposed).toEqual(['fromInstitution', ...(school ? ['toInstitution' as const] : []), 'contactPerson']);
    expect(view.editable).toBe(true);
    // A query: no row, no event, no audit entry.
    expect(formRows().n).toBe(before);
    expect(tc.events).toEqual([]);
    expect(await tc.call('form.getTransition', { meetingId: m.id })).toMatchObject({ fromInstitution: '', contactPerson: '' });
  });

  it('keeps what the user saved – also a field the user emptied – instead of proposing again', async () => {
    const m = await overgang();
    const view = await tc.call('form.transitionView', { meetingId: m.id });
    await tc.call('form.saveTransition', { meetingId: m.id, data: { ...view.form, toInstitution: 'Engskolen, 0.B', contactPerson: '' } });
    const again = await tc.call('form.transitionView', { meetingId: m.id });
    expect(again).toMatchObject({ saved: true, proposed: [] });
    expect(again.form).toMatchObject({ fromInstitution: 'Børnehuset Solsikken, Mariehønen', toInstitution: 'Engskolen, 0.B', contactPerson: '' });
  });

  it('proposes nothing for a field it has nothing to go on: no school participant, no contact person', async () => {
    let m = await tc.call('meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-12-07', startTime: '10:30', childId: s.children.malik.id });
    const school = m.participants.find((p) => p.role === 'skolepaedagog');
    if (school) m = await tc.call('participant.remove', { id: school.id });
    const view = await tc.call('form.transitionView', { meetingId: m.id });
    expect(view.form).toMatchObject({ fromInstitution: 'Børnehuset Solsikken, Mariehønen', toInstitution: '', contactPerson: '' });
    expect(view.proposed).toEqual(['fromInstitution']);
  });

  it('is only there for a meeting with an overgangsskema', async () => {
    const id = await ressourceteamMeeting(tc, s, { seal: false, date: '2026-12-08' });
    expect((await tc.raw('form.transitionView', { meetingId: id })).error?.code).toBe('TEMPLATE_RULE');
  });
});

describe('the seven læringskompetencer: one stored text for the tab and the meeting’s item', () => {
  it('shows the item’s text on the tab, and text written through the tab’s item is what the meeting and the referat show', async () => {
    let m = await overgang();
    const view = await tc.call('form.transitionView', { meetingId: m.id });
    expect(view.competences.map((c) => c.label)).toEqual([...LAERINGSKOMPETENCER]);
    const item = m.items.find((i) => i.kind === 'laeringskompetencer')!;
    expect(view.competenceItemId).toBe(item.id);

    // Written during the meeting, read on the tab.
    await tc.call('item.update', { id: item.id, patch: { data: { competences: { Robusthed: 'Rejser sig hurtigt efter nederlag.' } } } });
    expect((await tc.call('form.transitionView', { meetingId: m.id })).competences[0]).toEqual({ label: 'Robusthed', text: 'Rejser sig hurtigt efter nederlag.' });

    // Written on the tab (through the same item), read in the meeting and in the referat.
    const fromTab = { Robusthed: 'Rejser sig hurtigt efter nederlag.', Nysgerrighed: 'Spørger til alt, især tal og bogstaver.' };
    const updated = await tc.call('item.update', { id: view.competenceItemId!, patch: { data: { competences: fromTab } } });
    expect(updated.data.competences).toEqual(fromTab);
    m = await tc.call('meeting.get', { id: m.id });
    expect(m.items.find((i) => i.id === item.id)!.data.competences).toEqual(fromTab);
    const tab = await tc.call('form.transitionView', { meetingId: m.id });
    expect(tab.competences.find((c) => c.label === 'Nysgerrighed')!.text).toBe('Spørger til alt, især tal og bogstaver.');
    m = await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    const r = await tc.call('referat.generate', { meetingId: m.id });
    expect(r.body!.transition!.competences.find((c) => c.label === 'Nysgerrighed')!.text).toBe('Spørger til alt, især tal og bogstaver.');
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Camilla Fredsø' });
    // Approved: the tab says it cannot be changed, and a change through the item is refused as the guard says.
    expect((await tc.call('form.transitionView', { meetingId: m.id })).editable).toBe(false);
    expect((await tc.raw('item.update', { id: item.id, patch: { data: { competences: { Robusthed: 'Ændret' } } } })).error?.code).toBe('APPROVED');
  });
});

describe('the handleplan tab: editable as the meeting guard says', () => {
  it('is editable on a planned netværksmøde and not once its referat is sealed – and saving then is refused the same way', async () => {
    const planned = await tc.call('meeting.create', { templateId: 'netvaerksmoede', date: '2026-12-21', startTime: '10:00', childId: s.children.malik.id });
    expect(await tc.call('form.handleplanView', { meetingId: planned.id })).toMatchObject({ editable: true, plan: { purpose: '' } });
    const sealed = await netvaerkMeeting(tc, s);
    const view = await tc.call('form.handleplanView', { meetingId: sealed });
    expect(view).toMatchObject({ editable: false, plan: { purpose: 'At Malik trives ved aflevering og sover bedre.' } });
    expect((await tc.raw('form.saveHandleplan', { meetingId: sealed, data: view.plan })).error?.code).toBe('SEALED');
  });
});
