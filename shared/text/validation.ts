/** Danish words for input validation, on top of zod's Danish locale (electron/core/ipc/zodDanish.ts). */
export const validationText = {
  types: {
    string: 'tekst',
    number: 'et tal',
    int: 'et heltal',
    boolean: 'ja/nej',
    object: 'et objekt',
    array: 'en liste',
    date: 'en dato',
    null: 'ingen værdi',
  } as Record<string, string>,
  required: 'skal udfyldes',
  wrongType: (expected: string) => `har en forkert type (forventede ${expected})`,
  unknownFields: (keys: string[]) => `ukendt felt ${keys.map((k) => `„${k}“`).join(', ')}`,
  guardianName: 'Skriv forælderens navn.',
  noProfileForMine: 'Opret din brugerprofil under Indstillinger for at se dine egne opfølgninger.',
  /** NOT_FOUND with the thing named: „Mødet findes ikke (længere).“ */
  notFound: (what: string) => `${what} findes ikke (længere).`,
} as const;
