import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { FIXTURE, seedFixture, type Seeded } from '../../helpers/fixtures';
import { emailOf, giveEmails } from '../../helpers/outlook';

/**
 * Issue 19, item 1: calendar invitations Outlook opens. Each file is read back with ical.js, an independent parser,
 * through the VTIMEZONE the file itself carries – so the instants hold whatever zone the test runs in.
 */

const EXPORTS = resolve(__dirname, '..', '..', '..', 'test-results', 'exports');

let tc: TestCore;
let s: Seeded;

beforeAll(async () => {
  mkdirSync(EXPORTS, { recursive: true });
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
  await giveEmails(tc, [FIXTURE.psykolog.name]);
});
afterAll(() => tc.close());

interface Parsed {
  method: string;
  events: ICAL.Event[];
  raw: string;
}

function parse(path: string): Parsed {
  const raw = readFileSync(path, 'utf8');
  const comp = new ICAL.Component(ICAL.parse(raw));
  for (const vtz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return { method: String(comp.getFirstPropertyValue('method')), events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)), raw };
}

async function invitation(meetingId: string, path = join(tempDir(), 'i.ics')) {
  tc.dialogs.saves.push(path);
  const res = await tc.call('calendar.invitation', { meetingId });
  expect(res?.path).toBe(path);
  return { res: res!, ics: parse(path) };
}

function attendees(ev: ICAL.Event) {
  return ev.attendees.map((a) => ({ email: String(a.getFirstValue()).replace(/^mailto:/i, ''), role: a.getParameter('role'), cn: a.getParameter('cn') }));
}

async function ressourceteam(date: string) {
  let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date, startTime: '12:30', place: 'Personalestuen' });
  const [slot1, slot2] = m.items.filter((i) => i.kind === 'barn');
  await tc.call('item.update', { id: slot1!.id, patch: { childId: s.children.freja.id, description: 'Søvn og aflevering' } });
  await tc.call('item.update', { id: slot2!.id, patch: { childId: s.children.aksel.id } });
  m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.primaer.id, role: 'primaer_paedagog', consultative: false, guestItemId: slot1!.id });
  return m;
}

