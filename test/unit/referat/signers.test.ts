import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatState } from '../../../shared/schemas/referat';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';
import { signatureDataUrl } from '../../helpers/png';
import { startAsPlanned } from '../../helpers/scenarios';

let tc: TestCore;
let s: Seeded;
beforeAll(async () => {
  tc = makeCore({ now: () => new Date('2026-11-23T09:00:00Z') });
  s = await seedFixture(tc);
});
afterAll(() => tc.close());

/** A ressourceteammøde (signed by mødeleder and referent) run and ended, its referat generated; chair = referent if asked. */
async function endedMeeting(opts: { chairIsReferent: boolean }): Promise<string> {
  let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
  if (opts.chairIsReferent) m = await tc.call('meeting.update', { id: m.id, patch: { referentId: m.chairId } });
  m = await startAsPlanned(tc, m.id);
  await tc.call('meeting.end', { id: m.id });
  await tc.call('referat.generate', { meetingId: m.id });
  return m.id;
}

const sign = (meetingId: string, signerLabel: string, name: string, n = 1) =>
  tc.call('referat.sign', { meetingId, signerLabel, name, role: signerLabel, method: 'tegnet', imageDataUrl: signatureDataUrl(n) });

describe('mødeleder and referent are the same person: one signature in both roles', () => {
  let id: string;
  let chair: string;
  beforeAll(async () => {
    id = await endedMeeting({ chairIsReferent: true });
    const r = await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    chair = r.suggestedApprover!;
  });

  it('plans one row „Mødeleder og referent“ for the person, not two', async () => {
    const r = await tc.call('referat.get', { meetingId: id });
    expect(r.requiredSigners.map((x) => [x.label, x.suggestedName, x.roles])).toEqual([['Mødeleder og referent', chair, ['Mødeleder', 'Referent']]]);
  });

  it('one signature covers both roles and lets the referat be sealed; a second signature in one of the roles is refused', async () => {
    const signed = await sign(id, 'Mødeleder og referent', chair);
    expect(signed.requiredSigners.every((x) => x.signed)).toBe(true);
    expect(signed.allowed.seal).toBe(true);
    const again = await tc.raw('referat.sign', { meetingId: id, signerLabel: 'Referent', name: chair, role: 'Referent', method: 'navn', imageDataUrl: null });
    expect(again.error).toMatchObject({ code: 'CONFLICT', field: 'name', message: expect.stringMatching(/allerede underskrevet som mødeleder og referent/) });
    const sealed = await tc.call('referat.seal', { meetingId: id });
    expect(sealed.current!.status).toBe('forseglet');
    expect(sealed.signatures).toHaveLength(1);
  });
});

describe('mødeleder and referent are two people: two rows, as before', () => {
  it('asks both to sign and refuses the seal with one signature', async () => {
    const id = await endedMeeting({ chairIsReferent: false });
    const r = await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    expect(r.requiredSigners.map((x) => x.label)).toEqual(['Mødeleder', 'Referent']);
    const one = await sign(id, 'Mødeleder', r.requiredSigners[0]!.suggestedName!);
    expect(one.allowed.seal).toBe(false);
    expect((await tc.raw('referat.seal', { meetingId: id })).error?.code).toBe('SIGNATURES_MISSING');
  });
});

