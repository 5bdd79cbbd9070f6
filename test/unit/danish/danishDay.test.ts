import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { danishDate, danishTime, endWithinDay, instantOfDanishTime } from '../../../shared/format/danishClock';
import { formatTimestamp } from '../../../shared/format/danishDate';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { giveConsent, seedFixture } from '../../helpers/fixtures';

/** 00:30 on 2 July 2026 in Denmark (summer time, UTC+2) – still 1 July in UTC and in New York. */
const JUST_AFTER_DANISH_MIDNIGHT = new Date('2026-07-01T22:30:00Z');

let tc: TestCore | undefined;
afterEach(() => tc?.close());

describe('the Danish day and clock, whatever the computer’s time zone', () => {
  it('answers in Europe/Copenhagen: the date, the time and the instant of a wall-clock time, summer and winter', () => {
    expect(danishDate(JUST_AFTER_DANISH_MIDNIGHT)).toBe('2026-07-02');
    expect(danishTime(JUST_AFTER_DANISH_MIDNIGHT)).toBe('00:30');
    expect(instantOfDanishTime('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(instantOfDanishTime('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(instantOfDanishTime('2026-10-25', '12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z'); // the day winter time begins
    expect(endWithinDay('23:30', 120)).toBe('23:59');
    expect(endWithinDay('12:30', 90)).toBe('14:00');
  });

  it('dispatch.record at 00:30 Danish time: a consent given today counts, one that expired yesterday does not', async () => {
    tc = makeCore({ now: () => JUST_AFTER_DANISH_MIDNIGHT });
    const s = await seedFixture(tc);
    await tc.call('parentContact.add', { childId: s.children.aksel.id, kind: 'mundtlig_orientering', date: '2026-07-01', byName: 'Birgitte Skovmose', note: '' });
    const input = { documentId: 'TH-DAG', childId: s.children.aksel.id, meetingId: null, recipient: 'Engskolen', recipientAuthority: 'Engskolen', channel: 'sikker_mail' as const, basis: 'samtykke' as const, note: '', toParents: false, confirmWithoutOral: false };
    await giveConsent(tc, s.children.aksel.id, { purpose: 'videregivelse', givenDate: '2026-07-02' });
    expect((await tc.raw('dispatch.record', input)).ok).toBe(true);

    await tc.call('parentContact.add', { childId: s.children.freja.id, kind: 'mundtlig_orientering', date: '2026-07-01', byName: 'Birgitte Skovmose', note: '' });
    const child = await tc.call('child.get', { id: s.children.freja.id });
    await tc.call('consent.record', {
      childId: s.children.freja.id,
      guardianPersonIds: child.guardians.map((g) => g.personId),
      purpose: 'videregivelse',
      infoTypes: ['Trivsel og udvikling'],
      recipients: [{ name: 'Engskolen', authority: 'Engskolen' }],
      purposeText: 'Overlevering',
      givenDate: '2026-01-02',
      obtainedBy: 'Birgitte Skovmose',
      participantsShown: [],
      topics: [],
      expires: '2026-07-01',
    });
    const expired = await tc.raw('dispatch.record', { ...input, childId: s.children.freja.id });
    expect(expired.error?.code).toBe('CONSENT_REQUIRED');
    // …and the case page says the same.
    expect((await tc.call('child.case', { id: s.children.freja.id })).consents.find((c) => c.purpose === 'videregivelse')?.status).toBe('udloebet');
  });

  it('suggests a backup file name with the Danish date', async () => {
    tc = makeCore({ now: () => JUST_AFTER_DANISH_MIDNIGHT });
    let suggested = '';
    tc.core['opts'].dialogs = { saveFile: async (o: { defaultName?: string }) => ((suggested = o.defaultName ?? ''), join(tempDir(), 'kopi.tovholder')), openFile: async () => null } as never;
    await tc.call('child.save', { name: 'Villads Kragelund', birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    await tc.call('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' });
    expect(suggested).toBe('tovholder-sikkerhedskopi-2026-07-02.tovholder');
  });

  it('the child’s timeline shows a 10:00 meeting at 10:00 and in time order with events stored in UTC', async () => {
    tc = makeCore({ now: () => new Date('2026-07-01T09:00:00Z') });
    const s = await seedFixture(tc);
    await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-07-01', startTime: '10:00', childId: s.children.malik.id });
    const c = await tc.call('child.case', { id: s.children.malik.id });
    const meeting = c.timeline.find((e) => e.kind === 'moede')!;
    expect(meeting.at).toBe('2026-07-01T08:00:00.000Z');
    expect(formatTimestamp(meeting.at)).toBe('1. juli 2026 kl. 10:00');
    const ats = c.timeline.map((e) => new Date(e.at).getTime());
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
  });

  it('a meeting passing midnight is refused with a message that says so, never stored with its end before its start', async () => {
    tc = makeCore();
    const explicit = await tc.raw('meeting.create', { templateId: 'fokusteammoede', date: '2026-11-23', startTime: '23:30', endTime: '00:30' });
    expect(explicit.error).toMatchObject({ code: 'INVALID_INPUT', field: 'endTime' });
    expect(explicit.error?.message).toMatch(/midnat/);
    expect(explicit.error?.message).toMatch(/kl\. 00:30.*kl\. 23:30/);
    const byTemplate = await tc.raw('meeting.create', { templateId: 'fokusteammoede', date: '2026-11-23', startTime: '23:30' });
    expect(byTemplate.error).toMatchObject({ code: 'INVALID_INPUT', field: 'startTime' });
    expect(byTemplate.error?.message).toMatch(/efter midnat/);
    expect(await tc.call('meeting.list', {})).toHaveLength(0);
    const late = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-11-23', startTime: '22:00', endTime: '23:59' });
    expect([late.startTime, late.endTime]).toEqual(['22:00', '23:59']);
    const moved = await tc.raw('meeting.update', { id: late.id, patch: { endTime: '00:15' } });
    expect(moved.error?.message).toMatch(/midnat/);
    expect((await tc.call('meeting.get', { id: late.id })).endTime).toBe('23:59');
  });
});
