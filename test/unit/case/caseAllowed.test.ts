import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, CONSENT_RECIPIENT_KINDS } from '../../../shared/domain/consentRules';
import { LINEALEN_VARIANTS, TRIVSEL_LABEL_SETS } from '../../../shared/domain/scales';
import { PARENT_CONTACT_KINDS } from '../../../shared/schemas/case';
import { TRIVSEL_LEVELS } from '../../../shared/schemas/forms';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

/**
 * Issue 16, item 2: the case carries what the core accepts (`CaseDetail.allowed`), and what it carries is exactly
 * what the commands accept – checked by sending every offered choice and some that are not offered.
 */
let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
}, 60_000);
afterAll(() => tc.close());

async function kommune(patch: Record<string, unknown>) {
  const k = (await tc.call('settings.get', {})).kommune;
  await tc.call('settings.saveKommune', { ...k, ...patch });
}

const DIMENSIONS = ['Psykisk og emotionel trivsel', 'Kognitiv trivsel', 'Social trivsel', 'Fysisk og sansemotorisk trivsel'] as const;

describe('CaseDetail.allowed agrees with what the commands accept', () => {
  it.each(LINEALEN_VARIANTS)('Børnelinealen (%s): every offered level is accepted by child.update, levels of other scales are refused', async (variant) => {
    await kommune({ linealenVariant: variant });
    const id = s.children.malik.id;
    const allowed = (await tc.call('child.case', { id })).allowed.linealen;
    expect(allowed.variant).toBe(variant);
    expect(allowed.levels.length).toBeGreaterThan(2);
    for (const { level } of allowed.levels) {
      const c = await tc.call('child.update', { id, linealenLevel: level });
      expect(c.child).toMatchObject({ linealenLevel: level, linealenVariant: variant });
    }
    const offered = new Set(allowed.levels.map((l) => l.level));
    const others = ['1', '3', '4a', '4b', 'groen', 'roed', '6', '0', ''].filter((l) => l !== '' && !offered.has(l));
    expect(others.length).toBeGreaterThan(0);
    for (const level of others) {
      const res = await tc.raw('child.update', { id, linealenLevel: level });
      expect(res.error, level).toMatchObject({ code: 'INVALID_INPUT', field: 'linealenLevel' });
      expect(res.error?.message).toContain(allowed.scaleName);
    }
  });

  it.each(TRIVSEL_LABEL_SETS)('trivsel (%s): every offered level is stored in the offered words; a level not offered is refused', async (labels) => {
    await kommune({ trivselLabels: labels });
    const childId = s.children.freja.id;
    const allowed = (await tc.call('child.case', { id: childId })).allowed.trivsel;
    expect(allowed.labels).toBe(labels);
    expect(allowed.levels.map((l) => l.level)).toEqual([...TRIVSEL_LEVELS]);
    for (const { level, label } of allowed.levels) {
      const c = await tc.call('trivsel.add', { childId, date: '2026-11-20', dimensions: DIMENSIONS.map((dimension) => ({ dimension, level, text: '' })), overall: level, note: '' });
      expect(c.trivsel[0]).toMatchObject({ overall: level, labels });
      expect(c.trivsel[0]!.overallLabel.toLocaleLowerCase('da')).toBe(label.toLocaleLowerCase('da'));
    }
    const res = await tc.raw('trivsel.add', { childId, date: '2026-11-20', dimensions: DIMENSIONS.map((dimension) => ({ dimension, level: null, text: '' })), overall: 'groen', note: '' });
    expect(res.error?.code).toBe('INVALID_INPUT');
  });

  it('parent contacts: the offered kinds are accepted, the others refused – with and without „mistanke om overgreb"', async () => {
    const childId = s.children.aksel.id;
    for (const on of [false, true, false]) {
      const before = await tc.call('child.setAbuseFlag', { childId, on, reason: on ? 'Blå mærker på armen' : '' });
      const kinds = before.allowed.parentContactKinds;
      expect(kinds).toEqual(before.checklist.filter((c) => c.allowed).map((c) => c.kind));
      expect(kinds.length).toBe(on ? 1 : PARENT_CONTACT_KINDS.length);
      for (const kind of PARENT_CONTACT_KINDS) {
        const res = await tc.raw('parentContact.add', { childId, kind, date: '2026-11-20', byName: 'Birgitte Skovmose' });
        expect(res.ok, `${kind} (abuse ${on})`).toBe(kinds.includes(kind));
        if (!res.ok) expect(res.error).toMatchObject({ code: 'CONFLICT', field: 'kind' });
      }
    }
  });

  it('consent recipients: per purpose, the offered kinds are accepted by consent.record and the others refused; the default is offered', async () => {
    const childId = s.children.freja.id;
    const c = await tc.call('child.case', { id: childId });
    const holders = c.child.guardians.filter((g) => g.custody).map((g) => g.personId);
    expect(c.allowed.consentRecipients.map((r) => r.purpose)).toEqual([...CONSENT_PURPOSES]);
    for (const { purpose, kinds, defaultRecipient } of c.allowed.consentRecipients) {
      expect(kinds[0]).toBe(defaultRecipient.kind);
      for (const kind of CONSENT_RECIPIENT_KINDS) {
        const res = await tc.raw('consent.record', {
          childId,
          guardianPersonIds: holders,
          purpose,
          infoTypes: ['Trivsel'],
          recipients: [{ kind, name: 'Modtager', authority: 'Testkommune' }],
          givenDate: '2026-11-20',
          obtainedBy: 'Birgitte Skovmose',
        });
        expect(res.ok, `${purpose} → ${kind}`).toBe(kinds.includes(kind));
        if (!res.ok) expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field: 'recipients' });
      }
    }
  });

  it('CPR: offered only while the kommune has it switched on, and child.update accepts it exactly then', async () => {
    const id = s.children.malik.id;
    for (const on of [false, true]) {
      await kommune({ cprEnabled: on });
      expect((await tc.call('child.case', { id })).allowed.cpr).toBe(on);
      const res = await tc.raw('child.update', { id, cpr: '280221-1234' });
      expect(res.ok).toBe(on);
      if (!res.ok) expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field: 'cpr' });
    }
  });

  it('reading the case writes nothing: child.case raises no data.changed and leaves the audit log as it was', async () => {
    const id = s.children.aksel.id;
    tc.events.length = 0;
    const before = (await tc.call('audit.list', { limit: 5 })).entries;
    await tc.call('child.case', { id });
    expect(tc.events).toEqual([]);
    expect((await tc.call('audit.list', { limit: 5 })).entries).toEqual(before);
    await tc.call('child.open', { id });
    expect((await tc.call('audit.list', { limit: 5 })).entries.length).toBeGreaterThan(0);
    expect((await tc.call('audit.list', { limit: 1 })).entries[0]!.action).toBe('child.open');
  });
});