describe('the chair adds signers before sealing', () => {
  let id: string;
  beforeAll(async () => {
    id = await endedMeeting({ chairIsReferent: true });
  });

  it('adds a PPR psychologist (from the directory) and a parent (by name) to the draft, logged; they must sign before the seal', async () => {
    tc.events.length = 0;
    await tc.call('referat.addSigner', { meetingId: id, label: 'PPR-psykolog', name: 'Henriette van Dalen', personId: s.people.psykolog.id });
    const r = await tc.call('referat.addSigner', { meetingId: id, label: 'Forælder', name: 'Nadia Vestergaard', personId: null });
    expect(r.requiredSigners.map((x) => [x.label, x.suggestedName, x.who])).toEqual([
      ['Mødeleder og referent', 'Birgitte Skovmose', 'chair'],
      ['PPR-psykolog', 'Henriette van Dalen', 'added'],
      ['Forælder', 'Nadia Vestergaard', 'added'],
    ]);
    expect(tc.events.map((e) => [e.channel, e.aggregate, e.id])).toContainEqual(['referat.addSigner', 'meeting', id]);
    const log = (await tc.call('audit.list', { limit: 5 })).entries;
    expect(log.map((e) => e.summary)).toContain('Tilføjede en underskriver (Forælder) på referat version 1');
    expect(JSON.stringify(log)).not.toContain('Nadia Vestergaard');

    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    await sign(id, 'Mødeleder og referent', 'Birgitte Skovmose');
    const missing = await tc.raw('referat.seal', { meetingId: id });
    expect(missing.error).toMatchObject({ code: 'SIGNATURES_MISSING', message: expect.stringMatching(/Henriette van Dalen, Nadia Vestergaard/) });
  });

  it('refuses adding the same person twice, naming the role they already sign in', async () => {
    const dup = await tc.raw('referat.addSigner', { meetingId: id, label: 'Referent', name: 'birgitte  skovmose', personId: null });
    expect(dup.error).toMatchObject({ code: 'CONFLICT', field: 'name', message: expect.stringMatching(/skriver allerede under som mødeleder og referent/) });
    const byId = await tc.raw('referat.addSigner', { meetingId: id, label: 'Psykolog', name: 'H. van Dalen', personId: s.people.psykolog.id });
    expect(byId.error?.code).toBe('CONFLICT');
    const blank = await tc.raw('referat.addSigner', { meetingId: id, label: '  ', name: 'Peter Holm', personId: null });
    expect(blank.error).toMatchObject({ code: 'INVALID_INPUT', field: 'label' });
    const unknown = await tc.raw('referat.addSigner', { meetingId: id, label: 'PPR', name: 'Ukendt Person', personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.error).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
  });

  it('refuses removing an added signer once someone has signed, and removes it after the approval is withdrawn', async () => {
    const r = await tc.call('referat.get', { meetingId: id });
    const nadia = r.requiredSigners.find((x) => x.suggestedName === 'Nadia Vestergaard')!;
    expect(r.allowed.removeSigner).toBe(false);
    const refused = await tc.raw('referat.removeSigner', { meetingId: id, addedId: nadia.addedId! });
    expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Træk godkendelsen tilbage/) });
    const withdrawn = await tc.call('referat.withdrawApproval', { meetingId: id, reason: 'Forælderen deltog ikke alligevel' });
    expect(withdrawn.allowed.removeSigner).toBe(true);
    const removed = await tc.call('referat.removeSigner', { meetingId: id, addedId: nadia.addedId! });
    expect(removed.requiredSigners.map((x) => x.suggestedName)).toEqual(['Birgitte Skovmose', 'Henriette van Dalen']);
    // A template signer is no added signer: it cannot be removed.
    const chairRow = await tc.raw('referat.removeSigner', { meetingId: id, addedId: '00000000-0000-4000-8000-000000000000' });
    expect(chairRow.error).toMatchObject({ code: 'NOT_FOUND', field: 'addedId' });
  });

  it('seals with every signer, refuses a new signer on the sealed version, and carries the added signers into a correction', async () => {
    await tc.call('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' });
    await sign(id, 'Mødeleder og referent', 'Birgitte Skovmose', 2);
    await sign(id, 'PPR-psykolog', 'Henriette van Dalen', 3);
    const sealed = await tc.call('referat.seal', { meetingId: id });
    expect(sealed.allowed.addSigner).toBe(false);
    expect((await tc.raw('referat.addSigner', { meetingId: id, label: 'Forælder', name: 'Peter Holm', personId: null })).error?.code).toBe('SEALED');
    const v2 = await tc.call('referat.correct', { meetingId: id, reason: 'Stavefejl i punkt 2' });
    expect(v2.requiredSigners.map((x) => [x.label, x.suggestedName, x.signed])).toEqual([
      ['Mødeleder og referent', 'Birgitte Skovmose', false],
      ['PPR-psykolog', 'Henriette van Dalen', false],
    ]);
  });
});

