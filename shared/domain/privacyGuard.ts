/**
 * The local guard for anonymous items and exports (SPEC req. 18; PRODUCT-RESEARCH idea 9): finds CPR numbers
 * (a date-valid first six digits, then four digits) and the names of children and parents known to Tovholder.
 * Deterministic and local – nothing leaves the machine.
 */

export interface GuardHit {
  kind: 'cpr' | 'navn';
  /** What was found, masked for CPR numbers. */
  text: string;
  index: number;
}

function validDdmmyy(dd: number, mm: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  return dd <= days;
}

/** CPR numbers: ddmmyy followed by four digits, with or without a dash or space; the date must exist. */
export function findCprNumbers(text: string): GuardHit[] {
  const hits: GuardHit[] = [];
  const re = /(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (validDdmmyy(Number(m[1]), Number(m[2]))) hits.push({ kind: 'cpr', text: `${m[1]}${m[2]}${m[3]}-XXXX`, index: m.index });
  }
  return hits;
}

export function isValidCpr(cpr: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(cpr.trim());
  return !!m && validDdmmyy(Number(m[1]), Number(m[2]));
}

/** Common Danish words that are also first names: matched only as part of a full name. */
const COMMON_WORDS = new Set(['bo', 'sol', 'storm', 'mai', 'maj', 'ask', 'eg', 'lykke', 'glad', 'frej', 'kærlighed', 'tro', 'sommer', 'vinter', 'dag', 'nat', 'lærke', 'rose', 'viol', 'ravn', 'ulv', 'bjørn']);

const LETTER = '\\p{L}';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Names: a full name anywhere, or a first name standing as a word (not inside another word). First names that are
 * everyday words (Bo, Sol, Storm …) only count as part of the full name. Case-insensitive.
 */
export function findNames(text: string, names: string[]): GuardHit[] {
  const hits: GuardHit[] = [];
  const seen = new Set<string>();
  for (const full of names) {
    const clean = full.trim();
    if (clean.length < 2) continue;
    const candidates = [clean];
    const first = clean.split(/\s+/)[0]!;
    if (first.length >= 3 && !COMMON_WORDS.has(first.toLowerCase())) candidates.push(first);
    for (const c of candidates) {
      const re = new RegExp(`(?<!${LETTER})${escapeRe(c)}(?!${LETTER})`, 'iu');
      const m = re.exec(text);
      if (m && !seen.has(c.toLowerCase())) {
        seen.add(c.toLowerCase());
        hits.push({ kind: 'navn', text: c, index: m.index });
        break;
      }
    }
  }
  return hits;
}

export function guardText(text: string, names: string[]): GuardHit[] {
  return [...findCprNumbers(text), ...findNames(text, names)].sort((a, b) => a.index - b.index);
}

export function describeHits(hits: GuardHit[]): string {
  const cpr = hits.filter((h) => h.kind === 'cpr');
  const names = hits.filter((h) => h.kind === 'navn');
  const parts: string[] = [];
  if (cpr.length) parts.push(`et CPR-nummer (${cpr.map((h) => h.text).join(', ')})`);
  if (names.length) parts.push(`navnet ${names.map((h) => `„${h.text}"`).join(', ')}`);
  return parts.join(' og ');
}
