/**
 * Every string of an input in Unicode NFC. Text pasted from another program may arrive decomposed (NFD: „A" + a
 * combining ring instead of „Å"); stored that way, search, the privacy guard and passphrases no longer match it.
 * Runs once, at the door (the dispatcher), before the input is parsed.
 */
export function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // fromEntries defines own properties, so a key „__proto__" from JSON stays a plain (and refused) key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]));
  }
  return value;
}
