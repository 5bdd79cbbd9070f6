import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_STATUS_LABELS } from '../../../shared/schemas/meeting';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { netvaerkMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-12-14T12:00:00Z') });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

describe('distriktsmøde → flerfaglig sparring (issue 21, item 4; SPEC §9.1 req. 5)', () => {
  it('phase 1 refuses a child item; the sparring phase takes it, in front of the chosen circle only', async () => {
    let m = await tc.call('meeting.create', { templateId: 'distriktsmoede', date: '2026-12-14', startTime: '13:00' });
    const refused = await tc.raw('item.add', { meetingId: m.id, kind: 'barn', childId: s.children.aksel.id, phase: 'distrikt' });
    expect(refused.error).toMatchObject({ code: 'TEMPLATE_RULE', message: expect.stringMatching(/Konkrete børn drøftes i fasen „Flerfaglig sparring/) });
    const child = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: child.id, patch: { childId: s.children.aksel.id } });
    m = await startAsPlanned(tc, m.id);
    expect(m.currentPhase).toBe('distrikt');
    for (const p of m.participants) await tc.call('participant.update', { id: p.id, attendance: 'til_stede' });
    const general = m.items.find((i) => i.key === 'generelle')!;
    await tc.call('meeting.setCurrentItem', { id: m.id, itemId: general.id });

    // „Næste punkt" from the general item would open the child item in front of the whole distriktsmøde circle.
    const early = await tc.raw('meeting.setCurrentItem', { id: m.id, itemId: child.id });
    expect(early.error).toMatchObject({ code: 'TEMPLATE_RULE', field: 'itemId', message: expect.stringMatching(/hører til fasen „Flerfaglig sparring – konkrete børn“. Skift til den fase/) });
    expect((await tc.call('meeting.get', { id: m.id })).currentItemId).toBe(general.id);
    m = await tc.call('meeting.get', { id: m.id });
    expect(m.participants.every((p) => p.inCurrentPhase === true)).toBe(true);

    // The chair switches phase and unticks the tale-høre-konsulent.
    const leaving = m.participants.find((p) => p.personId === s.people.talehoere.id)!;
    m = await tc.call('meeting.switchPhase', { id: m.id, phase: 'sparring', stayingParticipantIds: m.participants.filter((p) => p.id !== leaving.id).map((p) => p.id) });
    expect(m.currentPhase).toBe('sparring');
    expect(m.currentItemId).toBe(child.id);
    const gone = m.participants.find((p) => p.id === leaving.id)!;
    // Live attendance says per phase what the referat will say: present earlier, not in the sparring.
    expect(gone).toMatchObject({ attendance: 'til_stede', inCurrentPhase: false, phases: ['distrikt'] });
    expect(m.participants.filter((p) => p.id !== leaving.id).every((p) => p.inCurrentPhase === true)).toBe(true);

    // The finished phase cannot be re-opened in front of the smaller circle.
    const back = await tc.raw('meeting.setCurrentItem', { id: m.id, itemId: general.id });
    expect(back.error).toMatchObject({ code: 'TEMPLATE_RULE', message: expect.stringMatching(/afsluttet/) });

    await tc.call('meeting.end', { id: m.id });
    const r = await tc.call('referat.generate', { meetingId: m.id });
    expect(r.body!.phases[1]!.present).not.toContain('Rasmus Kjærbo (RK)');
    expect(r.body!.phases[0]!.present).toContain('Rasmus Kjærbo (RK)');
  });

  it('a meeting without phases says so (null), not „in the phase"', async () => {
    const m = await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-20', startTime: '09:00', childId: s.children.malik.id });
    expect(m.participants.every((p) => p.inCurrentPhase === null)).toBe(true);
  });
});

describe('a sealed meeting looks sealed (issue 21, item 8)', () => {
  let id: string;
  beforeAll(async () => {
    id = await netvaerkMeeting(tc, s);
  });

  it('its status reads „Forseglet", and its time and place are refused', async () => {
    const m = await tc.call('meeting.get', { id });
    expect(MEETING_STATUS_LABELS[m.status]).toBe('Forseglet');
    const moved = await tc.raw('meeting.update', { id, patch: { startTime: '11:00', place: 'Et andet sted' } });
    expect(moved.error?.code).toBe('SEALED');
    expect(await tc.call('meeting.get', { id })).toMatchObject({ startTime: '10:00' });
  });

  it('the referat header names the mødeleder, and the handleplan item points to the handleplan with its goals and id', async () => {
    const r = await tc.call('referat.get', { meetingId: id });
    expect(r.body!.chair).toBe('Karim Østergaard (KØ)');
    const hp = r.body!.items.find((i) => i.title.toLowerCase().includes('handleplan'))!;
    expect(hp.sections).toEqual([
      { label: 'Formål med handleplanen', text: 'At Malik trives ved aflevering og sover bedre.' },
      { label: 'Mål 1', text: 'Malik siger farvel til mor uden at græde (ansvarlig ML, opfølgning 25. januar 2027)' },
      { label: 'Mål 2', text: 'Bedre søvn (ansvarlig EB, opfølgning 1. marts 2027)' },
      { label: 'Handleplan', text: `Den fulde handleplan er et selvstændigt dokument: ${r.current!.documentId}-HP.` },
    ]);
    expect(hp.decisions).toEqual(['Handleplanen vedtages som beskrevet.']);

    const path = join(tempDir(), 'netvaerk.docx');
    tc.dialogs.saves.push(path);
    await tc.call('export.document', { meetingId: id, kind: 'referat' });
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    expect(plain).toContain('Mødeleder:Karim Østergaard (KØ)');
    expect(plain).toContain(`${r.current!.documentId}-HP`);
  });

  it('a correction points its handleplan item to the new version’s handleplan', async () => {
    const r = await tc.call('referat.correct', { meetingId: id, reason: 'Stavefejl i mål 2' });
    const hp = r.body!.items.find((i) => i.title.toLowerCase().includes('handleplan'))!;
    expect(hp.sections.at(-1)!.text).toContain(`${r.current!.documentId}-HP`);
    expect(r.current!.documentId).toMatch(/-v2$/);
  });
});
