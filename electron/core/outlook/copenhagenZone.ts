/**
 * The VTIMEZONE for Europe/Copenhagen that every invitation carries (RFC 5545 §3.6.5): CET in winter, CEST from the
 * last Sunday of March 02:00 to the last Sunday of October 03:00 (the EU rule since 1996). With it, Outlook and any
 * other calendar place „12:30" on the Danish clock, whatever zone the reader's computer is in.
 */
export const COPENHAGEN_TZID = 'Europe/Copenhagen';

export function copenhagenVtimezone(tzid: string): string {
  if (tzid !== COPENHAGEN_TZID) return '';
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${COPENHAGEN_TZID}`,
    `X-LIC-LOCATION:${COPENHAGEN_TZID}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
