import { minutesOfDay } from '../../../shared/format/danishClock';
import { coreText } from '../../../shared/text/coreMessages';
import { AppError } from '../errors';

const LAST_MINUTE = 24 * 60 - 1;

/**
 * A meeting begins and ends on its own (Danish) day: „23:30–00:30" is refused with a message that says so, rather
 * than stored as an end before its start.
 */
export function assertEndAfterStart(start: string, end: string): void {
  if (minutesOfDay(end) <= minutesOfDay(start)) {
    throw new AppError('INVALID_INPUT', coreText.meetingTimes.endNotAfterStart(start, end), 'endTime');
  }
}

/** The template's length added to the start, refused when it would pass midnight instead of wrapping to 01:30. */
export function defaultEndTime(start: string, minutes: number): string {
  const total = minutesOfDay(start) + minutes;
  if (total > LAST_MINUTE) throw new AppError('INVALID_INPUT', coreText.meetingTimes.defaultEndPassesMidnight(start, minutes), 'startTime');
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
