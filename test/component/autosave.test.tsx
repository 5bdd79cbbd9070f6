import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '../../renderer/lib/useAutosave';

let setText: (v: string) => void = () => {};
function Notes({ save }: { save: (v: string) => Promise<unknown> }) {
  const [text, set] = useState('');
  setText = set;
  const s = useAutosave(text, save);
  return <span data-testid="state">{s.state}</span>;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('saves once typing pauses – well within a second – and only the latest text', async () => {
    const save = vi.fn(() => Promise.resolve());
    render(<Notes save={save} />);
    act(() => setText('H'));
    act(() => setText('He'));
    act(() => setText('Hej'));
    await act(async () => {
      vi.advanceTimersByTime(450);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Hej');
  });

  it('retries after a failed save instead of dropping the text', async () => {
    let fail = true;
    const save = vi.fn(() => (fail ? Promise.reject(new Error('nede')) : Promise.resolve()));
    const { getByTestId } = render(<Notes save={save} />);
    act(() => setText('Vigtig note'));
    await act(async () => {
      vi.advanceTimersByTime(450);
    });
    expect(getByTestId('state').textContent).toBe('error');
    fail = false;
    await act(async () => {
      vi.advanceTimersByTime(2100);
    });
    expect(save).toHaveBeenLastCalledWith('Vigtig note');
    expect(getByTestId('state').textContent).toBe('saved');
  });

  it('flushes pending text when the editor goes away', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { unmount } = render(<Notes save={save} />);
    act(() => setText('Skrevet lige før skift'));
    unmount();
    expect(save).toHaveBeenCalledWith('Skrevet lige før skift');
  });
});