describe('the invitation for a convened meeting', () => {
  it('is METHOD:REQUEST in Europe/Copenhagen, organised by the convener, with every participant with an e-mail as attendee by role', async () => {
    const m = await ressourceteam('2026-12-03');
    const { res, ics } = await invitation(m.id, join(EXPORTS, 'indkaldelse-ressourceteam.ics'));
    expect(ics.method).toBe('REQUEST');
    expect(ics.raw).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen/);
    expect(ics.events).toHaveLength(1);
    const ev = ics.events[0]!;
    expect(ev.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    // Resolved through the file's own VTIMEZONE (registered above), not the test computer's zone.
    expect(ev.startDate.zone?.tzid).toBe('Europe/Copenhagen');
    // 12:30 on the Danish clock in December (CET, UTC+1) is 11:30 UTC.
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-12-03T11:30:00.000Z');
    expect(ev.endDate.toJSDate().getTime()).toBeGreaterThan(ev.startDate.toJSDate().getTime());
    expect(ev.summary).toBe('Ressourceteammøde');
    expect(ev.location).toBe('Personalestuen');
    expect(ev.sequence).toBe(0);
    expect(ev.uid).toBe(res.uid);

    const organizer = ev.component.getFirstProperty('organizer')!;
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe(`mailto:${emailOf(FIXTURE.leader.name)}`);
    expect(organizer.getParameter('cn')).toBe(FIXTURE.leader.name);

    const att = attendees(ev);
    expect(att).toContainEqual({ email: emailOf(FIXTURE.primaer.name), role: 'OPT-PARTICIPANT', cn: FIXTURE.primaer.name });
    expect(att).toContainEqual({ email: emailOf(FIXTURE.sundhed.name), role: 'REQ-PARTICIPANT', cn: 'Ida Mørkhøj' });
    expect(att.some((a) => a.email === emailOf(FIXTURE.leader.name))).toBe(false);
    // The psychologist has no e-mail address: not an attendee, listed for the user instead.
    expect(att.some((a) => a.cn === FIXTURE.psykolog.name)).toBe(false);
    expect(res.withoutEmail).toEqual([FIXTURE.psykolog.name]);

    // The description is the dagsorden as text; a calendar entry travels outside secure mail, so no child is named.
    const description = ev.description;
    expect(description).toContain('Dagsorden');
    expect(description).toMatch(/1\. .+\(12:30 - /);
    expect(description).toContain('navnet står i dagsordenen');
    for (const name of ['Freja', 'Aksel', 'Vestergaard', 'Nørregaard']) expect(ics.raw).not.toContain(name);
    expect(ics.raw).not.toMatch(/ATTACH/);
  });

  it('keeps the UID across an edit, and SEQUENCE goes up only when date, time or place changes', async () => {
    const m = await ressourceteam('2026-12-10');
    const first = await invitation(m.id);
    await tc.call('meeting.update', { id: m.id, patch: { remark: 'Husk forberedelsesskemaet' } });
    const same = await invitation(m.id);
    expect(same.ics.events[0]!.uid).toBe(first.ics.events[0]!.uid);
    expect(same.ics.events[0]!.sequence).toBe(0);

    await tc.call('meeting.update', { id: m.id, patch: { place: 'Mødelokale 2', startTime: '13:00', endTime: '14:30' } });
    const moved = await invitation(m.id);
    expect(moved.ics.events[0]!.uid).toBe(first.ics.events[0]!.uid);
    expect(moved.ics.events[0]!.sequence).toBe(1);
    expect(moved.ics.events[0]!.location).toBe('Mødelokale 2');
    expect(moved.ics.events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-10T12:00:00.000Z');

    await tc.call('meeting.update', { id: m.id, patch: { date: '2026-12-11' } });
    // The user closes the save dialog: nothing is stored, the next saved invitation is still one up.
    expect(await tc.call('calendar.invitation', { meetingId: m.id })).toBeNull();
    const redated = await invitation(m.id);
    expect(redated.ics.events[0]!.sequence).toBe(2);
  });

  it('a cancelled meeting gives METHOD:CANCEL with the same UID and a higher SEQUENCE', async () => {
    const m = await ressourceteam('2026-12-17');
    const sent = await invitation(m.id);
    await tc.call('meeting.cancel', { id: m.id, reason: 'Mødelederen er syg', confirmed: true });
    const { res, ics } = await invitation(m.id, join(EXPORTS, 'aflysning-ressourceteam.ics'));
    expect(res.method).toBe('CANCEL');
    expect(ics.method).toBe('CANCEL');
    const ev = ics.events[0]!;
    expect(ev.uid).toBe(sent.ics.events[0]!.uid);
    expect(ev.sequence).toBe(1);
    expect(ev.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ev.description).toContain('Mødet er aflyst. Mødelederen er syg');
  });

  it('in summer the same clock time is CEST (UTC+2)', async () => {
    const m = await ressourceteam('2027-06-17');
    const { ics } = await invitation(m.id);
    expect(ics.events[0]!.startDate.toJSDate().toISOString()).toBe('2027-06-17T10:30:00.000Z');
  });

  it('refuses without an organizer e-mail, and refuses a place that names a child – naming the field', async () => {
    const m = await ressourceteam('2027-01-07');
    const bad = await tc.raw('meeting.update', { id: m.id, patch: { place: 'Hjemme hos Freja' } });
    expect(bad.ok).toBe(true);
    const refused = await tc.raw('calendar.invitation', { meetingId: m.id });
    expect(refused.error).toMatchObject({ code: 'PRIVACY_GUARD', field: 'place' });
    expect(refused.error?.message).toMatch(/^Mødestedet nævner/);
    await tc.call('meeting.update', { id: m.id, patch: { place: 'Personalestuen' } });

    const { isSample: _x, ...leader } = s.people.leader;
    await tc.call('person.save', { ...leader, email: '' });
    const noMail = await tc.raw('calendar.invitation', { meetingId: m.id });
    expect(noMail.error).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    expect(noMail.error?.message).toContain('Birgitte Skovmose er indkalder, men har ingen e-mailadresse');
    await tc.call('person.save', { ...leader, email: emailOf(leader.name) });
  });
});

describe('the invitation for a series', () => {
  it('a regular series is one event with an RRULE; once a meeting moves, one event per meeting with the meetings’ own UIDs', async () => {
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-02-04', startTime: '12:30', place: 'Personalestuen', series: { count: 4, weeks: 6 } });
    const seriesId = m.seriesId!;
    const path = join(tempDir(), 'serie.ics');
    tc.dialogs.saves.push(path);
    const res = (await tc.call('calendar.seriesInvitation', { seriesId }))!;
    expect(res.recurring).toBe(true);
    const ics = parse(path);
    expect(ics.events).toHaveLength(1);
    const ev = ics.events[0]!;
    const rrule = ev.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rrule.freq).toBe('WEEKLY');
    expect(rrule.interval).toBe(6);
    expect(rrule.count).toBe(4);
    const it = ev.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toJSDate().toISOString());
    expect(dates).toEqual(['2027-02-04T11:30:00.000Z', '2027-03-18T11:30:00.000Z', '2027-04-29T10:30:00.000Z', '2027-06-10T10:30:00.000Z']);

    const meetings = (await tc.call('meeting.list', { filter: 'alle' })).filter((x) => x.seriesId === seriesId);
    const third = meetings.find((x) => x.date === '2027-04-29')!;
    await tc.call('meeting.update', { id: third.id, patch: { date: '2027-05-06' } });
    const path2 = join(tempDir(), 'serie2.ics');
    tc.dialogs.saves.push(path2);
    const res2 = (await tc.call('calendar.seriesInvitation', { seriesId }))!;
    expect(res2.recurring).toBe(false);
    const ics2 = parse(path2);
    expect(ics2.events).toHaveLength(4);
    expect(ics2.events.every((e) => !e.component.getFirstProperty('rrule'))).toBe(true);
    expect(new Set(ics2.events.map((e) => e.uid)).size).toBe(4);
    // Each meeting's own invitation later carries the same UID as its event in the series file.
    const single = await invitation(third.id);
    expect(ics2.events.map((e) => e.uid)).toContain(single.ics.events[0]!.uid);
    expect(ics2.events.find((e) => e.uid === single.ics.events[0]!.uid)!.startDate.toString()).toBe('2027-05-06T12:30:00');
  });
});
