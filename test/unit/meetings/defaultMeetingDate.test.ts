import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/format/danishDate';
import { defaultMeetingDate, isWeekend } from '../../../shared/domain/meetingDays';

/** Issue 16, item 8: „Nyt møde" proposed a Sunday; a Danish dagtilbud has no meetings on Saturday or Sunday. */
describe('the date „Nyt møde" proposes', () => {
  it('is a week ahead when that is a weekday', () => {
    expect(defaultMeetingDate('2026-11-23')).toBe('2026-11-30'); // Monday → Monday
    expect(defaultMeetingDate('2026-11-27')).toBe('2026-12-04'); // Friday → Friday
  });

  it('moves a Saturday or a Sunday to the Monday after', () => {
    expect(defaultMeetingDate('2026-11-21')).toBe('2026-11-30'); // a week after a Saturday is a Saturday
    expect(defaultMeetingDate('2026-11-22')).toBe('2026-11-30'); // a week after a Sunday is a Sunday – the reported case
  });

  it('crosses a month and a year end, and never lands on a weekend for any day of a year', () => {
    expect(defaultMeetingDate('2026-12-26')).toBe('2027-01-04'); // Saturday → Saturday 2 January → Monday 4 January
    for (let i = 0; i < 366; i++) {
      const today = addDays('2026-01-01', i);
      const proposed = defaultMeetingDate(today);
      expect(isWeekend(proposed), today).toBe(false);
      expect(proposed >= addDays(today, 7) && proposed <= addDays(today, 9), today).toBe(true);
    }
  });
});
