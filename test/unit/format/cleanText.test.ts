import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText, withoutListMarker } from '../../../shared/text/cleanText';
import { lowerFirst } from '../../../shared/referat/referatText';

describe('text at the door', () => {
  it.each([
    ['U+FFFE and U+FFFF', 'Titel\uFFFE med\uFFFF tegn', 'Titel med tegn'],
    ['a lone high surrogate', 'Note \uD800slut', 'Note slut'],
    ['a lone low surrogate', 'Note \uDC00slut', 'Note slut'],
    ['C0 control characters', 'a\u0001b\u0008c\u001Fd', 'abcd'],
    ['a vertical tab between two words', 'ord\u000Bord', 'ord\nord'],
    ['a form feed between two words', 'ord\u000Cord', 'ord\nord'],
    ['CR+LF', 'linje 1\r\nlinje 2', 'linje 1\nlinje 2'],
    ['a lone CR', 'linje 1\rlinje 2', 'linje 1\nlinje 2'],
    ['decomposed æøå (NFD)', 'Ærø'.normalize('NFD'), 'Ærø'],
  ])('%s', (_label, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('keeps tabs, line breaks, emoji and every Danish letter', () => {
    expect(cleanText('Æ\tø\nå 👍 „citat" – ok')).toBe('Æ\tø\nå 👍 „citat" – ok');
  });

  it('walks objects and arrays and leaves numbers, booleans and null alone', () => {
    expect(cleanStrings({ a: 'x\uFFFF', b: ['y\r\nz', 1, true, null], c: { d: 'e\u000B' } })).toEqual({ a: 'x', b: ['y\nz', 1, true, null], c: { d: 'e\n' } });
  });

  it('a decision typed „- tekst" is „tekst" under a „-" bullet', () => {
    expect(withoutListMarker('- tekst')).toBe('tekst');
    expect(withoutListMarker('• tekst')).toBe('tekst');
    expect(withoutListMarker('tekst - med bindestreg')).toBe('tekst - med bindestreg');
    expect(withoutListMarker('-5 grader')).toBe('-5 grader');
  });

  it('role labels keep abbreviations in capitals inside a sentence', () => {
    expect(lowerFirst('Dagtilbudsleder')).toBe('dagtilbudsleder');
    expect(lowerFirst('PPR-psykolog')).toBe('PPR-psykolog');
    expect(lowerFirst('MBU-konsulent')).toBe('MBU-konsulent');
  });
});
