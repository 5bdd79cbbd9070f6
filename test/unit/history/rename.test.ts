import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { netvaerkMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
let sealedId: string;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-14T12:00:00Z') });
  s = await seedFixture(tc);
  // Karim Østergaard is the user: his profile is his record in the directory.
  await tc.call('settings.saveProfile', { name: 'Karim Østergaard', initials: 'KØ', role: 'distriktsraadgiver', workplace: 'Distrikt Nord', personChoice: 'existing' });
  sealedId = await netvaerkMeeting(tc, s);
}, 60_000);
afterAll(() => tc.close());

describe('a rename never rewrites history (issue 21, item 1)', () => {
  it('linking the profile to an existing namesake asks first, then uses that record instead of making a second Karim', async () => {
    const state = await tc.call('settings.get', {});
    expect(state.profile?.personId).toBe(s.people.raadgiver.id);
    expect((await tc.call('person.list', {})).filter((p) => p.name === 'Karim Østergaard')).toHaveLength(1);
  });

  it('changing the profile to another person’s name asks, and changes nothing until the user has chosen', async () => {
    const before = await tc.call('person.list', {});
    const res = await tc.raw('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: '' });
    expect(res.error).toMatchObject({ code: 'CONFIRM_NEEDED', field: 'personChoice', message: expect.stringMatching(/Karim Østergaard.*Birgitte Skovmose.*Intet er ændret/) });
    expect(await tc.call('person.list', {})).toEqual(before);
    // „Same person with a new name" cannot take a name another record already has.
    const rename = await tc.raw('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: '', personChoice: 'rename' });
    expect(rename.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/allerede en person, der hedder Birgitte Skovmose/) });
    expect(await tc.call('person.list', {})).toEqual(before);
  });

  it('choosing „another existing person" moves the profile and leaves Karim’s record and the sealed meeting as they were', async () => {
    const sealedBefore = await tc.call('meeting.get', { id: sealedId });
    const referatBefore = await tc.call('referat.get', { meetingId: sealedId });
    const state = await tc.call('settings.saveProfile', { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder', workplace: '', personChoice: 'existing' });
    expect(state.profile?.personId).toBe(s.people.leader.id);
    const people = await tc.call('person.list', {});
    expect(people.find((p) => p.id === s.people.raadgiver.id)).toMatchObject({ name: 'Karim Østergaard', initials: 'KØ', role: 'distriktsraadgiver' });
    expect(await tc.call('meeting.get', { id: sealedId })).toEqual(sealedBefore);
    expect(await tc.call('referat.get', { meetingId: sealedId })).toEqual(referatBefore);
  });

  it('editing a person after sealing changes future meetings only: the sealed meeting keeps name, initials and signatures', async () => {
    const { isSample: _sample, ...karim } = (await tc.call('person.list', {})).find((p) => p.id === s.people.raadgiver.id)!;
    await tc.call('person.save', { ...karim, name: 'Kasper Holt', initials: 'KH', role: 'dagtilbudsleder' });

    const sealed = await tc.call('meeting.get', { id: sealedId });
    const chair = sealed.participants.find((p) => p.personId === sealed.chairId)!;
    expect(chair).toMatchObject({ name: 'Karim Østergaard', initials: 'KØ', role: 'distriktsraadgiver' });
    expect(sealed.convenerId).toBe(s.people.raadgiver.id);
    const r = await tc.call('referat.get', { meetingId: sealedId });
    expect(r.requiredSigners.find((x) => x.label === 'Mødeleder')).toMatchObject({ suggestedName: 'Karim Østergaard', signed: true });
    expect(r.requiredSigners.every((x) => x.signed)).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain('Kasper Holt');
    const listed = (await tc.call('meeting.list', { filter: 'alle' })).find((m) => m.id === sealedId)!;
    expect(listed.chairName).toBe('Karim Østergaard');

    // A meeting planned now gets the person as they are today.
    let next = await tc.call('meeting.create', { templateId: 'netvaerksmoede', date: '2027-01-20', startTime: '10:00', childId: s.children.malik.id });
    if (!next.participants.some((p) => p.personId === s.people.raadgiver.id)) {
      next = await tc.call('participant.add', { meetingId: next.id, personId: s.people.raadgiver.id, role: 'distriktsraadgiver', consultative: false, guestItemId: null });
    }
    expect(next.participants.find((p) => p.personId === s.people.raadgiver.id)).toMatchObject({ name: 'Kasper Holt', initials: 'KH' });
  });
});

describe('a signer signs once (issue 21, item 8)', () => {
  it('refuses a second signature from the same signer on the same version and logs only one', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-14', startTime: '08:00', childId: s.children.malik.id });
    await startAsPlanned(tc, m.id);
    await tc.call('meeting.end', { id: m.id });
    await tc.call('referat.generate', { meetingId: m.id });
    const approved = await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    const chair = approved.requiredSigners.find((x) => x.label === 'Mødeleder')!;
    const sign = { meetingId: m.id, signerLabel: chair.label, name: chair.suggestedName!, role: 'Mødeleder', method: 'navn' as const, imageDataUrl: null };
    await tc.call('referat.sign', sign);
    for (let i = 0; i < 2; i++) {
      const again = await tc.raw('referat.sign', sign);
      expect(again.error).toMatchObject({ code: 'CONFLICT', field: 'name', message: expect.stringMatching(/har allerede underskrevet som mødeleder .* kun én gang/) });
    }
    const r = await tc.call('referat.get', { meetingId: m.id });
    expect(r.signatures.filter((x) => x.name === chair.suggestedName)).toHaveLength(1);
    const forThis = tc.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'referat.sign' AND entity_id = ?").get(m.id) as { n: number };
    expect(forThis.n).toBe(1);
  });
});
