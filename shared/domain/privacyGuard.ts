/**
 * The local guard for anonymous items and exports (SPEC req. 18; PRODUCT-RESEARCH idea 9). It finds what would
 * identify a child in text that must not: CPR numbers in any common written form, the birth date of a child known to
 * Tovholder in any common Danish written form, and the names of children and parents – whole, any single part of
 * them (a first name, a middle name, a surname), in any case, with æ/ø/å folded or spelled out (ae/oe/aa), in the
 * genitive (Emils, Emil's) and with invisible characters inside. Deterministic and local – nothing leaves the machine.
 */

export interface GuardHit {
  kind: 'cpr' | 'navn' | 'foedselsdato';
  /** What was found: the name as registered, the date as written, a CPR number masked. */
  text: string;
  index: number;
}

/** Invisible format characters (zero-width spaces and joiners, bidi controls, soft hyphen, BOM, word joiner). */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

const HAS_INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/u;

/** The text without invisible characters, and where each remaining character stood in the original. */
function visible(text: string): { text: string; at: (i: number) => number } {
  if (!HAS_INVISIBLE.test(text)) return { text, at: (i) => i };
  const at: number[] = [];
  let out = '';
  let i = 0;
  for (const ch of text) {
    INVISIBLE.lastIndex = 0;
    if (!INVISIBLE.test(ch)) {
      out += ch;
      for (let k = 0; k < ch.length; k++) at.push(i + k);
    }
    i += ch.length;
  }
  at.push(i);
  return { text: out, at: (k) => at[k] ?? i };
}

/** Bidi overrides and isolates, zero-width characters and other invisible format characters, removed. */
export function stripInvisible(text: string): string {
  return visible(text).text;
}

function validDdmm(dd: number, mm: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1]!;
  return dd <= days;
}

/**
 * CPR numbers: ddmmyy and four digits, the date must exist. Written as 1405211234, 140521-1234, 140521 1234,
 * 14.05.21-1234, 14 05 21 1234, with an en or em dash, a no-break space, or spaces around the dash.
 */
export function findCprNumbers(text: string): GuardHit[] {
  const v = visible(text.normalize('NFC'));
  const hits: GuardHit[] = [];
  const sep = '[.\\s]?';
  const dash = '\\s?[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]?\\s?';
  const re = new RegExp(`(?<![\\d-])(\\d{2})${sep}(\\d{2})${sep}(\\d{2})${dash}(\\d{4})(?![\\d-])`, 'gu');
  for (const m of v.text.matchAll(re)) {
    if (validDdmm(Number(m[1]), Number(m[2]))) hits.push({ kind: 'cpr', text: `${m[1]}${m[2]}${m[3]}-XXXX`, index: v.at(m.index) });
  }
  return hits;
}

export function isValidCpr(cpr: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(cpr.trim());
  return !!m && validDdmm(Number(m[1]), Number(m[2]));
}

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^maj/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^okt/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH_WORD = '(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';
/** „født", „f.", „fdt." – a day and month without a year count only after one of these. */
const BORN_BEFORE = /(?<!\p{L})(?:født|f\.|fdt\.?|fødselsdag)\s*(?:(?:d\.|den)\s*)?$/iu;

function monthNumber(word: string): number {
  return MONTHS.find(([re]) => re.test(word.toLowerCase()))?.[1] ?? 0;
}

