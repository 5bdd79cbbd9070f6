import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/schemas/limits';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture } from '../../helpers/fixtures';
import { startAsPlanned } from '../../helpers/scenarios';

/** One set of limits: what the input accepts, the referat built from it accepts – and reads back. */
async function meeting(tc: TestCore) {
  return tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
}

async function referatReadsBack(tc: TestCore, meetingId: string) {
  const started = await tc.call('meeting.get', { id: meetingId });
  if (started.status !== 'i_gang' && started.status !== 'afholdt') await startAsPlanned(tc, meetingId);
  await tc.call('referat.generate', { meetingId });
  // Read back twice: RECORD_DAMAGED used to come on every retry.
  await tc.call('referat.get', { meetingId });
  return tc.call('referat.get', { meetingId });
}

describe('limits agree, so ordinary input never „damages" a referat', { timeout: 180_000 }, () => {
  it('a 5,000-character „Bemærk" – and one at the input limit – gives a referat that reads back', async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    for (const length of [5000, LIMITS.longText]) {
      const m = await meeting(tc);
      await tc.call('meeting.update', { id: m.id, patch: { remark: 'Bemærk at '.repeat(length / 10) } });
      const r = await referatReadsBack(tc, m.id);
      expect(r.body?.bemaerk).toHaveLength(length);
    }
    const m = await meeting(tc);
    const over = await tc.raw('meeting.update', { id: m.id, patch: { remark: 'x'.repeat(LIMITS.longText + 1) } });
    expect(over.error).toMatchObject({ code: 'INVALID_INPUT', field: 'patch.remark' });
    tc.close();
  });

  it("a 200-character title on a long-named child's meeting gives a referat that reads back", async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    const child = await tc.call('child.save', { name: `Maja-Sofie ${'Østergaard-'.repeat(10)}Kristensen`.slice(0, LIMITS.personName), birthDate: '2022-03-04', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    expect(child.name).toHaveLength(LIMITS.personName);
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-11-26', startTime: '14:00', childId: child.id, title: 'Dialogmøde '.repeat(40).slice(0, 200) });
    const r = await referatReadsBack(tc, m.id);
    expect(r.body?.meetingName.length).toBeGreaterThan(300);
    tc.close();
  });

  it('216 agenda items: the input stops at the limit with a message, and the referat at the limit reads back', async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    let m = await meeting(tc);
    let refused: { code: string; message: string; field?: string } | undefined;
    for (let n = m.items.length; n < 216; n++) {
      const res = await tc.raw('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
      if (!res.ok) {
        refused = res.error;
        break;
      }
      m = res.value as typeof m;
    }
    expect(m.items).toHaveLength(LIMITS.agendaItems);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Dagsordenen har allerede 200 punkter/) });
    const r = await referatReadsBack(tc, m.id);
    expect(r.body?.items).toHaveLength(LIMITS.agendaItems);
    tc.close();
  });

  it('60 decisions on one item: the input stops at the limit with a message, and the referat reads back', async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    const m = await meeting(tc);
    const item = m.items[0]!;
    const answers = [];
    for (let n = 1; n <= 60; n++) answers.push(await tc.raw('decision.add', { itemId: item.id, text: `Beslutning nummer ${n}: ${'ord '.repeat(900)}` }));
    expect(answers.filter((a) => a.ok)).toHaveLength(LIMITS.decisionsPerItem);
    expect(answers[LIMITS.decisionsPerItem]!.error).toMatchObject({ code: 'INVALID_INPUT', field: 'text', message: expect.stringMatching(/50 beslutninger/) });
    for (let n = 1; n <= LIMITS.followupsPerItem + 1; n++) {
      const res = await tc.raw('followup.add', { itemId: item.id, ownerInitials: 'BS', ownerPersonId: null, externalName: 'Bent Skovfoged', text: `Opfølgning ${n}`, dueDate: null });
      expect(res.ok).toBe(n <= LIMITS.followupsPerItem);
    }
    const r = await referatReadsBack(tc, m.id);
    expect(r.body?.items[0]?.decisions).toHaveLength(LIMITS.decisionsPerItem);
    tc.close();
  });

  it('every field of a child meeting at its input limit still gives a referat that reads back', async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    const s = await seedFixture(tc);
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30', place: 'P'.repeat(LIMITS.shortText), title: 'T'.repeat(LIMITS.shortText) });
    await tc.call('meeting.update', { id: m.id, patch: { remark: 'b'.repeat(LIMITS.longText) } });
    m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.primaer.id, role: 'primaer_paedagog', consultative: false, guestItemId: null });
    const long = 'Lang tekst. '.repeat(LIMITS.longText / 12);
    m = await tc.call('item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
    for (const item of m.items) {
      if (item.kind === 'anonym') await tc.call('item.update', { id: item.id, patch: { outcome: 'ppr_observation', outcomeNote: long } });
      await tc.call('item.update', {
        id: item.id,
        patch: {
          title: 'Punkt '.repeat(40).slice(0, LIMITS.shortText),
          notes: long,
          data: { purposeBullets: Array.from({ length: LIMITS.purposeBullets }, () => 'f'.repeat(LIMITS.purposeBullet)) },
        },
      });
    }
    const r = await referatReadsBack(tc, m.id);
    expect(r.body?.bemaerk).toHaveLength(LIMITS.longText);
    expect(r.body?.items.find((i) => i.anonymous)?.outcome?.length).toBeGreaterThan(LIMITS.longText);
    tc.close();
  });

  it('RECORD_DAMAGED is kept for real damage: a referat body changed outside the app is refused', async () => {
    const tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
    const m = await meeting(tc);
    await referatReadsBack(tc, m.id);
    tc.core.db.prepare('UPDATE referat_versions SET body = ? WHERE meeting_id = ?').run('{"organisation": 7}', m.id);
    expect((await tc.raw('referat.get', { meetingId: m.id })).error?.code).toBe('RECORD_DAMAGED');
    tc.close();
  });
});
