import { describe, expect, it } from 'vitest';
import { coverage, describeCoverage, renewalReasons, type ConsentRecord } from '../../../shared/domain/consentRules';
import { childDeadlines, schoolStart, upcoming, type Aarshjul } from '../../../shared/domain/deadlines';
import { findCprNumbers, findNames, guardText, isValidCpr, NameMatcher } from '../../../shared/domain/privacyGuard';

const HOLDERS = [
  { personId: 'mor', name: 'Sofie Nørregaard', custody: true },
  { personId: 'far', name: 'Peter Holm', custody: true },
  { personId: 'stedfar', name: 'Kim Lund', custody: false },
];

function consent(p: Partial<ConsentRecord> & { guardianPersonId: string }): ConsentRecord {
  return { id: Math.random().toString(36).slice(2), purpose: 'tvaerfagligt_moede', givenDate: '2026-10-01', expires: null, withdrawnAt: null, participantsShown: ['Birgitte Skovmose', 'Ida Mørkhøj'], participants: [], topics: ['Søvn og aflevering'], ...p };
}

describe('consent rules', () => {
  it('needs a valid consent from every holder of forældremyndighed – not from a parent without custody', () => {
    const one = [consent({ guardianPersonId: 'mor' })];
    const c1 = coverage(one, HOLDERS, 'tvaerfagligt_moede', '2026-11-23', 12);
    expect(c1.valid).toBe(false);
    expect(describeCoverage(c1)).toBe('Peter Holm har ikke givet samtykke');
    const both = [...one, consent({ guardianPersonId: 'far' })];
    expect(coverage(both, HOLDERS, 'tvaerfagligt_moede', '2026-11-23', 12).valid).toBe(true);
  });

  it('a withdrawn or expired consent, or one for another purpose, does not count', () => {
    const list = [consent({ guardianPersonId: 'mor', withdrawnAt: '2026-11-01' }), consent({ guardianPersonId: 'far', givenDate: '2025-01-10' })];
    const c = coverage(list, HOLDERS, 'tvaerfagligt_moede', '2026-11-23', 12);
    expect(c.problems.map((p) => p.problem)).toEqual(['tilbagekaldt', 'udloebet']);
    expect(coverage([consent({ guardianPersonId: 'mor', purpose: 'overgang' }), consent({ guardianPersonId: 'far', purpose: 'overgang' })], HOLDERS, 'tvaerfagligt_moede', '2026-11-23', 12).valid).toBe(false);
    expect(coverage([consent({ guardianPersonId: 'mor', expires: '2026-11-22' }), consent({ guardianPersonId: 'far' })], HOLDERS, 'tvaerfagligt_moede', '2026-11-23', 12).valid).toBe(false);
  });

  it('without anyone registered with forældremyndighed there is no valid consent', () => {
    expect(describeCoverage(coverage([], [], 'tvaerfagligt_moede', '2026-11-23', 12))).toMatch(/ikke registreret nogen med forældremyndighed/);
  });

  it('flags renewal when participants or topics change after consent', () => {
    const cs = [consent({ guardianPersonId: 'mor' })];
    expect(renewalReasons(cs, ['Birgitte Skovmose', 'Ida Mørkhøj'], 'Søvn og aflevering')).toEqual([]);
    expect(renewalReasons(cs, ['Birgitte Skovmose', 'Ida Mørkhøj', 'Henriette van Dalen'], 'søvn og aflevering')).toEqual(['nye deltagere, som forældrene ikke kendte ved samtykket: Henriette van Dalen']);
    expect(renewalReasons(cs, ['Birgitte Skovmose'], 'Sprog')[0]).toMatch(/emnet „Sprog“ var ikke blandt/);
  });
});

