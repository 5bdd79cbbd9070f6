import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { api, caller, seedChild, seedConsent, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot, SHOTS } from './harness';
import { journeySteps } from './journey';
import { netvaerkMeeting } from '../helpers/scenarios';
import type { Seeded } from '../helpers/fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('issue 21: history stays true, in the real UI', () => {
  describe.sequential('a profile changed to another person’s name asks who the profile is, and the sealed meeting keeps Karim', () => {
    let app: AppProcess;
    let page: Page;
    let context: BrowserContext;
    let staff: Record<string, string>;
    let id: string;
    beforeAll(async () => {
      app = await AppProcess.start('omdoeb', { fakeNow: '2026-12-14T12:00:00Z' });
      staff = await seedStaff(app);
      const malik = await seedChild(app, 'malik', true);
      // Karim Østergaard is the user; he runs and seals a netværksmøde.
      await api(app, 'settings.saveProfile', { name: 'Karim Østergaard', initials: 'KØ', role: 'distriktsraadgiver', workplace: 'Distrikt Nord', personChoice: 'existing' });
      id = await netvaerkMeeting(caller(app), { children: { malik: { id: malik } } } as unknown as Seeded);
      ({ page, context } = await openApp(browser, app));
    });
    afterAll(async () => {
      await context?.close();
      await app?.stop();
    });
    const step = journeySteps();

    step('saving the profile under another directory person’s name asks who the profile is, and the answer makes the user that person', async () => {
      await page.goto(`${app.url}/#/indstillinger`);
      const profile = page.locator('form[aria-labelledby="profile-h"]');
      await profile.getByLabel('Dit navn').fill('Birgitte Skovmose');
      await profile.getByLabel('Dine initialer').fill('BSk');
      await profile.getByLabel('Din rolle').selectOption({ label: 'Dagtilbudsleder' });
      await profile.getByRole('button', { name: 'Gem' }).click();
      const dialog = page.getByRole('dialog', { name: 'Hvem er profilen nu?' });
      await dialog.waitFor();
      await expect(dialog.innerText()).resolves.toMatch(/Din profil er Karim Østergaard i personkartoteket\. Der findes allerede en person, der hedder Birgitte Skovmose/);
      await shot(page, 'profil-omdoeb-spoerg');
      await expect(dialog.getByLabel('Jeg er Birgitte Skovmose, som allerede står i personkartoteket').isChecked()).resolves.toBe(true);
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const people = await api(app, 'person.list', {});
      expect(people.find((p) => p.id === staff['raadgiver'])).toMatchObject({ name: 'Karim Østergaard', role: 'distriktsraadgiver' });
      expect((await api(app, 'settings.get', {})).profile?.personId).toBe(staff['leader']);
    });

    step('the sealed referat still names Karim as mødeleder, signed', async () => {
      await page.goto(`${app.url}/#/moede/${id}/referat`);
      await page.getByRole('heading', { name: 'Underskrifter' }).first().waitFor();
      const header = page.locator('.page-header');
      await expect(header.innerText()).resolves.toContain('Forseglet');
      const chairRow = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Mødeleder' }) });
      await expect(chairRow.innerText()).resolves.toMatch(/Karim Østergaard/);
      await expect(chairRow.innerText()).resolves.not.toMatch(/Mangler/);
      await expect(page.locator('article.paper').first().innerText()).resolves.toMatch(/Mødeleder:\s*Karim Østergaard \(KØ\)/);
      await shot(page, 'profil-omdoeb');
      await expectAccessible(page, 'profil-omdoeb');
    });

    step('the sealed meeting’s plan is locked and keeps Karim as mødeleder', async () => {
      await page.goto(`${app.url}/#/moede/${id}`);
      await page.getByRole('heading', { name: 'Tid og sted' }).waitFor();
      await expect(page.getByLabel('Sted', { exact: true }).isDisabled()).resolves.toBe(true);
      await expect(page.getByLabel('Mødeleder', { exact: true }).locator('option:checked').innerText()).resolves.toMatch(/Karim Østergaard/);
      await shot(page, 'profil-omdoeb-plan');
      expect(pageErrors(page)).toEqual([]);
    });
  });

  describe.sequential('retention: the card lists what the deletion removes; „Slet nu" asks for a reason until a package is made', () => {
    let app: AppProcess;
    let page: Page;
    let context: BrowserContext;
    beforeAll(async () => {
      app = await AppProcess.start('sletning', { fakeNow: '2026-12-15T10:00:00Z' });
      await seedStaff(app);
      const freja = await seedChild(app, 'freja');
      await seedConsent(app, freja);
      await api(app, 'trivsel.add', {
        childId: freja,
        date: '2026-01-05',
        dimensions: [
          { dimension: 'Psykisk og emotionel trivsel', level: 'ekstra', text: 'Utryg ved aflevering' },
          { dimension: 'Kognitiv trivsel', level: 'trivsel', text: '' },
          { dimension: 'Social trivsel', level: 'trivsel', text: '' },
          { dimension: 'Fysisk og sansemotorisk trivsel', level: 'trivsel', text: '' },
        ],
        overall: 'ekstra',
        note: '',
      });
      await api(app, 'meeting.create', { templateId: 'trivselsmoede', date: '2026-03-10', startTime: '09:00', childId: freja });
      await api(app, 'child.update', { id: freja, leftAt: '2026-01-31' });
      const k = (await api(app, 'settings.get', {})).kommune;
      await api(app, 'settings.saveKommune', { ...k, retentionMonths: { ...k.retentionMonths, barn: 6 } });
      ({ page, context } = await openApp(browser, app));
    });
    afterAll(async () => {
      await context?.close();
      await app?.stop();
    });
    const step = journeySteps();
    const card = () => page.locator('section[aria-labelledby="ret-h"]');

    step('without a package, „Slet nu" names the stop date and cannot delete until a reason is given', async () => {
      await page.goto(`${app.url}/#/indstillinger`);
      await card().getByText('Der er ikke lavet en journaliseringspakke endnu.').waitFor();
      await expect(card().innerText()).resolves.toMatch(/ligger efter barnets stopdato \(31\. januar 2026\)/);
      await card().getByRole('button', { name: 'Slet nu' }).click();
      const dialog = page.getByRole('dialog', { name: 'Slet nu' });
      await dialog.getByLabel('Begrundelse for at slette uden en ny journaliseringspakke').waitFor();
      await expect(dialog.getByRole('button', { name: 'Slet nu' }).isDisabled()).resolves.toBe(true);
      await dialog.screenshot({ path: join(SHOTS, 'sletning-uden-pakke.png') });
      await dialog.getByRole('button', { name: 'Annullér' }).click();
    });

    step('the journaliseringspakke lists what the deletion removes and holds the child’s trivsel history', async () => {
      const zipPath = join(app.dataDir, 'journal.zip');
      await app.queueDialog({ save: zipPath });
      await card().getByRole('button', { name: 'Lav journaliseringspakke …' }).click();
      await card().getByText(/Journaliseringspakke lavet .* Den rummer barnets oplysninger, som de er nu\./).waitFor();
      const table = await card().locator('table').innerText();
      for (const label of ['Barnets stamdata og forældre', 'Samtykker', 'Trivselsvurderinger', 'Møder uden referat']) expect(table).toContain(label);
      const index = await (await JSZip.loadAsync(readFileSync(zipPath))).file('oversigt.html')!.async('string');
      expect(index).toContain('5. januar 2026, samlet ekstra opmærksomhed');
      await shot(page, 'sletning-pakke-hele-siden');
      // The card itself, so a person can read it: what is deleted, how the package holds it, and the package's state.
      await card().screenshot({ path: join(SHOTS, 'sletning-pakke.png') });
      await expectAccessible(page, 'sletning-pakke');
    });

    step('after the package, „Slet nu" no longer asks for a reason', async () => {
      await card().getByRole('button', { name: 'Slet nu' }).click();
      await page.getByRole('dialog', { name: 'Slet nu' }).waitFor();
      await expect(page.getByRole('dialog', { name: 'Slet nu' }).getByLabel('Begrundelse for at slette uden en ny journaliseringspakke').count()).resolves.toBe(0);
      expect(pageErrors(page)).toEqual([]);
    });
  });

  describe.sequential('distriktsmøde: „Næste punkt" stops at the phase; after the switch the unticked person shows as not in the sparring', () => {
    let app: AppProcess;
    let page: Page;
    let context: BrowserContext;
    let staff: Record<string, string>;
    let meetingId: string;
    beforeAll(async () => {
      app = await AppProcess.start('fase', { fakeNow: '2026-12-14T12:00:00Z' });
      staff = await seedStaff(app);
      const aksel = await seedChild(app, 'aksel');
      await seedConsent(app, aksel);
      let m = await api(app, 'meeting.create', { templateId: 'distriktsmoede', date: '2026-12-14', startTime: '13:00' });
      await api(app, 'item.update', { id: m.items.find((i) => i.kind === 'barn')!.id, patch: { childId: aksel } });
      m = await api(app, 'meeting.start', { id: m.id, confirmOtherDay: true });
      for (const p of m.participants) await api(app, 'participant.update', { id: p.id, attendance: 'til_stede' });
      await api(app, 'meeting.setCurrentItem', { id: m.id, itemId: m.items.find((i) => i.key === 'generelle')!.id });
      meetingId = m.id;
      ({ page, context } = await openApp(browser, app));
    });
    afterAll(async () => {
      await context?.close();
      await app?.stop();
    });
    const step = journeySteps();

    step('in the general phase there is no „Næste punkt" and the child items are closed', async () => {
      await page.goto(`${app.url}/#/moede/${meetingId}/afvikling`);
      await page.getByRole('heading', { name: 'Generelle emner til sparring' }).waitFor();
      const current = page.locator('section[aria-labelledby="current-title"]');
      await expect(current.getByRole('button', { name: 'Næste punkt' }).count()).resolves.toBe(0);
      await expect(page.getByRole('region', { name: 'Dagsorden', exact: true }).getByRole('button', { name: /Aksel Nørregaard Holm/ }).isDisabled()).resolves.toBe(true);
    });

    step('switching phase without a person shows them as not in the sparring, on screen and in the core', async () => {
      const current = page.locator('section[aria-labelledby="current-title"]');
      await current.getByRole('button', { name: 'Skift til flerfaglig sparring – konkrete børn' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/Rasmus Kjærbo/).uncheck();
      await dialog.getByRole('button', { name: 'Skift til flerfaglig sparring – konkrete børn' }).click();
      await page.getByRole('heading', { name: /Barn – Aksel Nørregaard Holm/ }).waitFor();
      const attendance = page.locator('section[aria-labelledby="attendance"]');
      const rasmus = attendance.locator('div', { hasText: 'Rasmus Kjærbo' }).filter({ has: page.getByTestId('not-in-phase') }).last();
      await expect(rasmus.innerText()).resolves.toMatch(/Ikke med i flerfaglig sparring – konkrete børn/);
      await expect(attendance.getByRole('group', { name: 'Fremmøde for Rasmus Kjærbo' }).count()).resolves.toBe(0);
      await shot(page, 'fase-sparring');
      await expectAccessible(page, 'fase-sparring');
      const stored = await api(app, 'meeting.get', { id: meetingId });
      expect(stored.participants.find((p) => p.personId === staff['talehoere'])).toMatchObject({ inCurrentPhase: false, phases: ['distrikt'] });
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
