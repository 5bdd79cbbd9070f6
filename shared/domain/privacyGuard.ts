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

interface Candidate {
  /** The name as the user wrote it: what a hit reports. */
  text: string;
  /** Its words, lower-cased: what is matched against the words of the text. */
  words: string[];
  /** Index of the name it came from; a name gives its full form and, maybe, its first name. */
  name: number;
  full: boolean;
}

/** Words are runs of letters; a name inside another word (Akselsen) is not the name (Aksel). */
function words(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const m of text.normalize('NFC').matchAll(/\p{L}+/gu)) out.push({ word: m[0].toLowerCase(), index: m.index });
  return out;
}

/**
 * The names the guard looks for, indexed by their first word, so checking a text costs a lookup per word of the
 * text however many names Tovholder knows (tens of thousands at kommune scale). Build once, use for many texts.
 */
export class NameMatcher {
  private readonly byFirstWord = new Map<string, Candidate[]>();

  constructor(names: readonly string[]) {
    names.forEach((full, name) => {
      const clean = full.trim().normalize('NFC');
      if (clean.length < 2) return;
      this.add({ text: clean, words: words(clean).map((w) => w.word), name, full: true });
      const first = clean.split(/\s+/)[0]!;
      if (first !== clean && first.length >= 3 && !COMMON_WORDS.has(first.toLowerCase())) {
        this.add({ text: first, words: words(first).map((w) => w.word), name, full: false });
      }
    });
  }

  private add(c: Candidate): void {
    const key = c.words[0];
    if (!key) return;
    const list = this.byFirstWord.get(key);
    if (list) list.push(c);
    else this.byFirstWord.set(key, [c]);
  }

  /**
   * Names: a full name anywhere, or a first name standing as a word. First names that are everyday words
   * (Bo, Sol, Storm …) only count as part of the full name. Case-insensitive; one hit per name, the full form first.
   */
  find(text: string): GuardHit[] {
    const ws = words(text);
    const found = new Map<number, { full?: GuardHit; first?: GuardHit }>();
    for (let i = 0; i < ws.length; i++) {
      for (const c of this.byFirstWord.get(ws[i]!.word) ?? []) {
        if (!c.words.every((w, k) => ws[i + k]?.word === w)) continue;
        const slot = found.get(c.name) ?? {};
        const key = c.full ? 'full' : 'first';
        slot[key] ??= { kind: 'navn', text: c.text, index: ws[i]!.index };
        found.set(c.name, slot);
      }
    }
    const hits: GuardHit[] = [];
    const seen = new Set<string>();
    for (const name of [...found.keys()].sort((a, b) => a - b)) {
      const slot = found.get(name)!;
      const hit = slot.full ?? slot.first!;
      if (seen.has(hit.text.toLowerCase())) continue;
      seen.add(hit.text.toLowerCase());
      hits.push(hit);
    }
    return hits;
  }
}

export function findNames(text: string, names: readonly string[] | NameMatcher): GuardHit[] {
  return (names instanceof NameMatcher ? names : new NameMatcher(names)).find(text);
}

export function guardText(text: string, names: readonly string[] | NameMatcher): GuardHit[] {
  return [...findCprNumbers(text), ...findNames(text, names)].sort((a, b) => a.index - b.index);
}

export function describeHits(hits: GuardHit[]): string {
  const cpr = hits.filter((h) => h.kind === 'cpr');
  const names = hits.filter((h) => h.kind === 'navn');
  const parts: string[] = [];
  if (cpr.length) parts.push(`et CPR-nummer (${cpr.map((h) => h.text).join(', ')})`);
  if (names.length) parts.push(`navnet ${names.map((h) => `„${h.text}“`).join(', ')}`);
  return parts.join(' og ');
}
