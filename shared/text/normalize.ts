/**
 * Unicode NFC for every string in a value, recursively. Applied once, at the door (the dispatcher and the lock
 * screen), so the same visible text – a name, a passphrase typed on another keyboard – is always the same bytes.
 */
export function normalizeNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeNfc);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // fromEntries defines own properties, so a key „__proto__" from JSON stays a plain (and refused) key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), normalizeNfc(v)]));
  }
  return value;
}
