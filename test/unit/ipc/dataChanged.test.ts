import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture as seed } from '../../helpers/fixtures';
import { ressourceteamMeeting } from '../../helpers/scenarios';
import { CHANNELS, contract, isQuery } from '../../../shared/ipc/contract';

let tc: TestCore;
afterEach(() => tc?.close());

describe('data.changed (issue 16, item 1)', () => {
  it('every channel is marked query or command in the contract', () => {
    for (const c of CHANNELS) expect(['query', 'command']).toContain(contract[c].kind);
    expect(isQuery('meeting.get')).toBe(true);
    expect(isQuery('item.update')).toBe(false);
  });

  it('a command on an item names its meeting and the child on it; a query raises nothing', async () => {
    tc = makeCore();
    const s = await seed(tc);
    const meetingId = await ressourceteamMeeting(tc, s, { seal: false });
    const m = await tc.call('meeting.get', { id: meetingId });
    const item = m.items.find((i) => i.childId !== null);
    expect(item).toBeDefined();
    tc.events.length = 0;
    await tc.call('meeting.get', { id: meetingId });
    await tc.call('child.case', { id: item!.childId! });
    expect(tc.events).toEqual([]);
    await tc.call('meeting.update', { id: meetingId, patch: { place: 'Mødelokale 2' } });
    expect(tc.events).toContainEqual(expect.objectContaining({ aggregate: 'meeting', id: meetingId, channel: 'meeting.update' }));
    expect(tc.events).toContainEqual(expect.objectContaining({ aggregate: 'child', id: item!.childId, channel: 'meeting.update' }));
    const res = await tc.raw('item.update', { id: item!.id, patch: { notes: 'Noter' } });
    const mine = tc.events.filter((e) => e.channel === 'item.update').map((e) => e.seq);
    expect(res).toMatchObject({ ok: true, changed: mine });
  });

  it('a refused command raises nothing', async () => {
    tc = makeCore();
    tc.events.length = 0;
    const res = await tc.raw('meeting.update', { id: 'findes-ikke', patch: { place: 'X' } });
    expect(res.ok).toBe(false);
    expect(tc.events).toEqual([]);
  });
});