function fullYear(y: string): number {
  return y.length === 4 ? Number(y) : 2000 + Number(y);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Birth dates of known children (ISO yyyy-mm-dd) written in the text: 20.09.2021, 20/9-2021, 20-09-21, 2021-09-20,
 * 20092021, „20. september 2021", „20. sep. 21"; and, after „født"/„f.", the day and month alone („f. 20/9").
 */
export function findBirthDates(text: string, birthDates: ReadonlySet<string>): GuardHit[] {
  if (birthDates.size === 0) return [];
  const v = visible(text.normalize('NFC'));
  const t = v.text;
  const dayMonths = new Set([...birthDates].map((d) => d.slice(5)));
  const hits: GuardHit[] = [];
  const taken: [number, number][] = [];
  const push = (index: number, length: number, y: number | null, mo: number, d: number) => {
    if (!validDdmm(d, mo)) return;
    if (taken.some(([a, b]) => index < b && a < index + length)) return;
    const known = y === null ? dayMonths.has(`${pad(mo)}-${pad(d)}`) && BORN_BEFORE.test(t.slice(Math.max(0, index - 20), index)) : birthDates.has(`${y}-${pad(mo)}-${pad(d)}`);
    if (!known) return;
    taken.push([index, index + length]);
    hits.push({ kind: 'foedselsdato', text: t.slice(index, index + length).trim(), index: v.at(index) });
  };
  for (const m of t.matchAll(/(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu)) push(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})(?:\s?[./-]\s?|\s)(\d{4}|\d{2})(?![\d.,]\d)/gu)) {
    push(m.index, m[0].length, fullYear(m[3]!), Number(m[2]), Number(m[1]));
  }
  for (const m of t.matchAll(/(?<!\d)(\d{2})(\d{2})(\d{4}|\d{2})(?!\d)/gu)) push(m.index, m[0].length, fullYear(m[3]!), Number(m[2]), Number(m[1]));
  for (const m of t.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*${MONTH_WORD}(?:\\s*['’]?(\\d{4}|\\d{2})(?!\\d))?`, 'giu'))) {
    push(m.index, m[0].length, m[3] ? fullYear(m[3]) : null, monthNumber(m[2]!), Number(m[1]));
  }
  for (const m of t.matchAll(/(?<![\d.])(\d{1,2})\s?[./]\s?(\d{1,2})(?!\d|[./-]\s?\d)/gu)) push(m.index, m[0].length, null, Number(m[2]), Number(m[1]));
  return hits;
}

/**
 * A word folded for comparison: lower case, accents dropped, and æ/ø/å and their spelled-out forms ae/oe/aa made one
 * (Søren = Soeren = Soren, Åse = Aase = Ase). Names and text are folded the same way.
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o');
}

/** Common Danish words that are also names: matched only as part of a full name. Folded. */
const COMMON_WORDS = new Set(
  [
    'bo', 'sol', 'storm', 'mai', 'maj', 'ask', 'eg', 'lykke', 'glad', 'frej', 'kærlighed', 'tro', 'sommer', 'vinter', 'dag', 'nat', 'lærke',
    'rose', 'viol', 'ravn', 'ulv', 'bjørn', 'skov', 'lund', 'dam', 'bæk', 'mark', 'eng', 'have', 'sten', 'strand', 'bakke', 'berg', 'vang',
    'krog', 'hede', 'fjord', 'sø', 'kær', 'kjær', 'gård', 'gaard', 'bro', 'by', 'hus', 'møller', 'smed', 'fisker', 'kok', 'van', 'von', 'de',
    'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'mor', 'far', 'sand', 'vind', 'ager',
  ].map(foldWord),
);

interface Candidate {
  /** The name (or hyphenated first name) as the user wrote it: what a hit reports. */
  text: string;
  /** Its words, folded: what is matched against the words of the text. */
  words: string[];
  /** A staff member's full name: found, it covers its words (Mette Holm is not the parent Peter Holm) but is no hit. */
  allowed: boolean;
}

interface TextWord {
  word: string;
  /** The word without a genitive s (Emils → emil), or null. */
  stem: string | null;
  index: number;
}

/** Words are runs of letters; a name inside another word (Akselsen) is not the name (Aksel). */
function textWords(text: string): TextWord[] {
  const v = visible(text.normalize('NFC'));
  const out: TextWord[] = [];
  for (const m of v.text.matchAll(/\p{L}+/gu)) {
    // „Emil's", „Emil’s": an s after an apostrophe is the genitive, not a word.
    if (m[0].toLowerCase() === 's' && /['’`´]/u.test(v.text.charAt(m.index - 1))) continue;
    const word = foldWord(m[0]);
    out.push({ word, stem: word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : null, index: v.at(m.index) });
  }
  return out;
}

function nameWords(name: string): string[] {
  return [...visible(name).text.matchAll(/\p{L}+/gu)].map((m) => foldWord(m[0]));
}

/**
 * The names the guard looks for. Whole names (and hyphenated first names) are indexed by their first folded word;
 * every single word of a name (first, middle or surname) by itself. Checking a text costs a lookup per word of the
 * text however many names Tovholder knows (tens of thousands at kommune scale). Build once, use for many texts.
 */
export class NameMatcher {
  private readonly byFirstWord = new Map<string, Candidate[]>();
  private readonly singles = new Map<string, string>();
  private readonly fullNames = new Set<string>();

  /** `names` are protected; `allowed` (staff) full names are recognised so that their words are not taken for one. */
  constructor(names: readonly string[], allowed: readonly string[] = []) {
    const seen = new Set<string>();
    for (const raw of names) {
      const clean = visible(raw.trim().normalize('NFC')).text;
      if (clean.length < 2) continue;
      const parts = clean.split(/\s+/);
      this.fullNames.add(nameWords(clean).join(' '));
      this.addMulti({ text: clean, words: nameWords(clean), allowed: false }, seen);
      const firstWords = nameWords(parts[0]!);
      if (parts.length > 1 && firstWords.length > 1) this.addMulti({ text: parts[0]!, words: firstWords, allowed: false }, seen);
      if (parts.length < 2 && firstWords.length < 2) {
        // A one-word name (a child registered by first name only) is matched as that word.
        const w = firstWords[0];
        if (w && w.length >= 2 && !COMMON_WORDS.has(w) && !this.singles.has(w)) this.singles.set(w, clean);
        continue;
      }
      for (const piece of clean.split(/[^\p{L}]+/u)) {
        const w = piece ? foldWord(piece) : '';
        if (w.length < 3 || COMMON_WORDS.has(w) || this.singles.has(w)) continue;
        this.singles.set(w, piece);
      }
    }
    for (const raw of allowed) {
      const words = nameWords(raw.trim().normalize('NFC'));
      if (words.length > 1) this.addMulti({ text: raw, words, allowed: true }, seen);
    }
  }

  /** Is this exactly the name of a protected person (however cased, folded or spelled)? */
  isProtectedName(name: string): boolean {
    return this.fullNames.has(nameWords(name.normalize('NFC')).join(' '));
  }

  private addMulti(c: Candidate, seen: Set<string>): void {
    const key = c.words[0];
    const id = c.words.join(' ');
    if (!key || seen.has(id)) return;
    seen.add(id);
    if (c.words.length === 1) return;
    const list = this.byFirstWord.get(key);
    if (list) list.push(c);
    else this.byFirstWord.set(key, [c]);
  }

  /**
   * Whole names first (the longest found at a place), then single name words not already part of a found name.
   * One hit per distinct name text, in the order they stand in the text.
   */
  find(text: string): GuardHit[] {
    const ws = textWords(text);
    const same = (w: TextWord | undefined, name: string, last: boolean) => !!w && (w.word === name || (last && w.stem === name));
    const hits: GuardHit[] = [];
    const covered = new Set<number>();
    const inFound = new Set<string>();
    for (let i = 0; i < ws.length; i++) {
      let best: Candidate | null = null;
      for (const c of this.byFirstWord.get(ws[i]!.word) ?? []) {
        if (!c.words.every((w, k) => same(ws[i + k], w, k === c.words.length - 1))) continue;
        if (!best || c.words.length > best.words.length || (c.words.length === best.words.length && best.allowed && !c.allowed)) best = c;
      }
      if (!best) continue;
      for (let k = 0; k < best.words.length; k++) covered.add(i + k);
      if (best.allowed) continue;
      hits.push({ kind: 'navn', text: best.text, index: ws[i]!.index });
      for (const w of best.words) inFound.add(w);
    }
    ws.forEach((w, i) => {
      if (covered.has(i)) return;
      const key = this.singles.has(w.word) ? w.word : w.stem && this.singles.has(w.stem) ? w.stem : null;
      if (key && !inFound.has(key)) hits.push({ kind: 'navn', text: this.singles.get(key)!, index: w.index });
    });
    const seenText = new Set<string>();
    return hits
      .sort((a, b) => a.index - b.index)
      .filter((h) => {
        const k = h.text.toLowerCase();
        if (seenText.has(k)) return false;
        seenText.add(k);
        return true;
      });
  }
}

/** Everything the guard protects: names of children and parents, and the children's birth dates. */
export class PrivacyGuard {
  readonly names: NameMatcher;
  readonly birthDates: ReadonlySet<string>;
  constructor(names: readonly string[] | NameMatcher, birthDates: Iterable<string> = []) {
    this.names = names instanceof NameMatcher ? names : new NameMatcher(names);
    this.birthDates = new Set(birthDates);
  }
}

export function findNames(text: string, names: readonly string[] | NameMatcher): GuardHit[] {
  return (names instanceof NameMatcher ? names : new NameMatcher(names)).find(text);
}

/** All kinds at once: CPR numbers, known birth dates and known names, in the order they stand in the text. */
export function guardText(text: string, guard: readonly string[] | NameMatcher | PrivacyGuard): GuardHit[] {
  const g = guard instanceof PrivacyGuard ? guard : new PrivacyGuard(guard);
  return [...findCprNumbers(text), ...findBirthDates(text, g.birthDates), ...g.names.find(text)].sort((a, b) => a.index - b.index);
}

export function describeHits(hits: GuardHit[]): string {
  const cpr = hits.filter((h) => h.kind === 'cpr');
  const dates = hits.filter((h) => h.kind === 'foedselsdato');
  const names = hits.filter((h) => h.kind === 'navn');
  const parts: string[] = [];
  if (cpr.length) parts.push(`et CPR-nummer (${cpr.map((h) => h.text).join(', ')})`);
  if (dates.length) parts.push(`et kendt barns fødselsdato (${dates.map((h) => `„${h.text}“`).join(', ')})`);
  if (names.length) parts.push(`navnet ${names.map((h) => `„${h.text}“`).join(', ')}`);
  return parts.join(' og ');
}
