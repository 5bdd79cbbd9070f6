/**
 * Text as it may enter Tovholder: NFC, line breaks as \n, and nothing XML 1.0 forbids. A character a Word file
 * cannot hold (U+FFFE, U+FFFF, a lone surrogate, C0 control characters) would make an export no program can open.
 * Vertical tab and form feed are line breaks to the person who typed them, not glue between two words.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g;

export function cleanText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u000B\u000C]/g, '\n')
    .replace(FORBIDDEN, '');
}

/** Every string in a value (objects and arrays walked), cleaned. Other values are kept as they are. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}

/** A list line without the marker the writer typed: „- tekst" under a „-" bullet is „tekst", not „- - tekst". */
export function withoutListMarker(s: string): string {
  return s.replace(/^\s*[-–—•*]\s+/, '');
}
