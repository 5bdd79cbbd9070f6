import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { ressourceteamMeeting, startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
const ids: Record<string, string> = {};
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
  ids['planned'] = (await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-02', startTime: '09:00', childId: s.children.aksel.id })).id;
  ids['later'] = (await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-12', startTime: '12:30' })).id;
  const running = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-10', startTime: '12:30' });
  await startAsPlanned(tc, running.id);
  ids['running'] = running.id;
  ids['held'] = await ressourceteamMeeting(tc, s, { date: '2026-11-03', seal: false }); // names Aksel on an item
  ids['missed'] = (await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-10-06', startTime: '12:30' })).id;
  ids['cancelled'] = (await tc.call('meeting.create', { templateId: 'dialogmoede', date: '2026-12-03', startTime: '09:00', childId: s.children.aksel.id })).id;
  await tc.call('meeting.cancel', { id: ids['cancelled'], reason: 'Forældrene er syge', confirmed: true });
  ids['cancelledPast'] = (await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-10-13', startTime: '12:30' })).id;
  await tc.call('meeting.cancel', { id: ids['cancelledPast'], reason: 'Sygdom', confirmed: true });
});
afterAll(() => tc.close());

const listed = async (input: Parameters<TestCore['call']>[1] & object) =>
  (await tc.call('meeting.list', input as never)).map((m) => Object.entries(ids).find(([, id]) => id === m.id)?.[0] ?? m.id);

describe('the meeting overview', () => {
  it('upcoming: soonest first, with a meeting still running from an earlier day, and nothing held', async () => {
    expect(await listed({ filter: 'kommende' })).toEqual(['running', 'planned', 'later']);
  });

  it('held: newest first, with a planned meeting whose day has passed, and never one still running', async () => {
    expect(await listed({ filter: 'afholdte' })).toEqual(['held', 'missed']);
  });

  it('a cancelled meeting is neither upcoming nor held, and is listed under „Alle"', async () => {
    const all = await listed({ filter: 'alle' });
    expect(all).toEqual(expect.arrayContaining(['cancelled', 'cancelledPast']));
    expect(await listed({ filter: 'kommende' })).not.toContain('cancelled');
    expect(await listed({ filter: 'afholdte' })).not.toContain('cancelledPast');
  });

  it('a child: the meetings about the child and those that name the child on an item', async () => {
    expect(await listed({ filter: 'alle', childId: s.children.aksel.id })).toEqual(['cancelled', 'planned', 'held']);
    expect(await listed({ filter: 'kommende', childId: s.children.aksel.id })).toEqual(['planned']);
    expect(await listed({ filter: 'afholdte', childId: s.children.freja.id })).toEqual(['held']);
  });
});
