import { formatLongDate } from '../format/danishDate';

/** Starting a meeting on another day than planned (issue 11, item 7): the warning, the choice and the history line. */
export const meetingDayText = {
  dialogTitle: 'Mødet starter på en anden dag end planlagt',
  otherDay: (planned: string, today: string) =>
    `Mødet er planlagt til ${formatLongDate(planned)}, men i dag er det ${formatLongDate(today)}. Starter du mødet nu, får referatet, dokumenterne og underskrifterne datoen ${formatLongDate(today)}; den planlagte dato gemmes i historikken.`,
  confirm: 'Start mødet i dag',
  /** The audit entry and the meeting's header. */
  plannedHeld: (planned: string, held: string) => `Planlagt til ${formatLongDate(planned)} – afholdt ${formatLongDate(held)}`,
} as const;
