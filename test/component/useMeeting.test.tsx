import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataChanged } from '../../shared/ipc/events';
import type { AgendaItem, Followup, MeetingDetail } from '../../shared/schemas/meeting';
import { useMeeting, type MeetingOwner } from '../../renderer/features/meeting/useMeeting';

/**
 * Issue 16, item 1: useMeeting is the one owner of a meeting's data. It applies what the core returns – a whole
 * meeting replaces the copy, one item or follow-up is patched in – never fetches again after its own change, and
 * re-runs its query when the core reports a change made elsewhere.
 */

const followup = (id: string, text: string) => ({ id, text, ownerInitials: 'BSk' }) as unknown as Followup;
const item = (id: string, title: string, followups: Followup[] = []) => ({ id, title, notes: '', followups }) as unknown as AgendaItem;
const meeting = (place: string, items: AgendaItem[]) => ({ id: 'm1', place, warnings: [], items }) as unknown as MeetingDetail;

let seq = 0;
let listeners: ((payload: unknown) => void)[] = [];
let replies: Record<string, (input: unknown) => unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => {
  const reply = replies[channel];
  if (!reply) throw new Error(`unexpected ${channel}`);
  const value = reply(input);
  // A command's reply lists the data.changed events it caused (renderer/lib/api.ts drops those as its own).
  if (channel === 'meeting.get') return { ok: true, value };
  const own = ++seq;
  setTimeout(() => emit({ aggregate: 'meeting', id: 'm1', channel, seq: own }), 0);
  return { ok: true, value, changed: [own] };
});
function emit(e: DataChanged) {
  for (const l of listeners) l(e);
}
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).length;

let owner: MeetingOwner;
function Screen() {
  owner = useMeeting('m1');
  const m = owner.meeting;
  if (!m) return <p>…</p>;
  return (
    <div>
      <p data-testid="place">{m.place}</p>
      <ul>
        {m.items.map((i) => (
          <li key={i.id} data-testid={i.id}>
            {i.title} {i.notes} {i.followups.map((f) => f.text).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

beforeEach(() => {
  seq = 100;
  listeners = [];
  invoke.mockClear();
  replies = { 'meeting.get': () => meeting('Personalestuen', [item('i1', 'Godkendelse'), item('i2', 'Barn', [followup('f1', 'Ring til PPR')])]) };
  window.api = {
    invoke: invoke as never,
    on: (event, listener) => {
      if (event === 'data.changed') listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
  };
});
afterEach(() => {
  cleanup();
  delete window.api;
});

async function shown() {
  render(<Screen />);
  await screen.findByTestId('place');
  expect(calls('meeting.get')).toBe(1);
}

/** Waits past the settle time in which data.changed events are gathered (DATA_CHANGED_SETTLE_MS). */
const settle = () => act(() => new Promise((r) => setTimeout(r, 150)));

describe('useMeeting', () => {
  it('patches the item item.update returns into the meeting, and fetches nothing again', async () => {
    await shown();
    replies['item.update'] = () => ({ ...item('i2', 'Barn – Freja', [followup('f1', 'Ring til PPR')]), notes: 'Sover uroligt' });
    await act(async () => {
      await owner.updateItem('i2', { notes: 'Sover uroligt' });
    });
    expect(screen.getByTestId('i2').textContent).toContain('Barn – Freja Sover uroligt Ring til PPR');
    expect(screen.getByTestId('i1').textContent).toContain('Godkendelse');
    await settle();
    expect(calls('meeting.get')).toBe(1); // its own data.changed event is dropped
    expect(invoke).toHaveBeenCalledWith('item.update', { id: 'i2', patch: { notes: 'Sover uroligt' } });
  });

  it('choosing a child while planning is one call, whose whole meeting replaces the copy', async () => {
    await shown();
    replies['meeting.updateItem'] = () => meeting('Personalestuen', [item('i1', 'Godkendelse'), item('i2', 'Barn – Freja Ærø Vestergaard')]);
    await act(async () => {
      await owner.planItem('i2', { childId: 'c1' });
    });
    expect(screen.getByTestId('i2').textContent).toContain('Freja Ærø Vestergaard');
    await settle();
    expect(invoke.mock.calls.map(([c]) => c)).toEqual(['meeting.get', 'meeting.updateItem']);
  });

  it('patches a corrected follow-up (followup.update replies with the follow-up) into the item that holds it', async () => {
    await shown();
    act(() => owner.applyFollowup(followup('f1', 'Ring til PPR i morgen')));
    expect(screen.getByTestId('i2').textContent).toContain('Ring til PPR i morgen');
    expect(screen.getByTestId('i1').textContent).not.toContain('PPR');
  });

  it('re-runs its query when the core reports a change to this meeting made elsewhere – not for another meeting', async () => {
    await shown();
    replies['meeting.get'] = () => meeting('Salen', [item('i1', 'Godkendelse')]);
    act(() => emit({ aggregate: 'meeting', id: 'm2', channel: 'meeting.update', seq: 7 }));
    await settle();
    expect(calls('meeting.get')).toBe(1);
    expect(screen.getByTestId('place').textContent).toBe('Personalestuen');

    act(() => emit({ aggregate: 'meeting', id: 'm1', channel: 'meeting.update', seq: 8 }));
    await waitFor(() => expect(screen.getByTestId('place').textContent).toBe('Salen'));
    expect(calls('meeting.get')).toBe(2);
    expect(screen.queryByTestId('i2')).toBeNull();
  });

  it('keeps the copy it has when a command is refused, and hands the refusal to the caller', async () => {
    await shown();
    invoke.mockImplementationOnce(async () => ({ ok: false, error: { code: 'CONSENT_REQUIRED', message: 'Der er ikke samtykke.' } }) as never);
    await act(async () => {
      await expect(owner.planItem('i2', { childId: 'c3' })).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    });
    expect(screen.getByTestId('i2').textContent).toContain('Barn');
    expect(screen.getByTestId('place').textContent).toBe('Personalestuen');
  });
});
