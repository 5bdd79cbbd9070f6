import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_PACK } from '../../../electron/core/templates/catalogue';
import { makeCore, tempDir } from '../../helpers/core';

const PROFILE = { name: 'Birgitte Skovmose', initials: 'BSk', role: 'dagtilbudsleder' as const, workplace: 'Børnehuset Solsikken' };

describe('first run and profile', () => {
  it('a fresh data directory has not run the guide; completing it creates the user as a person', async () => {
    const tc = makeCore();
    expect((await tc.call('settings.get', {})).firstRunDone).toBe(false);
    const s = await tc.call('settings.completeFirstRun', { profile: PROFILE, organisation: { forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Testkommune' } });
    expect(s.firstRunDone).toBe(true);
    expect(s.profile).toMatchObject({ name: 'Birgitte Skovmose', initials: 'BSk' });
    expect(s.organisation).toMatchObject({ forvaltning: 'Børn og Unge', unit: 'Dagtilbud Nord', kommune: 'Testkommune' });
    const people = await tc.call('person.list', {});
    expect(people.find((p) => p.id === s.profile!.personId)).toMatchObject({ name: 'Birgitte Skovmose', role: 'dagtilbudsleder', isSample: false });
    expect(tc.core.actor()).toBe('Birgitte Skovmose');
    tc.close();
  });

  it('the audit log records the first run in Danish words, by the user’s name', async () => {
    const tc = makeCore();
    const s = await tc.call('settings.completeFirstRun', { profile: PROFILE, organisation: { kommune: 'Testkommune' } });
    const summaries = s.changes.map((c) => c.summary);
    expect(summaries).toContain('Min profil: Navn: (tom) → Birgitte Skovmose; Initialer: (tom) → BSk; Rolle: (tom) → Dagtilbudsleder; Dagtilbud eller distrikt: (tom) → Børnehuset Solsikken');
    expect(summaries).toContain('Organisation: Kommune: (tom) → Testkommune');
    expect(s.changes.every((c) => c.actor === 'Birgitte Skovmose')).toBe(true);
    expect(summaries.join(' ')).not.toMatch(/\b(name|initials|role|workplace)\b/);
    tc.close();
  });
});

describe('sample data', () => {
  it('„Prøv med eksempeldata“ shows meetings in different states, and removing it leaves an empty, working app', async () => {
    const tc = makeCore();
    await tc.call('settings.completeFirstRun', { profile: PROFILE, loadSample: true });
    const meetings = await tc.call('meeting.list', { filter: 'alle' });
    expect(new Set(meetings.map((m) => m.status))).toEqual(new Set(['planlagt', 'indkaldt', 'godkendt', 'afholdt', 'aflyst']));
    expect(meetings.every((m) => m.isSample)).toBe(true);
    expect((await tc.call('child.list', {})).length).toBe(4);
    const sealed = meetings.find((m) => m.status === 'godkendt')!;
    expect((await tc.call('referat.get', { meetingId: sealed.id })).current?.status).toBe('forseglet');

    const after = await tc.call('sample.remove', {});
    expect(after.sampleLoaded).toBe(false);
    expect(await tc.call('meeting.list', { filter: 'alle' })).toEqual([]);
    expect(await tc.call('child.list', {})).toEqual([]);
    expect((await tc.call('person.list', {})).map((p) => p.name)).toEqual(['Birgitte Skovmose']);
    expect(tc.core.db.prepare('SELECT count(*) AS n FROM referat_versions').get()).toEqual({ n: 0 });
    // The app still works: a new meeting can be made, chaired by the user.
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-06', startTime: '12:30' });
    expect(m.chairId).toBe(after.profile!.personId);
    tc.close();
  });
});

describe('kommune settings', () => {
  it('changes take effect without restart and are recorded from → to', async () => {
    const tc = makeCore();
    await tc.call('settings.completeFirstRun', { profile: PROFILE });
    const k = (await tc.call('settings.get', {})).kommune;
    expect(k.cprEnabled).toBe(false);
    const s = await tc.call('settings.saveKommune', { ...k, cprEnabled: true, templateOverrides: { 'overgang-boernehave-skole': { chair: 'skolepaedagog' } } });
    expect(s.kommune.cprEnabled).toBe(true);
    expect(s.changes[0]!.summary).toMatch(/Tillad CPR-numre: nej → ja/);
    expect(s.changes[0]!.actor).toBe('Birgitte Skovmose');
    expect((await tc.call('template.get', { id: 'overgang-boernehave-skole' })).roles.chair).toBe('skolepaedagog');
    tc.close();
  });

  it('exports settings and template packs to one file; another installation imports the same header and rules', async () => {
    const a = makeCore();
    await a.call('settings.completeFirstRun', { profile: PROFILE, organisation: { forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord', kommune: 'Testkommune' } });
    const pack = structuredClone(STANDARD_PACK);
    pack.packId = 'testkommune';
    pack.name = 'Testkommunes skabeloner';
    pack.templates = [{ ...pack.templates.find((t) => t.id === 'ressourceteammoede')!, version: 2, defaultDurationMinutes: 90 }];
    const packFile = join(tempDir(), 'pakke.json');
    writeFileSync(packFile, JSON.stringify(pack));
    a.dialogs.opens.push(packFile);
    await a.call('settings.import', {});
    const k = (await a.call('settings.get', {})).kommune;
    await a.call('settings.saveKommune', { ...k, activePackId: 'testkommune', transitionBasis: 'paragraf_3a', retentionMonths: { ...k.retentionMonths, referat: 60 } });
    expect((await a.call('template.get', { id: 'ressourceteammoede' })).version).toBe(2);
    const file = join(tempDir(), 'indstillinger.json');
    a.dialogs.saves.push(file);
    await a.call('settings.export', {});
    a.close();

    const b = makeCore();
    await b.call('settings.completeFirstRun', { profile: { ...PROFILE, name: 'Jonas Vindelev', initials: 'JV' } });
    b.dialogs.opens.push(file);
    const s = await b.call('settings.import', {});
    expect(s!.organisation).toMatchObject({ forvaltning: 'Børn og Unge, Testkommune', unit: 'Dagtilbud Nord' });
    expect(s!.kommune).toMatchObject({ activePackId: 'testkommune', transitionBasis: 'paragraf_3a' });
    expect(s!.kommune.retentionMonths.referat).toBe(60);
    const m = await b.call('meeting.create', { templateId: 'ressourceteammoede', date: '2027-01-06', startTime: '12:00' });
    expect(m.templateVersion).toBe(2);
    expect(m.endTime).toBe('13:30');
    b.close();
  });

  it('a malformed settings file is refused with a message naming the field, and changes nothing', async () => {
    const tc = makeCore();
    await tc.call('settings.completeFirstRun', { profile: PROFILE, organisation: { forvaltning: 'Før', kommune: 'Testkommune' } });
    const before = await tc.call('settings.get', {});
    const bad = { format: 'tovholder-indstillinger', version: 1, exportedAt: 'x', organisation: { forvaltning: 'Efter' }, kommune: { cprEnabled: 'ja' }, templatePacks: [] };
    const file = join(tempDir(), 'forkert.json');
    writeFileSync(file, JSON.stringify(bad));
    tc.dialogs.opens.push(file);
    const res = await tc.raw('settings.import', {});
    expect(res.error?.code).toBe('INVALID_INPUT');
    expect(res.error?.field).toBe('kommune.cprEnabled');
    expect(res.error?.message).toMatch(/Indstillingsfilen er ugyldig: feltet „Kommunens regler – Tillad CPR-numre“.*Intet er ændret/);
    const after = await tc.call('settings.get', {});
    expect(after.organisation).toEqual(before.organisation);
    expect(after.kommune).toEqual(before.kommune);

    const pack = structuredClone(STANDARD_PACK) as unknown as { packId: string; templates: { agenda: { minutes: unknown }[] }[] };
    pack.packId = 'forkert';
    pack.templates[2]!.agenda[0]!.minutes = -5;
    writeFileSync(file, JSON.stringify(pack));
    tc.dialogs.opens.push(file);
    const packRes = await tc.raw('settings.import', {});
    // The kommune administrator reads which template, which item and which field – not templates.2.agenda.0.minutes.
    expect(packRes.error?.message).toMatch(/^Skabelonpakken er ugyldig: Netværksmøde, punkt 1 „Velkomst, formål og præsentation“, minutter: .*Intet er ændret\.$/);
    expect(packRes.error?.field).toBe('templates.2.agenda.0.minutes');
    pack.templates[2]!.agenda[0]!.minutes = 5;
    (pack.templates[4] as unknown as { defaultDurationMinutes: unknown }).defaultDurationMinutes = 'en time';
    writeFileSync(file, JSON.stringify(pack));
    tc.dialogs.opens.push(file);
    expect((await tc.raw('settings.import', {})).error?.message).toMatch(/^Skabelonpakken er ugyldig: Overgangsmøde: .*, varighed: har en forkert type \(forventede et tal\)\. Intet er ændret\.$/);
    expect((await tc.call('settings.get', {})).packs.map((p) => p.packId)).toEqual(['tovholder-standard']);
    expect(readFileSync(file, 'utf8')).toContain('forkert');
    tc.close();
  });
});