describe('CPR and name guard', () => {
  it('finds CPR numbers with a valid date, with or without dash', () => {
    expect(findCprNumbers('Barnets CPR er 140521-1234.').map((h) => h.text)).toEqual(['140521-XXXX']);
    expect(findCprNumbers('cpr 1405211234')).toHaveLength(1);
    expect(findCprNumbers('290224 1234')).toHaveLength(1);
  });

  it('does not take phone numbers, invalid dates or longer digit runs for CPR numbers', () => {
    expect(findCprNumbers('Ring på 12 34 56 78')).toEqual([]);
    expect(findCprNumbers('Journalnr. 18/034149-1')).toEqual([]);
    expect(findCprNumbers('321399-1234')).toEqual([]);
    expect(findCprNumbers('311121-12345')).toEqual([]);
    expect(isValidCpr('300221-1234')).toBe(false);
    expect(isValidCpr('280221-1234')).toBe(true);
  });

  it('finds the names of children and parents – the full name, or the first name as a word', () => {
    const names = ['Aksel Nørregaard Holm', 'Sofie Nørregaard', 'Bo Lindhardt'];
    expect(findNames('Vi talte om aksel i dag', names).map((h) => h.text)).toEqual(['Aksel']);
    expect(findNames('Mor (Sofie Nørregaard) var bekymret', names).map((h) => h.text)).toEqual(['Sofie Nørregaard']);
    expect(findNames('Bo Lindhardt kom', names).map((h) => h.text)).toEqual(['Bo Lindhardt']);
  });

  it('finds hyphenated and accented names however they are spaced or cased, and reports where', () => {
    const names = ['Anne-Sofie Kjærgård', 'Øjvind Ærø', 'Ida Mørkhøj'];
    expect(findNames('Vi så ANNE-SOFIE i dag', names)).toEqual([{ kind: 'navn', text: 'Anne-Sofie', index: 6 }]);
    expect(findNames('Far:\nøjvind   ærø', names).map((h) => h.text)).toEqual(['Øjvind Ærø']);
    expect(findNames('Mørkhøj kom', names).map((h) => h.text)).toEqual(['Mørkhøj']); // a surname alone identifies too
    expect(findNames('Ida-Marie kom', names).map((h) => h.text)).toEqual(['Ida']); // may be Ida: the guard errs on the child's side
  });

  it('checks a text against 60,000 names with one index, built once', () => {
    const many = Array.from({ length: 60_000 }, (_, i) => `Fornavn${String.fromCharCode(97 + (i % 26))}${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)} Efternavn`);
    many.push('Aksel Nørregaard Holm');
    const matcher = new NameMatcher(many);
    const text = 'Referat fra ressourceteam. Aksel har haft en god periode. '.repeat(200);
    expect(matcher.find(text).map((h) => h.text)).toEqual(['Aksel']);
    expect(guardText(text, matcher)).toHaveLength(1);
  });

  it('does not fire on everyday words or on names inside other words', () => {
    const names = ['Aksel Nørregaard Holm', 'Bo Lindhardt', 'Ida Mørkhøj'];
    expect(guardText('Dreng, 4 år, Mariehønen. Hvor de bor, er der en have.', names)).toEqual([]);
    expect(guardText('Han leger med Akselsen-tog og idealer.', names)).toEqual([]);
  });
});

describe('deadlines from birth date and the kommune’s årshjul', () => {
  const a: Aarshjul = { schoolStartAge: 6, schoolStartMonth: 8, specialNeedsDay: 1, specialNeedsMonth: 11, specialNeedsYearsBefore: 2, descriptionMonthsBefore: 3 };
  it('school start is August of the year the child turns six', () => {
    expect(schoolStart('2022-03-10', a)).toBe('2028-08-01');
    expect(schoolStart('2022-12-31', a)).toBe('2028-08-01');
  });
  it('„senest 1. november halvandet år før skolestart" for a child with special needs', () => {
    const d = childDeadlines('2022-03-10', a, { specialNeeds: true });
    expect(d.find((x) => x.kind === 'skole_saerlige_behov')?.date).toBe('2026-11-01');
    expect(d.find((x) => x.kind === 'overgangsbeskrivelse')?.date).toBe('2028-05-01');
    expect(childDeadlines('2022-03-10', a, { specialNeeds: false }).some((x) => x.kind === 'skole_saerlige_behov')).toBe(false);
  });
  it('the kommune can move the deadlines', () => {
    const d = childDeadlines('2022-03-10', { ...a, specialNeedsMonth: 10, specialNeedsDay: 15, specialNeedsYearsBefore: 1, descriptionMonthsBefore: 6 }, { specialNeeds: true });
    expect(d.find((x) => x.kind === 'skole_saerlige_behov')?.date).toBe('2027-10-15');
    expect(d.find((x) => x.kind === 'overgangsbeskrivelse')?.date).toBe('2028-02-01');
  });
  it('the børnehave transition meeting a month before 2 years 10 months', () => {
    expect(childDeadlines('2024-09-02', a, { specialNeeds: false }).find((x) => x.kind === 'overgang_boernehave')?.date).toBe('2027-06-02');
  });
  it('lists the next six months and the last month’s missed deadlines, soonest first', () => {
    const d = childDeadlines('2022-03-10', a, { specialNeeds: true });
    expect(upcoming(d, '2026-10-15').map((x) => x.kind)).toEqual(['skole_saerlige_behov']);
    expect(upcoming(d, '2026-11-20').map((x) => x.kind)).toEqual(['skole_saerlige_behov']);
    expect(upcoming(d, '2027-01-20')).toEqual([]);
  });
});
