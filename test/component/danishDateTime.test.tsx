import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateInput, TimeInput } from '../../renderer/components/DanishDateTime';
import { parseDanishDate, parseDanishTime } from '../../shared/format/danishInput';

afterEach(cleanup);

function Form({ date: d0, time: t0 }: { date: string; time: string }) {
  const [date, setDate] = useState(d0);
  const [time, setTime] = useState(t0);
  return (
    <>
      <label htmlFor="d">Dato</label>
      <DateInput id="d" value={date} onChange={setDate} />
      <label htmlFor="t">Starttid</label>
      <TimeInput id="t" value={time} onChange={setTime} />
      <output data-testid="state">{`${date} ${time}`}</output>
    </>
  );
}

describe('Danish date and time fields, whatever the computer’s language', () => {
  it('reads the Danish forms and refuses the American ones', () => {
    expect(parseDanishDate('23.11.2026')).toBe('2026-11-23');
    expect(parseDanishDate('1.2.2026')).toBe('2026-02-01');
    expect(parseDanishDate('2026-11-23')).toBe('2026-11-23');
    expect(parseDanishDate('11/23/2026')).toBeNull(); // mm/dd/yyyy: there is no 23rd month
    expect(parseDanishDate('30.02.2026')).toBeNull();
    expect(parseDanishTime('13:30')).toBe('13:30');
    expect(parseDanishTime('9.05')).toBe('09:05');
    expect(parseDanishTime('01:00 PM')).toBeNull();
    expect(parseDanishTime('24:00')).toBeNull();
  });

  it('shows dd.mm.åååå and 24-hour time, and hands the form ISO values', () => {
    render(<Form date="2026-11-23" time="13:30" />);
    const date = screen.getByLabelText('Dato') as HTMLInputElement;
    const time = screen.getByLabelText('Starttid') as HTMLInputElement;
    expect(date.value).toBe('23.11.2026');
    expect(date.placeholder).toBe('dd.mm.åååå');
    expect(time.value).toBe('13:30');
    fireEvent.change(date, { target: { value: '7.12.2026' } });
    fireEvent.change(time, { target: { value: '14.15' } });
    expect(screen.getByTestId('state').textContent).toBe('2026-12-07 14:15');
    fireEvent.blur(date);
    fireEvent.blur(time);
    expect(date.value).toBe('07.12.2026');
    expect(time.value).toBe('14:15');
  });

  it('keeps the last good value while the text is not a date, and says how to write it', () => {
    render(<Form date="2026-11-23" time="13:30" />);
    const date = screen.getByLabelText('Dato') as HTMLInputElement;
    fireEvent.change(date, { target: { value: '11/23/2026' } });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Skriv datoen som dd.mm.åååå, fx 23.11.2026.')).toBeTruthy();
    expect(screen.getByTestId('state').textContent).toBe('2026-11-23 13:30');
  });
});
