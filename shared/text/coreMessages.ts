/**
 * Danish messages the core sends with an error or a refusal: what went wrong, which field, and the way forward.
 * The short default per error code is in `errors.ts`; these are the specific ones.
 */
export const coreText = {
  meetingTimes: {
    endNotAfterStart: (start: string, end: string) =>
      `Sluttiden kl. ${end} ligger ikke efter starttiden kl. ${start}. Et møde begynder og slutter samme dag – det kan ikke gå over midnat. Vælg en sluttid senest kl. 23:59, eller flyt starten.`,
    defaultEndPassesMidnight: (start: string, minutes: number) =>
      `Et møde med start kl. ${start} og mødeformens varighed på ${minutes} min. ville slutte efter midnat. Et møde begynder og slutter samme dag: vælg en tidligere starttid, eller skriv en sluttid senest kl. 23:59.`,
  },
} as const;
