import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyLocations } from '../../../electron/core/settings/itPolicy';
import { STANDARD_PACK } from '../../../electron/core/templates/catalogue';
import { makeCore, tempDir, testKey } from '../../helpers/core';

/** Issue 18, item 5: an IT policy file presets the kommune settings and template pack for every user on the PC. */

const PROFILE = { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder' as const, workplace: 'Børnehuset Solsikken' };

function kommunePack() {
  const pack = structuredClone(STANDARD_PACK) as unknown as { packId: string; name: string; version: number };
  pack.packId = 'testkommune';
  pack.name = 'Testkommunes skabeloner';
  pack.version = 3;
  return pack;
}

/** A policy file in the settings file's format – what „Gem indstillinger som fil“ writes on a PC IT has set up. */
function policy(overrides: { organisation?: Record<string, unknown>; kommune?: Record<string, unknown>; templatePacks?: unknown[] } = {}) {
  return {
    format: 'tovholder-indstillinger',
    version: 1,
    exportedAt: '2026-11-01T08:00:00.000Z',
    organisation: { forvaltning: 'Børn og Familie', unit: 'Dagtilbud Syd', kommune: 'Testkommune', ...overrides.organisation },
    kommune: { consentValidityMonths: 6, activePackId: 'testkommune', safetyCopyDays: 14, ...overrides.kommune },
    templatePacks: overrides.templatePacks ?? [kommunePack()],
  };
}

/** One PC: a data folder, its key, and a policy file in IT's folder. `start` is one start of Tovholder. */
function pc() {
  const root = tempDir('tovholder-policy-');
  const dir = join(root, 'data');
  const key = testKey();
  const file = join(root, 'ProgramData', 'policy.json');
  mkdirSync(join(root, 'ProgramData'), { recursive: true });
  return {
    file,
    write: (content: unknown) => writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2)),
    start: () => makeCore({ dir, key, extra: { policyFiles: [file, join(root, 'installDir', 'policy.json')] } }),
  };
}

const auditSummaries = (tc: ReturnType<typeof makeCore>) => (tc.core.db.prepare("SELECT summary FROM audit_log WHERE entity_type = 'settings' ORDER BY seq").all() as { summary: string }[]).map((r) => r.summary);

