import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/** Issue 11: consent participants are people or roles (item 5); „Til hvem" follows the purpose (item 7). Through the handler table. */

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

async function newChild(name: string) {
  const id = (await tc.call('child.save', { name, birthDate: '2025-03-03', institution: 'Børnehuset Solsikken', stue: 'Myretuen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null })).id;
  const d = await tc.call('child.addGuardian', { childId: id, name: `Forælder til ${name}`, initials: 'FT', custody: true });
  return { id, guardians: d.guardians.map((g) => g.personId) };
}

const base = (childId: string, guardians: string[]) => ({
  childId,
  guardianPersonIds: guardians,
  purpose: 'tvaerfagligt_moede' as const,
  infoTypes: ['Trivsel og udvikling'],
  recipients: [{ name: 'Ressourceteamet', authority: '' }],
  purposeText: '',
  givenDate: '2026-11-20',
  obtainedBy: 'Birgitte Skovmose',
  topics: [],
  expires: null,
});

describe('consent participants are chosen as people or catalogue roles (item 5)', () => {
  it('are stored as person ids and role keys, matched on both; a genuinely new participant still raises the renewal flag', async () => {
    const c = await newChild('Sigurd Fiktiv Lunde');
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-07', startTime: '12:30' });
    const roles = [...new Set(m.participants.map((p) => p.role))];
    const detail = await tc.call('consent.record', {
      ...base(c.id, c.guardians),
      // Every standing member by role, and the district adviser as a person.
      participants: [...roles.map((role) => ({ kind: 'role' as const, role })), { kind: 'person' as const, personId: s.people.raadgiver.id }],
    });
    const stored = detail.consents[0]!;
    expect(stored.participants).toContainEqual({ kind: 'person', personId: s.people.raadgiver.id, role: null, label: 'Karim Østergaard' });
    expect(stored.participants).toContainEqual({ kind: 'role', personId: null, role: 'ppr_psykolog', label: 'PPR-psykolog' });
    expect(stored.participantsShown).toEqual([]);
    expect(stored.recipients).toEqual([{ kind: 'moedets_deltagere', name: 'Ressourceteamet', authority: '' }]);

    const slot = m.items.find((i) => i.kind === 'barn')!;
    await tc.call('item.update', { id: slot.id, patch: { childId: c.id } });
    // The adviser is known as a person, in whatever role she comes.
    m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.raadgiver.id, role: 'andet', consultative: true, guestItemId: null });
    expect(m.warnings.filter((w) => w.code === 'CONSENT_RENEWAL')).toEqual([]);
    // Someone in a role the parents were not told about, not named as a person: the renewal flag.
    m = await tc.call('participant.add', { meetingId: m.id, personId: s.people.skolepaedagog.id, role: 'skolepaedagog', consultative: true, guestItemId: null });
    const renewal = m.warnings.filter((w) => w.code === 'CONSENT_RENEWAL');
    expect(renewal).toHaveLength(1);
    expect(renewal[0]!.message).toMatch(/nye deltagere, som forældrene ikke kendte ved samtykket: Thomas Engholm\.$/);
  });

  it('refuses a person who is not in the directory and the same participant twice, and saves nothing', async () => {
    const c = await newChild('Ellen Fiktiv Krogh');
    const unknown = await tc.raw('consent.record', { ...base(c.id, c.guardians), participants: [{ kind: 'person', personId: 'ingen-saadan-person' }] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'participants', message: expect.stringMatching(/findes ikke i personregistret/) } });
    const twice = await tc.raw('consent.record', { ...base(c.id, c.guardians), participants: [{ kind: 'role', role: 'ppr_psykolog' }, { kind: 'role', role: 'ppr_psykolog' }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'participants', message: '„PPR-psykolog“ er valgt to gange som deltager. Fjern den ene.' } });
    const badRole = await tc.raw('consent.record', { ...base(c.id, c.guardians), participants: [{ kind: 'role', role: 'troldmand' }] });
    expect(badRole.ok).toBe(false);
    expect((await tc.call('child.case', { id: c.id })).consents).toEqual([]);
  });
});

describe('„Til hvem" follows the chosen purpose (item 7)', () => {
  it('a recipient without a kind gets the purpose’s default; a kind the purpose does not cover is refused in Danish', async () => {
    const c = await newChild('Villads Fiktiv Mose');
    const cases = [
      { purpose: 'tvaerfagligt_moede', kind: 'anden_myndighed', msg: /^Formålet „Drøftelse på tværfagligt møde \(fx ressourceteam\)“ dækker ikke modtageren „Familieafdelingen“ \(en anden myndighed\)\. .*deltagerne i det tværfaglige møde\.$/ },
      { purpose: 'overgang', kind: 'anden_myndighed', msg: /Formålet „Overlevering ved overgang \(dagtilbud, skole\)“ dækker ikke modtageren/ },
      { purpose: 'videregivelse', kind: 'moedets_deltagere', msg: /Formålet „Videregivelse af oplysninger til en anden myndighed“ dækker ikke modtageren/ },
      { purpose: 'tvaerfagligt_moede', kind: 'modtagende_institution', msg: /dækker ikke modtageren/ },
    ] as const;
    for (const x of cases) {
      const r = await tc.raw('consent.record', { ...base(c.id, c.guardians), purpose: x.purpose, recipients: [{ kind: x.kind, name: 'Familieafdelingen', authority: 'Testkommune' }] });
      expect(r, `${x.purpose} → ${x.kind}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'recipients', message: expect.stringMatching(x.msg) } });
    }
    // A videregivelse must name the authority.
    const noAuthority = await tc.raw('consent.record', { ...base(c.id, c.guardians), purpose: 'videregivelse', recipients: [{ name: 'Familieafdelingen', authority: '' }] });
    expect(noAuthority).toMatchObject({ ok: false, error: { field: 'recipients', message: expect.stringMatching(/Skriv hvilken myndighed „Familieafdelingen“ hører under/) } });
    expect((await tc.call('child.case', { id: c.id })).consents).toEqual([]);

    // What the purpose covers is accepted; „Andet formål" covers every kind.
    let d = await tc.call('consent.record', { ...base(c.id, c.guardians), purpose: 'overgang', recipients: [{ name: 'Solbakkeskolen', authority: 'Testkommune' }] });
    expect(d.consents[0]!.recipients).toEqual([{ kind: 'modtagende_institution', name: 'Solbakkeskolen', authority: 'Testkommune' }]);
    d = await tc.call('consent.record', { ...base(c.id, c.guardians), purpose: 'andet', recipients: [{ kind: 'anden_myndighed', name: 'Familieafdelingen', authority: 'Testkommune' }] });
    expect(d.consents.find((x) => x.purpose === 'andet')!.recipients[0]!.kind).toBe('anden_myndighed');
  });
});
