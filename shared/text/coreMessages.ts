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
  verify: {
    unchanged: (exportedAt: string, sealed: string) => `Teksten er den samme som ved eksporten ${exportedAt}.${sealed}`,
    sealedVersion: (version: number | null, seal: string) => ` Den svarer til den forseglede version ${version} (segl ${seal}).`,
    plainVersion: (version: number) => ` Den svarer til version ${version}.`,
    /** `what`: the parts that differ, e.g. „sidehovedet og underskriftsbilledet"; the screen already says „Ændret". */
    altered: (documentId: string, version: number | null, what = 'teksten') =>
      `${what.charAt(0).toLocaleUpperCase('da-DK')}${what.slice(1)} svarer ikke til det, Tovholder eksporterede som ${documentId}${version ? ` (version ${version})` : ''}. Brug den version, der er gemt i Tovholder.`,
  },
  /** Who acted, when no profile has been made yet. */
  noProfileActor: 'Tovholder (før opsætningen)',
} as const;
