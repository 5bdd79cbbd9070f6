import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/core/exports/docxText';
import { buildDocument } from '../../../electron/core/exports/exportService';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { startAsPlanned } from '../../helpers/scenarios';

/**
 * Issue 13, item 1: one privacy guard, run in the core on every field of an anonymous item and on every export path.
 * Fixture: Aksel Nørregaard Holm (f. 14.05.2021) with parents Sofie Nørregaard and Peter Holm; Freja Ærø Vestergaard
 * (f. 02.09.2024); Malik Bjerregaard Sørensen (f. 20.01.2023).
 */
let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

let dateSeq = 0;
async function anonItem() {
  const day = String(1 + dateSeq++).padStart(2, '0');
  const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: `2027-03-${day}`, startTime: '12:30' });
  const withAnon = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 4 år' });
  return { meeting: withAnon, item: withAnon.items.find((i) => i.kind === 'anonym')! };
}

async function refused(channel: string, input: unknown) {
  const res = await tc.raw(channel, input);
  expect(res.ok, `${channel} ${JSON.stringify(input)} should be refused`).toBe(false);
  expect(res.error?.code).toBe('PRIVACY_GUARD');
  return res.error!;
}

describe('every field of an anonymous item is checked on save', () => {
  it('the anonymous label: a known birth date in any Danish form, a surname on its own, CPR in any form, name variants', async () => {
    const { item } = await anonItem();
    const bad = [
      'Dreng, f. 14.05.2021',
      'Dreng, født 14. maj 2021',
      'Dreng f. 14/5-21',
      'Pige, f. 2.9.2024',
      'Barnet fra familien Holm',
      'Sørensen-drengen',
      'Dreng 140521-1234',
      'Dreng 14.05.21-1234',
      'Dreng 140521 – 1234',
      'Dreng 140521\u00a01234',
      'Dreng, født 14.05.21-1234',
      'AKSEL',
      'aksels lillesøster',
      "Aksel's søster",
      'Frejas bror',
      'Freja Aero', // æ/ø folded
      'Malik Bjerregaard Soerensen',
      'Mal\u200bik',
      'Ak\u202esel',
    ];
    for (const anonLabel of bad) {
      const err = await refused('item.update', { id: item.id, patch: { anonLabel } });
      expect(err.field).toBe('anonLabel');
      expect(err.message).toMatch(/^„Anonym betegnelse“ i et anonymt punkt indeholder/);
    }
    const after = await tc.call('meeting.get', { id: (await tc.call('meeting.list', { filter: 'alle' })).find((x) => x.date === '2027-03-01')!.id });
    expect(after.items.find((i) => i.id === item.id)!.anonLabel).toBe('Pige, 4 år'); // nothing saved
    const ok = await tc.call('item.update', { id: item.id, patch: { anonLabel: 'Dreng, 4 år, Mariehønen' } });
    expect(ok.anonLabel).toBe('Dreng, 4 år, Mariehønen');
  });

  it('names the field for title, notes, description, outcome note and the item’s structured fields', async () => {
    const { item } = await anonItem();
    for (const [field, patch] of [
      ['title', { title: 'Om Aksel' }],
      ['notes', { notes: 'Mor (Sofie) fortæller at Holm-familien flytter.' }],
      ['description', { description: 'Peter Holms søn' }],
      ['outcomeNote', { outcomeNote: 'Tal med Nadia' }],
      ['data', { data: { purposeBullets: ['Afklare Freja Ærø Vestergaards trivsel'] } }],
      ['data', { data: { childLooksForward: 'født 20. januar 2023' } }],
    ] as const) {
      expect((await refused('item.update', { id: item.id, patch })).field).toBe(field);
    }
  });

  it('a patch setting childId: null on an anonymous item is checked too', async () => {
    const { item } = await anonItem();
    const err = await refused('item.update', { id: item.id, patch: { childId: null, notes: 'Aksel Nørregaard Holm' } });
    expect(err.field).toBe('notes');
  });

  it('decisions and follow-ups of an anonymous item, when added, changed or closed', async () => {
    const { item } = await anonItem();
    expect((await refused('decision.add', { itemId: item.id, text: 'PPR observerer Aksel' })).field).toBe('decision');
    const withDecision = await tc.call('decision.add', { itemId: item.id, text: 'PPR observerer barnet' });
    const d = withDecision.decisions[0]!;
    expect((await refused('decision.update', { id: d.id, text: 'PPR observerer barnet f. 14.05.2021' })).field).toBe('decision');
    expect((await refused('followup.add', { itemId: item.id, ownerInitials: 'BSk', ownerPersonId: null, text: 'Ring til Emma Bjerregaard', dueDate: null })).field).toBe('followup');
    const withFollowup = await tc.call('followup.add', { itemId: item.id, ownerInitials: 'BSk', ownerPersonId: null, text: 'Ring til mor', dueDate: null });
    const f = withFollowup.followups[0]!;
    expect((await refused('followup.close', { id: f.id, note: 'Talt med Sofie Nørregaard' })).field).toBe('followupNote');
    expect((await tc.call('followup.close', { id: f.id, note: 'Mor er orienteret' })).status).toBe('lukket');
  });

  it('a child’s parent cannot be the guest of an anonymous item; staff can', async () => {
    const { meeting, item } = await anonItem();
    const c = await tc.call('child.get', { id: s.children.aksel.id });
    const peter = c.guardians.find((g) => g.name === 'Peter Holm')!;
    const err = await refused('participant.add', { meetingId: meeting.id, personId: peter.personId, role: 'foraelder', consultative: false, guestItemId: item.id });
    expect(err.field).toBe('guestItemId');
    expect(err.message).toMatch(/Peter Holm er forælder/);
    const staff = await tc.call('participant.add', { meetingId: meeting.id, personId: s.people.talehoere.id, role: 'tale_hoere_konsulent', consultative: false, guestItemId: item.id });
    const p = staff.participants.find((x) => x.personId === s.people.talehoere.id)!;
    expect(p.guestItemId).toBe(item.id);
    // Moving an existing participant who is a parent onto the anonymous item is refused the same way.
    const withParent = await tc.call('participant.add', { meetingId: meeting.id, personId: peter.personId, role: 'foraelder', consultative: false, guestItemId: null });
    const pp = withParent.participants.find((x) => x.personId === peter.personId)!;
    expect((await refused('participant.update', { id: pp.id, guestItemId: item.id })).field).toBe('guestItemId');
  });

  it('a staff member who shares a surname with a parent is not taken for the parent', async () => {
    const { item } = await anonItem();
    const staff = await tc.call('person.save', { name: 'Lotte Holm', initials: 'LH', role: 'paedagog' as never, organisation: 'Testkommune', authority: '', email: '', phone: '', authorityRole: null });
    expect(staff.name).toBe('Lotte Holm');
    const ok = await tc.call('item.update', { id: item.id, patch: { notes: 'Lotte Holm har observeret pigen.' } });
    expect(ok.notes).toMatch(/Lotte Holm/);
  });

  it('edits of the referat text of an anonymous item are checked as well', async () => {
    const { meeting, item } = await anonItem();
    await tc.call('item.update', { id: item.id, patch: { notes: 'Pigen er ked af det.' } });
    await startAsPlanned(tc, meeting.id);
    await tc.call('meeting.end', { id: meeting.id });
    const r = await tc.call('referat.generate', { meetingId: meeting.id });
    const body = structuredClone(r.body!);
    const it = body.items.find((x) => x.anonymous)!;
    it.decisions = ['Aksel observeres'];
    const err = await refused('referat.update', { meetingId: meeting.id, body });
    expect(err.field).toBe(`decision.${it.number}`);
  });
});

