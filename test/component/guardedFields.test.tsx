import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldRefusal } from '../../renderer/components/FieldRefusal';
import { AppError } from '../../renderer/lib/api';
import { useAutosave } from '../../renderer/lib/useAutosave';
import { useGuardedField } from '../../renderer/lib/useGuardedField';

const GUARD = 'Teksten indeholder navnet „Aksel".';

let setText: (v: string) => void = () => {};
function Notes({ save }: { save: (v: string) => Promise<unknown> }) {
  const [text, set] = useState('Gemt tekst');
  setText = set;
  const s = useAutosave(text, save, { revert: set });
  return (
    <>
      <textarea aria-label="Noter" value={text} readOnly />
      <span data-testid="error">{s.error}</span>
    </>
  );
}

function Label({ save, onError }: { save: (v: string) => Promise<unknown>; onError: (e: unknown) => void }) {
  const f = useGuardedField('Pige, 4 år', save, onError);
  return (
    <>
      <input aria-label="Anonym betegnelse" value={f.value} onChange={(e) => f.setValue(e.target.value)} onBlur={() => void f.commit()} />
      <FieldRefusal id="r" message={f.refusal} />
    </>
  );
}

afterEach(cleanup);

describe('a field the privacy guard refuses', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('autosaved notes return to their saved text and show the message; no retry loop', async () => {
    const save = vi.fn((v: string) => (v.includes('Aksel') ? Promise.reject(new AppError('PRIVACY_GUARD', GUARD)) : Promise.resolve()));
    const { getByLabelText, getByTestId } = render(<Notes save={save} />);
    act(() => setText('Aksel græder'));
    await act(async () => {
      vi.advanceTimersByTime(450);
    });
    expect((getByLabelText('Noter') as HTMLTextAreaElement).value).toBe('Gemt tekst');
    expect(getByTestId('error').textContent).toBe(GUARD);
    await act(async () => {
      vi.advanceTimersByTime(5000);
    });
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('useGuardedField', () => {
  it('puts the saved value back and shows the refusal beside the field as an alert', async () => {
    const onError = vi.fn();
    const save = vi.fn(() => Promise.reject(new AppError('PRIVACY_GUARD', GUARD)));
    const { getByLabelText, getByRole } = render(<Label save={save} onError={onError} />);
    const input = getByLabelText('Anonym betegnelse') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Aksel' } });
    await act(async () => {
      fireEvent.blur(input);
    });
    expect(input.value).toBe('Pige, 4 år');
    expect(getByRole('alert').textContent).toBe(GUARD);
    expect(onError).not.toHaveBeenCalled();
  });

  it('passes any other failure on, and keeps what was typed', async () => {
    const onError = vi.fn();
    const save = vi.fn(() => Promise.reject(new AppError('IO_ERROR', 'Disk')));
    const { getByLabelText, queryByRole } = render(<Label save={save} onError={onError} />);
    const input = getByLabelText('Anonym betegnelse') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Dreng, 3 år' } });
    await act(async () => {
      fireEvent.blur(input);
    });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(input.value).toBe('Dreng, 3 år');
    expect(queryByRole('alert')).toBeNull();
  });
});