// The child page's stafetholder picker offers professionals only (`kinds: ['fagperson']`); the core holds the rule
// for both ways of setting it, and the case names the chosen person (issue 16, items 2 and 6).
describe('the stafetholder is a professional, and the case names who it is', () => {
  it('child.update and child.save refuse a parent or an unknown person in Danish; a professional is accepted and named', async () => {
    const parent = (await tc.call('child.get', { id: s.children.aksel.id })).guardians[0]!.personId;
    for (const personId of [parent, '00000000-0000-4000-8000-00000000dead']) {
      const refused = await tc.raw('child.update', { id: s.children.aksel.id, tovholderPersonId: personId });
      expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'tovholderPersonId', message: expect.stringMatching(/^Stafetholderen skal være en fagperson/) });
    }
    const aksel = await tc.call('child.get', { id: s.children.aksel.id });
    const saved = await tc.raw('child.save', { id: aksel.id, name: aksel.name, birthDate: aksel.birthDate, institution: aksel.institution, stue: aksel.stue, socialSag: aksel.socialSag, cpr: null, language: aksel.language, tovholderPersonId: parent });
    expect(saved.error).toMatchObject({ code: 'INVALID_INPUT', field: 'tovholderPersonId' });
    expect((await tc.call('child.get', { id: s.children.aksel.id })).tovholder).toBeNull();

    const c = await tc.call('child.update', { id: s.children.aksel.id, tovholderPersonId: s.people.paedagog.id });
    expect(c.child.tovholderPersonId).toBe(s.people.paedagog.id);
    expect(c.child.tovholder).toEqual({ name: s.people.paedagog.name, initials: s.people.paedagog.initials });
    const cleared = await tc.call('child.update', { id: s.children.aksel.id, tovholderPersonId: null });
    expect(cleared.child.tovholder).toBeNull();
  });
});