describe('ReferatState.allowed agrees with what the commands accept', () => {
  type Stage = 'running' | 'draftWhileRunning' | 'ended' | 'draft' | 'approved' | 'signedAll' | 'sealed';
  /** A fresh meeting in the stage (with an added signer from the draft on), so each try starts from the same state. */
  async function at(stage: Stage): Promise<string> {
    let m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
    m = await tc.call('meeting.update', { id: m.id, patch: { referentId: m.chairId } });
    m = await startAsPlanned(tc, m.id);
    if (stage === 'running') return m.id;
    if (stage === 'draftWhileRunning') {
      await tc.call('referat.generate', { meetingId: m.id });
      return m.id;
    }
    await tc.call('meeting.end', { id: m.id });
    if (stage === 'ended') return m.id;
    await tc.call('referat.generate', { meetingId: m.id });
    await tc.call('referat.addSigner', { meetingId: m.id, label: 'Forælder', name: 'Nadia Vestergaard', personId: null });
    if (stage === 'draft') return m.id;
    await tc.call('referat.approve', { meetingId: m.id, approvedBy: 'Birgitte Skovmose' });
    if (stage === 'approved') return m.id;
    await sign(m.id, 'Mødeleder og referent', 'Birgitte Skovmose');
    await sign(m.id, 'Forælder', 'Nadia Vestergaard', 2);
    if (stage === 'signedAll') return m.id;
    await tc.call('referat.seal', { meetingId: m.id });
    return m.id;
  }
  async function attempt(action: keyof ReferatState['allowed'], id: string): Promise<boolean> {
    const state = await tc.call('referat.get', { meetingId: id });
    const added = state.requiredSigners.find((x) => x.addedId)?.addedId ?? '00000000-0000-4000-8000-000000000000';
    const calls: Record<keyof ReferatState['allowed'], () => Promise<{ ok: boolean }>> = {
      generate: () => tc.raw('referat.generate', { meetingId: id }),
      edit: () => tc.raw('referat.update', { meetingId: id, body: state.body }),
      approve: () => tc.raw('referat.approve', { meetingId: id, approvedBy: 'Birgitte Skovmose' }),
      withdraw: () => tc.raw('referat.withdrawApproval', { meetingId: id, reason: 'Prøve' }),
      sign: () => tc.raw('referat.sign', { meetingId: id, signerLabel: 'Gæst', name: 'Rasmus Kjærbo', role: '', method: 'navn', imageDataUrl: null }),
      seal: () => tc.raw('referat.seal', { meetingId: id }),
      correct: () => tc.raw('referat.correct', { meetingId: id, reason: 'Prøve' }),
      addSigner: () => tc.raw('referat.addSigner', { meetingId: id, label: 'PPR-psykolog', name: 'Henriette van Dalen', personId: null }),
      removeSigner: () => tc.raw('referat.removeSigner', { meetingId: id, addedId: added }),
    };
    return (await calls[action]()).ok;
  }
  const expected: Record<Stage, (keyof ReferatState['allowed'])[]> = {
    running: ['generate'],
    draftWhileRunning: ['generate', 'edit', 'addSigner'],
    ended: ['generate'],
    draft: ['generate', 'edit', 'approve', 'addSigner', 'removeSigner'],
    approved: ['withdraw', 'sign', 'correct', 'addSigner', 'removeSigner'],
    signedAll: ['withdraw', 'sign', 'seal', 'correct', 'addSigner'],
    sealed: ['correct'],
  };
  for (const stage of Object.keys(expected) as Stage[]) {
    it(`${stage}: the allowed actions are ${expected[stage].join(', ')} – and exactly those are accepted`, async () => {
      const state = await tc.call('referat.get', { meetingId: await at(stage) });
      const allowed = Object.entries(state.allowed).filter(([, v]) => v).map(([k]) => k);
      expect(allowed.sort()).toEqual([...expected[stage]].sort());
      for (const action of Object.keys(state.allowed) as (keyof ReferatState['allowed'])[]) {
        expect({ stage, action, accepted: await attempt(action, await at(stage)) }).toEqual({ stage, action, accepted: state.allowed[action] });
      }
    }, 60_000);
  }
});
