import { stripInvisible } from '../../../shared/domain/privacyGuard';
import { cleanText } from '../../../shared/text/cleanText';

/** Bidi embeddings, overrides, isolates and marks: they make „‮redlovennÅ" display as „Ånnevolder". */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Keys that hold a person's name, a label standing for a child, or initials. */
const NAME_KEY = /(^|[a-z])(name|Name|initials|Initials|anonLabel|approvedBy|obtainedBy|closedBy|signerLabel)$/;

/** Secrets are only composed to NFC (issue 12, item 7): the same visible passphrase is always the same bytes. */
const SECRET_KEY = /passphrase/i;

function cleanString(s: string, isName: boolean): string {
  const nfc = cleanText(s).replace(BIDI_CONTROLS, '');
  return isName ? stripInvisible(nfc) : nfc;
}

/**
 * Text is made harmless at the door (STYLE §13; issue 13, item 4), before the contract parses it: every string is
 * normalised to NFC (issue 15, item 1), gets \n line breaks, loses what XML 1.0 forbids (`cleanText`, issue 14, item 7) and bidi controls; names (and initials, anonymous labels, signers) also lose zero-width and
 * other invisible characters, so a name is displayed, matched by the privacy guard and sorted as what it is.
 */
export function cleanInput(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return SECRET_KEY.test(key) ? value.normalize('NFC') : cleanString(value, NAME_KEY.test(key));
  if (Array.isArray(value)) return value.map((v) => cleanInput(v, key));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // fromEntries defines own properties, so a key „__proto__" from JSON stays a plain (and refused) key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), cleanInput(v, k)]));
  }
  return value;
}