describe('every export path runs the same guard', () => {
  it('a parent recorded as guest of an anonymous item (before the guard existed) stops the referat, the PDF and the dagsorden', async () => {
    const { meeting, item } = await anonItem();
    const c = await tc.call('child.get', { id: s.children.aksel.id });
    const peter = c.guardians.find((g) => g.name === 'Peter Holm')!;
    // As an older Tovholder could have stored it: the parent as guest of the anonymous item.
    tc.core.db.prepare(
      "INSERT INTO participants (id, meeting_id, person_id, role, consultative, guest_item_id, phases, position, attendance) VALUES (?, ?, ?, 'foraelder', 0, ?, '[]', 99, 'forventet')",
    ).run(randomUUID(), meeting.id, peter.personId, item.id);
    const dag = await tc.raw('export.document', { meetingId: meeting.id, kind: 'dagsorden' });
    expect(dag.error?.code).toBe('PRIVACY_GUARD');
    expect(dag.error?.message).toMatch(/„Gæst ved punktet“ indeholder navnet „Peter Holm“/);
    await startAsPlanned(tc, meeting.id);
    await tc.call('meeting.end', { id: meeting.id });
    await tc.call('referat.generate', { meetingId: meeting.id });
    await expect(buildDocument(tc.core, { meetingId: meeting.id, kind: 'referat' })).rejects.toMatchObject({ code: 'PRIVACY_GUARD' });
    const pdf = await tc.raw('export.pdf', { meetingId: meeting.id, doc: 'referat' });
    expect(pdf.error?.code).toBe('PRIVACY_GUARD');
  });

  it('text written straight into the database is still caught at export, field by field', async () => {
    const { meeting, item } = await anonItem();
    await startAsPlanned(tc, meeting.id);
    await tc.call('decision.add', { itemId: item.id, text: 'Sagen følges' });
    tc.core.db.prepare('UPDATE decisions SET text = ? WHERE item_id = ?').run('Sagen om Malik følges', item.id);
    await tc.call('meeting.end', { id: meeting.id });
    await tc.call('referat.generate', { meetingId: meeting.id });
    const res = await tc.raw('export.document', { meetingId: meeting.id, kind: 'referat' });
    expect(res.error?.code).toBe('PRIVACY_GUARD');
    expect(res.error?.message).toMatch(/„Beslutning“ indeholder navnet „Malik“/);
  });

  it('a clean anonymous item exports, and its guests are staff', async () => {
    const { meeting, item } = await anonItem();
    await tc.call('participant.add', { meetingId: meeting.id, personId: s.people.talehoere.id, role: 'tale_hoere_konsulent', consultative: false, guestItemId: item.id });
    await startAsPlanned(tc, meeting.id);
    await tc.call('item.update', { id: item.id, patch: { notes: 'Pigen sover dårligt.' } });
    await tc.call('meeting.end', { id: meeting.id });
    await tc.call('referat.generate', { meetingId: meeting.id });
    const doc = await buildDocument(tc.core, { meetingId: meeting.id, kind: 'referat' });
    const text = (await readDocx(doc.buffer)).paragraphs.join('\n');
    expect(text).toMatch(/Rasmus Kjærbo \(RK\) deltog i drøftelsen/);
  });
});
