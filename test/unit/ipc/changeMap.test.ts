import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, isQuery } from '../../../shared/ipc/contract';
import { changeMap } from '../../../electron/core/ipc/changes';
import { makeCore, type TestCore } from '../../helpers/core';
import { giveConsent, seedFixture, type Seeded } from '../../helpers/fixtures';
import { ressourceteamMeeting } from '../../helpers/scenarios';

/**
 * Issue 16, item 1: after each command the core names what it changed (`data.changed {aggregate, id}`), so every
 * screen showing that data re-reads it. A realistic sequence – at least one command per domain – and what each names.
 */
let tc: TestCore;
let s: Seeded;
let meetingId: string;

beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  await tc.call('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: 'Børnehuset Solsikken' });
  s = await seedFixture(tc);
  meetingId = await ressourceteamMeeting(tc, s, { seal: false });
}, 120_000);
afterAll(() => tc?.close());

/** Runs a command and returns what it announced, as `aggregate:id` (`aggregate:*` for "any"). */
async function named(run: () => Promise<unknown>): Promise<string[]> {
  tc.events.length = 0;
  await run();
  return tc.events.map((e) => `${e.aggregate}:${e.id ?? '*'}`);
}

describe('data.changed names the aggregates and ids a command changed (issue 16, item 1)', () => {
  it('the map has an entry for every command and none for a query', () => {
    const map = changeMap(() => tc.core.db) as Record<string, unknown>;
    expect(CHANNELS.filter((c) => !isQuery(c) && !(c in map))).toEqual([]);
    expect(Object.keys(map).filter((c) => !CHANNELS.includes(c as never) || isQuery(c as never))).toEqual([]);
  });

  it('a follow-up closed from the list names its meeting and its child', async () => {
    const open = (await tc.call('followup.list', { scope: 'alle' })).items.find((f) => f.childId === s.children.freja.id)!;
    expect(open.meetingId).toBe(meetingId);
    const ev = await named(() => tc.call('followup.close', { id: open.id, note: 'Talt med familien' }));
    expect(ev).toEqual(expect.arrayContaining([`meeting:${meetingId}`, `child:${s.children.freja.id}`]));
    expect(tc.events.every((e) => e.channel === 'followup.close')).toBe(true);
  });

  it('a guardian added as a new person names the child and the new person', async () => {
    const ev = await named(() => tc.call('child.addGuardian', { childId: s.children.malik.id, name: 'Omar Fiktiv Sørensen', initials: 'OFS', custody: true }));
    const detail = await tc.call('child.get', { id: s.children.malik.id });
    const omar = detail.guardians.find((g) => g.name === 'Omar Fiktiv Sørensen')!;
    expect(ev).toEqual(expect.arrayContaining([`child:${s.children.malik.id}`, `person:${omar.personId}`]));
  });

  it('a referat approval names the meeting and the children on it', async () => {
    const ev = await named(() => tc.call('referat.approve', { meetingId, approvedBy: 'Birgitte Skovmose' }));
    expect(ev).toEqual(expect.arrayContaining([`meeting:${meetingId}`, `child:${s.children.freja.id}`, `child:${s.children.aksel.id}`]));
    expect(ev.filter((e) => e.startsWith('meeting:'))).toEqual([`meeting:${meetingId}`]);
  });

  it('moving an item to another child names the child it had (read before) and the child it has now', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-03', startTime: '12:30' });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    expect(await named(() => tc.call('item.update', { id: slot.id, patch: { childId: s.children.freja.id } }))).toEqual(
      expect.arrayContaining([`meeting:${m.id}`, `child:${s.children.freja.id}`]),
    );
    const ev = await named(() => tc.call('item.update', { id: slot.id, patch: { childId: s.children.aksel.id } }));
    expect(ev).toEqual(expect.arrayContaining([`meeting:${m.id}`, `child:${s.children.aksel.id}`, `child:${s.children.freja.id}`]));
    // Removing the item takes Aksel off the meeting: his case must hear of it too.
    expect(await named(() => tc.call('item.remove', { id: slot.id }))).toEqual(expect.arrayContaining([`meeting:${m.id}`, `child:${s.children.aksel.id}`]));
  });

  it('a meeting moved to another child names both children', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-04', startTime: '14:00', childId: s.children.malik.id });
    const ev = await named(() => tc.call('meeting.update', { id: m.id, patch: { childId: s.children.aksel.id } }));
    expect(ev).toEqual(expect.arrayContaining([`meeting:${m.id}`, `child:${s.children.malik.id}`, `child:${s.children.aksel.id}`]));
  });

  it('a decision, a participant and a follow-up name their meeting and its children', async () => {
    const m = await tc.call('meeting.get', { id: meetingId });
    const frejaItem = m.items.find((i) => i.childId === s.children.freja.id)!;
    const m2 = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-10', startTime: '12:30' });
    const slot = m2.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: s.children.aksel.id } });
    expect(await named(() => tc.call('participant.add', { meetingId: m2.id, personId: s.people.talehoere.id, role: 'tale_hoere_konsulent' }))).toEqual(
      expect.arrayContaining([`meeting:${m2.id}`, `child:${s.children.aksel.id}`]),
    );
    expect(await named(() => tc.call('decision.add', { itemId: slot.id, text: 'Aksel tales med om skolestart.' }))).toEqual(
      expect.arrayContaining([`meeting:${m2.id}`, `child:${s.children.aksel.id}`]),
    );
    const item = await tc.call('followup.add', { itemId: slot.id, ownerInitials: 'BSk', ownerPersonId: s.people.leader.id, text: 'Ring til forældrene', dueDate: '2026-12-12' });
    const f = item.followups[0]!;
    expect(await named(() => tc.call('followup.update', { id: f.id, patch: { text: 'Ring til mor' } }))).toEqual(
      expect.arrayContaining([`meeting:${m2.id}`, `child:${s.children.aksel.id}`]),
    );
    expect(await named(() => tc.call('followup.remove', { id: f.id }))).toEqual(expect.arrayContaining([`meeting:${m2.id}`, `child:${s.children.aksel.id}`]));
    expect(frejaItem).toBeDefined();
  });

  it('a change to a child names the child and every meeting it is on (they show its name and consent warnings)', async () => {
    const ev = await named(() => giveConsent(tc, s.children.freja.id, { givenDate: '2026-11-20' }));
    expect(ev).toEqual(expect.arrayContaining([`child:${s.children.freja.id}`, `meeting:${meetingId}`]));
    const upd = await named(() => tc.call('child.update', { id: s.children.freja.id, stue: 'Mariehønen' }));
    expect(upd).toEqual(expect.arrayContaining([`child:${s.children.freja.id}`, `meeting:${meetingId}`]));
    // A new child is on no meeting.
    const made = await named(() =>
      tc.call('child.save', { name: 'Ella Fiktiv Bondesen', birthDate: '2023-03-03', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }),
    );
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^child:/);
  });

  it('opening a case and exporting the log name only the audit log; settings, people and signing name their own aggregate', async () => {
    expect(await named(() => tc.call('child.open', { id: s.children.aksel.id }))).toEqual(['audit:*']);
    tc.dialogs.saves.push(join(tc.dir, 'revisionslog.jsonl'));
    expect(await named(() => tc.call('audit.export', {}))).toEqual(['audit:*']);
    expect(await named(() => tc.call('settings.saveOrganisation', { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Vesterå Kommune', address: '', phone: '', email: '', logo: null }))).toEqual(['settings:*']);
    const p = await tc.call('person.save', { id: s.people.talehoere.id, name: 'Rasmus Kjærbo', initials: 'RK', role: 'tale_hoere_konsulent', organisation: 'PPR', authority: 'Testkommune', email: '', phone: '', authorityRole: null });
    expect(tc.events.map((e) => `${e.aggregate}:${e.id ?? '*'}`)).toContain(`person:${p.id}`);
    expect(await named(() => tc.call('signing.generate', {}))).toEqual(['signing:*']);
  });

  it('a refused command names nothing, even one that reads before it runs', async () => {
    expect(await named(() => tc.raw('item.update', { id: '00000000-0000-4000-8000-000000000000', patch: { notes: 'x' } }))).toEqual([]);
  });
});
