import { z } from 'zod';
import { validationText } from '../../../shared/text/validation';

const TYPE_DA = validationText.types;

/**
 * Danish validation messages: zod's Danish locale, plus plainer wording for the cases a user or a log reader
 * meets most (a missing field, a wrong type, an unknown field). Schema-specific messages win over both.
 */
export function configureDanishValidation(): void {
  z.config(z.locales.da());
  z.config({
    customError: (iss) => {
      if (iss.code === 'invalid_type') {
        if (iss.input === undefined) return validationText.required;
        return validationText.wrongType(TYPE_DA[iss.expected] ?? iss.expected);
      }
      if (iss.code === 'unrecognized_keys') return validationText.unknownFields(iss.keys);
      return undefined;
    },
  });
}
