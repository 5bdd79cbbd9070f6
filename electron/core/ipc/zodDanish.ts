import { z } from 'zod';

const TYPE_DA: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et heltal',
  boolean: 'ja/nej',
  object: 'et objekt',
  array: 'en liste',
  date: 'en dato',
  null: 'ingen værdi',
};

/**
 * Danish validation messages: zod's Danish locale, plus plainer wording for the cases a user or a log reader
 * meets most (a missing field, a wrong type, an unknown field). Schema-specific messages win over both.
 */
export function configureDanishValidation(): void {
  z.config(z.locales.da());
  z.config({
    customError: (iss) => {
      if (iss.code === 'invalid_type') {
        if (iss.input === undefined) return 'skal udfyldes';
        return `har en forkert type (forventede ${TYPE_DA[iss.expected] ?? iss.expected})`;
      }
      if (iss.code === 'unrecognized_keys') return `ukendt felt ${iss.keys.map((k) => `„${k}“`).join(', ')}`;
      return undefined;
    },
  });
}
