import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, type Seeded } from '../helpers/fixtures';
import { giveEmails } from '../helpers/outlook';
import { dialogMeeting } from '../helpers/scenarios';
import { api, caller, seedChild, seedConsent, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';

/**
 * Issue 19 in real Chromium: „Send referat" → a draft for the parents → „Sendt" → the dispatch is on the child's
 * timeline with the basis the core chose. The bridge has no system program to open the draft with; it saves the
 * .eml into its export folder, and the test reads it from there.
 */

let browser: Browser;
let app: AppProcess;
let s: Seeded;
beforeAll(async () => {
  browser = await launchBrowser();
  // The dialogmøde is held on its planned day, 26 November 2026 (a start on another day would move its date, issue 11).
  app = await AppProcess.start('outlook', { fakeNow: '2026-11-26T13:00:00Z' });
  const people = await seedStaff(app);
  const malik = await seedChild(app, 'malik', true);
  const aksel = await seedChild(app, 'aksel');
  const freja = await seedChild(app, 'freja');
  await seedConsent(app, aksel);
  await seedConsent(app, freja);
  s = { people: Object.fromEntries(Object.entries(people).map(([k, id]) => [k, { id }])), children: { malik: { id: malik }, aksel: { id: aksel }, freja: { id: freja } } } as unknown as Seeded;
  await giveEmails(caller(app), [FIXTURE.psykolog.name]);
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe('„Send referat"', () => {
  it('makes the parents’ draft, and „Sendt" puts the dispatch on the child’s timeline with the basis „til forældrene selv"', async () => {
    const dm = await dialogMeeting(caller(app), s);
    await api(app, 'parentContact.add', { childId: s.children.malik.id, kind: 'mundtlig_orientering', date: '2026-11-26', byName: FIXTURE.leader.name, note: 'Talt med mor efter mødet' });
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${dm}/referat`);
    await page.getByRole('button', { name: 'Send referat' }).click();
    const parents = page.getByRole('group', { name: 'Forældrene (forældremyndighed)' });
    await parents.getByText('Emma Bjerregaard <emma.bjerregaard@privat.dk> (grundlag: til forældrene selv)').waitFor();
    await expect(parents.getByText('Referat – dialogmøde 26. november 2026').count()).resolves.toBe(1);
    await parents.getByRole('button', { name: 'Gem og åbn kladde' }).click();
    await parents.getByRole('button', { name: 'Sendt', exact: true }).waitFor();
    expect(await api(app, 'child.case', { id: s.children.malik.id }).then((c) => c.dispatches)).toEqual([]);

    const eml = readdirSync(app.exportDir).find((f) => f.endsWith('.eml'))!;
    const mail = await simpleParser(readFileSync(join(app.exportDir, eml)));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Referat – dialogmøde 26. november 2026');
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Malik/);

    await parents.getByRole('button', { name: 'Sendt', exact: true }).click();
    await parents.getByText('Udsendelsen er registreret i barnets sag.').waitFor();
    await page.getByRole('heading', { name: 'Send referat' }).scrollIntoViewIfNeeded();
    await shot(page, 'send-referat');
    await expectAccessible(page, 'send-referat');

    await page.goto(`${app.url}/#/barn/${s.children.malik.id}`);
    await page.getByRole('tab', { name: 'Tidslinje' }).click();
    const entry = page.locator('.timeline li', { hasText: 'Sendt til Emma Bjerregaard' });
    await entry.waitFor();
    await expect(entry.innerText()).resolves.toMatch(/Sikker mail; grundlag: til forældrene selv/);
    await entry.scrollIntoViewIfNeeded();
    await shot(page, 'send-referat-tidslinje');
    const c = await api(app, 'child.case', { id: s.children.malik.id });
    expect(c.dispatches).toEqual([expect.objectContaining({ recipient: 'Emma Bjerregaard', channel: 'sikker_mail', basis: 'foraeldre' })]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