describe('IT policy file', () => {
  it('valid: presets organisation, the kommune’s rules and the template pack for a new user, and says so in „Om Tovholder“', async () => {
    const p = pc();
    p.write(policy());
    const tc = p.start();
    const s = await tc.call('settings.get', {});
    expect(s.organisation).toMatchObject({ forvaltning: 'Børn og Familie', unit: 'Dagtilbud Syd', kommune: 'Testkommune' });
    expect(s.kommune).toMatchObject({ consentValidityMonths: 6, activePackId: 'testkommune', safetyCopyDays: 14 });
    expect(s.packs.map((x) => x.packId)).toContain('testkommune');
    // New meetings use the kommune's pack.
    expect((await tc.call('template.list', {})).every((t) => t.pack === 'Testkommunes skabeloner')).toBe(true);
    const about = await tc.call('app.about', {});
    expect(about.policy).toMatchObject({ file: p.file, state: 'applied' });
    expect(about.policy.message).toBe(`Indlæst fra ${p.file}: skabelonpakker, organisation, kommunens regler.`);
    expect(auditSummaries(tc)).toContain(`IT-politik fra ${p.file}: skabelonpakker, organisation, kommunens regler`);
    // The first run then keeps what IT set (the guide shows it; the user confirms it).
    await tc.call('settings.completeFirstRun', { profile: PROFILE, organisation: { forvaltning: 'Børn og Familie', unit: 'Dagtilbud Syd', kommune: 'Testkommune' } });
    expect((await tc.call('settings.get', {})).organisation.kommune).toBe('Testkommune');
    tc.close();

    // Read again at the next start with nothing new: nothing changes and nothing more is logged.
    const again = p.start();
    expect(auditSummaries(again).filter((x) => x.startsWith('IT-politik fra'))).toHaveLength(1);
    again.close();
  });

  it('no file: nothing changes, and „Om Tovholder“ says there is none', async () => {
    const p = pc();
    const tc = p.start();
    expect((await tc.call('app.about', {})).policy).toEqual({ file: null, state: 'none', message: 'Ingen politikfil på denne computer.' });
    expect((await tc.call('settings.get', {})).kommune.consentValidityMonths).toBe(12);
    tc.close();
  });

  it.each([
    ['a value out of range', policy({ kommune: { consentValidityMonths: 99 } }), /^Politikfilen .* bruges ikke: Politikfilen er ugyldig: feltet „Kommunens regler – Et samtykke gælder \(måneder\)“ .*Intet er ændret\.$/],
    ['an unknown field', policy({ kommune: { cprAllowed: true } }), /Politikfilen er ugyldig: feltet „Kommunens regler“ .*cprAllowed.*Intet er ændret\./],
    ['an http address for underretninger', policy({ kommune: { underretningUrl: 'http://kommune.invalid/underretning' } }), /feltet „Kommunens regler – Link til underretningsvejledning“ Skal være en https-adresse\. Intet er ændret\./],
    ['a pack that is not in the file', policy({ templatePacks: [] }), /Skabelonpakken findes ikke\. Indlæs den først\./],
    ['not JSON', '{ "format": "tovholder-indstillinger", ', /Filen er ikke gyldig JSON\. Intet er ændret\./],
  ])('invalid (%s): refused with a Danish message naming the field, nothing applied, logged once', async (_name, content, message) => {
    const p = pc();
    p.write(content);
    const tc = p.start();
    const about = await tc.call('app.about', {});
    expect(about.policy.state).toBe('invalid');
    expect(about.policy.message).toMatch(message);
    const s = await tc.call('settings.get', {});
    expect(s.organisation.kommune).toBe('');
    expect(s.kommune.consentValidityMonths).toBe(12);
    expect(s.packs.map((x) => x.packId)).toEqual(['tovholder-standard']);
    expect(auditSummaries(tc).filter((x) => x.startsWith('Afviste IT-politikken'))).toHaveLength(1);
    tc.close();
    const again = p.start();
    expect(auditSummaries(again).filter((x) => x.startsWith('Afviste IT-politikken'))).toHaveLength(1);
    again.close();
  });

  it('never overrides what a user has saved, also when IT updates the file', async () => {
    const p = pc();
    // The user sets up Tovholder before IT's file arrives.
    const first = p.start();
    await first.call('settings.completeFirstRun', { profile: PROFILE, organisation: { kommune: 'Min kommune', unit: 'Børnehuset Solsikken' } });
    const own = (await first.call('settings.get', {})).kommune;
    await first.call('settings.saveKommune', { ...own, consentValidityMonths: 24, cprEnabled: true });
    first.close();

    p.write(policy());
    const second = p.start();
    const s = await second.call('settings.get', {});
    expect(s.organisation).toMatchObject({ kommune: 'Min kommune', unit: 'Børnehuset Solsikken' });
    expect(s.kommune).toMatchObject({ consentValidityMonths: 24, cprEnabled: true, activePackId: null });
    // The pack is made available, not forced on the user.
    expect(s.packs.map((x) => x.packId)).toContain('testkommune');
    expect((await second.call('app.about', {})).policy.message).toMatch(/Brugerens egne valg er beholdt for: organisation, kommunens regler\.$/);
    second.close();
  });

  it('a section the policy set follows IT’s updates until the user saves it; then it is the user’s', async () => {
    const p = pc();
    p.write(policy());
    const a = p.start();
    a.close();

    p.write(policy({ organisation: { unit: 'Dagtilbud Vest' }, kommune: { consentValidityMonths: 9 } }));
    const b = p.start();
    let s = await b.call('settings.get', {});
    expect(s.organisation.unit).toBe('Dagtilbud Vest');
    expect(s.kommune.consentValidityMonths).toBe(9);
    // The user saves the kommune's rules unchanged: from now on they are the user's.
    await b.call('settings.saveKommune', s.kommune);
    b.close();

    p.write(policy({ organisation: { unit: 'Dagtilbud Øst' }, kommune: { consentValidityMonths: 3 } }));
    const c = p.start();
    s = await c.call('settings.get', {});
    expect(s.organisation.unit).toBe('Dagtilbud Øst');
    expect(s.kommune.consentValidityMonths).toBe(9);
    c.close();
  });

  it('looks in the machine-wide folder first, then beside the installed program', () => {
    expect(policyLocations({ platform: 'win32', env: { ProgramData: 'D:\\ProgramData' }, installDir: 'C:\\Program Files\\Tovholder' })).toEqual([
      'D:\\ProgramData\\Tovholder\\policy.json',
      'C:\\Program Files\\Tovholder\\policy.json',
    ]);
    expect(policyLocations({ platform: 'linux', env: {}, installDir: '/opt/Tovholder' })).toEqual(['/etc/tovholder/policy.json', '/opt/Tovholder/policy.json']);
    expect(policyLocations({ platform: 'darwin', env: {}, installDir: '/Applications/Tovholder.app/Contents/MacOS' })[0]).toBe('/Library/Application Support/Tovholder/policy.json');
  });
});
