import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, daysBetween, formatDuration, formatLongDate, formatShortDate, formatTimeRange, formatTimestamp, isValidIsoDate } from '../../../shared/format/danishDate';

describe('Danish date formats as referater write them', () => {
  it('long date „6. september 2018"', () => {
    expect(formatLongDate('2018-09-06')).toBe('6. september 2018');
    expect(formatLongDate('2026-12-01')).toBe('1. december 2026');
  });
  it('short date „06-09-2018" and time range „08:30 - 10:00"', () => {
    expect(formatShortDate('2018-09-06')).toBe('06-09-2018');
    expect(formatTimeRange('08:30', '10:00')).toBe('08:30 - 10:00');
  });
  it('timestamps in Danish time, with kl.', () => {
    expect(formatTimestamp('2026-06-01T06:31:00Z')).toBe('1. juni 2026 kl. 08:31');
    expect(formatTimestamp('2026-01-15T08:05:00Z')).toBe('15. januar 2026 kl. 09:05');
  });
  it('timer durations, including overrun', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(605)).toBe('10:05');
    expect(formatDuration(-65)).toBe('-1:05');
    expect(formatDuration(3723)).toBe('1:02:03');
  });
  it('date arithmetic and validation', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(addMinutes('23:30', 45)).toBe('00:15');
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
  });
});
