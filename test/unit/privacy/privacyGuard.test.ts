import { describe, expect, it } from 'vitest';
import { findBirthDates, findCprNumbers, findNames, guardText, PrivacyGuard, stripInvisible } from '../../../shared/domain/privacyGuard';

describe('CPR numbers in every common written form', () => {
  const forms = [
    '140521-1234',
    '1405211234',
    '140521 1234',
    '14.05.21-1234',
    '14.05.21 1234',
    '14 05 21 1234',
    '140521–1234', // en dash
    '140521—1234', // em dash
    '140521\u00a01234', // no-break space
    '140521 - 1234',
    '140521 – 1234',
    'født 14.05.21-1234',
    '1405\u200b21-1234', // a zero-width space inside
  ];
  for (const f of forms) {
    it(`finds „${f}"`, () => {
      expect(findCprNumbers(`Barnet, ${f}, går på Myretuen.`).map((h) => h.text)).toEqual(['140521-XXXX']);
    });
  }

  it('still leaves phone numbers, journal numbers and dates alone', () => {
    expect(findCprNumbers('Ring på 12 34 56 78 eller 20 30 40 50')).toEqual([]);
    expect(findCprNumbers('Journalnr. 18/034149-1')).toEqual([]);
    expect(findCprNumbers('Mødet 20.09.2026 kl. 10')).toEqual([]);
    expect(findCprNumbers('321399-1234')).toEqual([]);
  });
});

describe('birth dates of known children', () => {
  const known = new Set(['2021-09-20']);
  const forms = [
    'pige, f. 20.09.2021',
    'født 20. september 2021',
    'født den 20. sep. 2021',
    'f. 20/9-2021',
    'f. 20-09-2021',
    'f. 20.9.21',
    'født 2021-09-20',
    'f. 20092021',
    'født 20. september', // day and month after „født"
    'f. 20/9',
    'f. 20.9.',
    'Født 20. SEPTEMBER 2021',
  ];
  for (const f of forms) {
    it(`finds „${f}"`, () => {
      const hits = findBirthDates(`Anonymt barn: ${f}, Regnbuen`, known);
      expect(hits).toHaveLength(1);
      expect(hits[0]!.kind).toBe('foedselsdato');
    });
  }

  it('leaves other dates, and a day and month without „født", alone', () => {
    expect(findBirthDates('Mødet 20.09.2026 og 21. september 2021', known)).toEqual([]);
    expect(findBirthDates('Vi ses 20/9', known)).toEqual([]);
    expect(findBirthDates('Pige, 4 år, Regnbuen', known)).toEqual([]);
  });
});

describe('names, in the forms people write them', () => {
  const names = ['Freja Holm-Sørensen', 'Peter Holm', 'Åse Kjærgård', 'Emil Nørgaard'];
  const cases: [string, string][] = [
    ['FREJA har det svært', 'Freja'],
    ['freja har det svært', 'Freja'],
    ['Vi talte med Holm om det', 'Holm'], // a surname alone
    ['Familien Kjærgård', 'Kjærgård'],
    ['Familien Kjaergaard', 'Kjærgård'], // æ → ae, å → aa
    ['Familien Kjargard', 'Kjærgård'], // æ → a, å → a
    ['Aase kom med', 'Åse Kjærgård'.split(' ')[0]!],
    ['Ase kom med', 'Åse'],
    ['Emil Norgaard', 'Emil Nørgaard'], // ø → o
    ['Emil Noergaard', 'Emil Nørgaard'], // ø → oe
    ['Frejas mor ringede', 'Freja'], // Danish genitive
    ["Emil's far ringede", 'Emil'],
    ['Emil’s far ringede', 'Emil'],
    ['Peter Holms bil', 'Peter Holm'],
    ['Fr\u200beja kom', 'Freja'], // zero-width space
    ['Fre\u00adja kom', 'Freja'], // soft hyphen
    ['Fr\u202eeja kom', 'Freja'], // bidi override
    ['E\u2060mil kom', 'Emil'], // word joiner
    ['Sørensen-familien', 'Sørensen'],
  ];
  for (const [text, expected] of cases) {
    it(`finds „${expected}" in „${text.replace(/[\u200b\u00ad\u202e\u2060]/g, '·')}"`, () => {
      expect(findNames(text, names).map((h) => h.text)).toEqual([expected]);
    });
  }

  it('does not fire on words that merely contain a name, or on everyday words', () => {
    expect(findNames('Han leger med Emilie og Holmgaard-bilen', names)).toEqual([]);
    expect(findNames('Pige, 4 år, Regnbuen. Hun er glad i skoven.', ['Lise Skov', 'Bo Glad'])).toEqual([]);
  });

  it('reports a position in the original text, also after invisible characters', () => {
    expect(findNames('a\u200b\u200b Freja', names)[0]!.index).toBe(4);
  });
});

describe('guardText: one guard for all kinds', () => {
  it('finds CPR, a known birth date and a name together', () => {
    const guard = new PrivacyGuard(['Freja Holm'], ['2021-09-20']);
    const hits = guardText('Holm, f. 20.09.2021, cpr 010203 1234', guard);
    const kinds = hits.map((h) => h.kind);
    expect(hits.map((h) => h.index)).toEqual([...hits.map((h) => h.index)].sort((x, y) => x - y));
    expect(kinds).toContain('cpr');
    expect(kinds).toContain('navn');
    expect(kinds).toContain('foedselsdato');
  });

  it('stripInvisible removes bidi overrides and zero-width characters, nothing else', () => {
    expect(stripInvisible('\u202eÅnne\u200bvold\u2066er\u2069')).toBe('Ånnevolder');
    expect(stripInvisible('Åse Kjærgård-Holm')).toBe('Åse Kjærgård-Holm');
  });
});
