import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDuration } from '../../shared/format/danishDate';
import { useItemTimer, type Clock } from '../../renderer/lib/useItemTimer';

let now = 0;
const clock: Clock = { now: () => now };

function Timer({ itemId, stored, persist }: { itemId: string; stored: number; persist: (id: string, s: number) => void }) {
  const t = useItemTimer(itemId, stored, persist, clock);
  return (
    <div>
      <span data-testid="elapsed">{formatDuration(t.elapsed)}</span>
      <button onClick={t.start}>start</button>
      <button onClick={t.pause}>pause</button>
    </div>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  now = 1_000_000;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function advance(ms: number) {
  act(() => {
    now += ms;
    vi.advanceTimersByTime(ms);
  });
}

describe('useItemTimer (fake clock)', () => {
  it('adds the running stretch to the stored time and stops on pause', () => {
    const persist = vi.fn();
    render(<Timer itemId="a" stored={60} persist={persist} />);
    expect(screen.getByTestId('elapsed').textContent).toBe('1:00');
    act(() => screen.getByText('start').click());
    advance(90_000);
    expect(screen.getByTestId('elapsed').textContent).toBe('2:30');
    act(() => screen.getByText('pause').click());
    expect(persist).toHaveBeenLastCalledWith('a', 150);
    advance(60_000);
    expect(screen.getByTestId('elapsed').textContent).toBe('2:30');
  });

  it('stores the time every five seconds while running, so a crash loses at most a few seconds', () => {
    const persist = vi.fn();
    render(<Timer itemId="a" stored={0} persist={persist} />);
    act(() => screen.getByText('start').click());
    advance(5_250);
    expect(persist).toHaveBeenCalledWith('a', 5);
    advance(5_000);
    expect(persist).toHaveBeenLastCalledWith('a', 10);
  });

  it('switching item starts from that item’s stored time and keeps running', () => {
    const persist = vi.fn();
    const { rerender } = render(<Timer itemId="a" stored={0} persist={persist} />);
    act(() => screen.getByText('start').click());
    advance(30_000);
    rerender(<Timer itemId="b" stored={120} persist={persist} />);
    expect(screen.getByTestId('elapsed').textContent).toBe('2:00');
    advance(10_000);
    expect(screen.getByTestId('elapsed').textContent).toBe('2:10');
  });
});
