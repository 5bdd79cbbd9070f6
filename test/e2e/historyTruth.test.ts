import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFirstPagePng, pdfText, renderToPdf } from '../helpers/render';
import { api, seedChild, seedConsent, seedStaff } from './api';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { AppProcess, EXPORTS, expectAccessible, launchBrowser, openApp, pageErrors, shot, SHOTS } from './harness';
import { journeySteps } from './journey';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('issue 21 (items 6, 9, 10) and issue 13 (item 3), in the real UI', () => {
  describe.sequential('the fokusteam’s forberedelsesskema: written per professional, sent late on record, shown in the meeting, exported to Word', () => {
    let app: AppProcess;
    let page: Page;
    let context: BrowserContext;
    let m: ChannelOutput<'item.add'>;
    let item: ChannelOutput<'item.add'>['items'][number];
    let kept: string;
    beforeAll(async () => {
      app = await AppProcess.start('forberedelse', { fakeNow: '2026-12-08T09:00:00Z' });
      await seedStaff(app);
      const aksel = await seedChild(app, 'aksel');
      await seedConsent(app, aksel);
      m = await api(app, 'meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00' });
      item = m.items.find((i) => i.kind === 'barn')!;
      await api(app, 'item.update', { id: item.id, patch: { childId: aksel } });
      m = await api(app, 'item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 2 år, vuggestuen' });
      const anon = m.items.find((i) => i.kind === 'anonym')!;
      const person = (role: string) => m.participants.find((p) => p.role === role)!.personId;
      await api(app, 'preparation.save', { meetingId: m.id, itemId: item.id, personId: person('tale_hoere_konsulent'), linealenLevel: '2', observed: 'Sproget er alderssvarende, men han taler sjældent i samling.', questions: 'Skal vi lave en sprogvurdering?' });
      await api(app, 'preparation.save', { meetingId: m.id, itemId: anon.id, personId: person('paedagogisk_leder'), linealenLevel: '3', observed: 'Græder det meste af formiddagen.', tried: 'Fast voksen i garderoben.', questions: 'Hvordan taler vi med forældrene?' });
      ({ page, context } = await openApp(browser, app));
    });
    afterAll(async () => {
      await context?.close();
      await app?.stop();
    });
    const step = journeySteps();
    const card = () => page.getByTestId('forberedelsesskema');

    step('a professional’s preparation is saved for the child’s item and shown with its Linealen level', async () => {
      await page.goto(`${app.url}/#/moede/${m.id}`);
      await card().getByRole('heading', { name: 'Forberedelsesskema' }).waitFor();
      await card().getByLabel('Fagperson').selectOption({ label: 'Henriette van Dalen (PPR-psykolog)' });
      await card().getByLabel('Barn / punkt').selectOption({ label: `${m.items.findIndex((i) => i.id === item.id) + 1}. Aksel Nørregaard Holm` });
      await card().getByLabel('Aktuelt bekymringsniveau').selectOption('3');
      await card().getByLabel('Hvad har du observeret?').fill('Trækker sig i samling og leger mest alene.');
      await card().getByLabel('Hvad har du prøvet?').fill('Fast voksen ved aflevering i to uger.');
      await card().getByLabel('Spørgsmål til mødet').fill('Skal PPR observere i børnehaven?');
      await card().getByRole('button', { name: 'Gem forberedelse', exact: true }).click();
      await card().getByText('Forberedelsen er gemt.').waitFor();
      await card().locator('.prep-entry', { hasText: 'Henriette van Dalen' }).getByText('Thisted niveau 3: Børn med forskellige vanskeligheder, der kræver involvering af sekundære fagprofessionelle').waitFor();
    });

    step('ticked as sent a day after the deadline, it stays on record as late', async () => {
      // Ticked as sent on 8 December: one day after the deadline (7 December) – and it stays on record as late.
      await page.getByLabel('Forberedelsesskemaet er sendt til alle deltagere').check();
      await card().getByText('Sendt til deltagerne 8. december 2026, én dag efter fristen (7. december 2026).').waitFor();
      await page.getByText(/Forberedelsesskemaet blev sendt 8\. december 2026, én dag efter fristen/).first().waitFor();
      await card().scrollIntoViewIfNeeded();
      await card().screenshot({ path: join(SHOTS, 'forberedelsesskema.png') });
      await expectAccessible(page, 'forberedelsesskema');
    });

    step('the forberedelsesskema is saved as a Word file from the card', async () => {
      // The Word file, through the one document model; read back and rendered by LibreOffice in the last step.
      const docx = join(app.dataDir, 'forberedelsesskema.docx');
      await app.queueDialog({ save: docx });
      await card().getByRole('button', { name: 'Gem forberedelsesskema (Word)' }).click();
      await card().getByText(/Gemt/).first().waitFor();
      mkdirSync(EXPORTS, { recursive: true });
      kept = join(EXPORTS, 'forberedelsesskema.docx');
      copyFileSync(docx, kept);
    });

    step('in the meeting the chair sees the preparations for the item being discussed', async () => {
      await api(app, 'meeting.start', { id: m.id, confirmOtherDay: true }); // two days early: the chair confirms the real date (issue 11)
      await api(app, 'meeting.setCurrentItem', { id: m.id, itemId: item.id });
      await page.goto(`${app.url}/#/moede/${m.id}/afvikling`);
      const live = page.getByTestId('forberedelse-punkt');
      await live.getByText('Henriette van Dalen').waitFor();
      await expect(live.innerText()).resolves.toMatch(/Rasmus Kjærbo[\s\S]*Thisted niveau 2/);
      await shot(page, 'forberedelse-i-moedet');
      expect(pageErrors(page)).toEqual([]);
    });

    step('the Word file, rendered by LibreOffice, holds the level, the observations, the anonymous item and the late sending', async () => {
      // Rendered by LibreOffice last: nothing more is asked of the app while it runs.
      const [pdf] = renderToPdf([kept], join(EXPORTS, 'pdf'));
      const text = pdfText(pdf!);
      expect(text).toContain('Forberedelsesskema');
      expect(text).toMatch(/Thisted niveau 3/);
      expect(text).toContain('Trækker sig i samling og leger mest alene.');
      expect(text).toContain('Pige, 2 år, vuggestuen');
      expect(text).toMatch(/Sendt til deltagerne 8\. december 2026, én dag efter\s+fristen/);
      pdfFirstPagePng(pdf!, join(EXPORTS, 'forberedelsesskema-side1.png'));
    });
  });

  it('the revisionslog is saved as a readable page: Danish, the chain check on top, one row per entry', async () => {
    const app = await AppProcess.start('revisionslog', { fakeNow: '2026-12-15T10:00:00Z' });
    try {
      await api(app, 'sample.load', {});
      const k = (await api(app, 'settings.get', {})).kommune;
      await api(app, 'settings.saveKommune', { ...k, linealenVariant: 'kolding' });
      const { page, context } = await openApp(browser, app);
      await page.goto(`${app.url}/#/indstillinger`);
      const card = page.locator('section[aria-labelledby="audit-h"]');
      const file = join(app.dataDir, 'revisionslog.html');
      await app.queueDialog({ save: file });
      await card.getByRole('button', { name: 'Gem læsbar revisionslog (HTML)' }).click();
      await card.getByText(/Gemt/).first().waitFor();
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('Børnelinealen: Thisted (niveau 1–5) → Kolding (kategori 2, 3, 4a, 4b)');
      mkdirSync(EXPORTS, { recursive: true });
      copyFileSync(file, join(EXPORTS, 'revisionslog.html'));

      const view = await context.newPage();
      await view.goto(`file://${join(EXPORTS, 'revisionslog.html')}`);
      await expect(view.locator('section.kaede').innerText()).resolves.toMatch(/Kæden er intakt \(\d+ poster\)/);
      const rows = await view.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(10);
      await expect(view.locator('tbody tr').first().innerText()).resolves.toMatch(/^1\t\d+\. [a-zæøå]+ 2026 kl\. \d\d:\d\d/);
      await expect(view.locator('tbody').innerText()).resolves.toContain('Eksempeldata');
      await view.screenshot({ path: join(SHOTS, 'revisionslog-eksport.png') });
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    } finally {
      await app.stop();
    }
  });

  describe.sequential('the access package leaves an internal note out unless the user includes it with a reason; the screen names the legal basis', () => {
    let app: AppProcess;
    let page: Page;
    let context: BrowserContext;
    let aksel: string;
    beforeAll(async () => {
      app = await AppProcess.start('indsigt-intern', { fakeNow: '2026-12-15T10:00:00Z' });
      await seedStaff(app);
      aksel = await seedChild(app, 'aksel');
      await api(app, 'parentContact.add', { childId: aksel, kind: 'bekymring_orienteret', date: '2026-12-01', byName: 'Mette Lundgaard', note: 'Mor virkede påvirket ved afhentning', noteInternal: true });
      await api(app, 'parentContact.add', { childId: aksel, kind: 'samtale_efter', date: '2026-12-03', byName: 'Mette Lundgaard', note: 'Aftalt nyt møde i januar' });
      ({ page, context } = await openApp(browser, app));
    });
    afterAll(async () => {
      await context?.close();
      await app?.stop();
    });
    const step = journeySteps();
    const access = () => page.locator('section[aria-labelledby="access-h"]');
    const warn = () => access().getByTestId('indsigt-intern');

    step('the parents tab marks the internal note, and only it', async () => {
      await page.goto(`${app.url}/#/barn/${aksel}`);
      await page.getByRole('tab', { name: 'Forældre' }).click();
      const notes = page.getByTestId('kontakt-noter');
      await expect(notes.locator('li', { hasText: 'Mor virkede påvirket' }).innerText()).resolves.toContain('Intern note');
      await expect(notes.locator('li', { hasText: 'Aftalt nyt møde' }).innerText()).resolves.not.toContain('Intern note');
    });

    step('the access card names the legal basis, and including internal notes asks for a reason', async () => {
      await page.getByRole('tab', { name: 'Oversigt' }).click();
      await expect(warn().innerText()).resolves.toMatch(/forvaltningsloven § 12 \(interne arbejdsdokumenter\) og § 15/);
      await expect(warn().innerText()).resolves.toMatch(/Til kommunens jurist/);
      await warn().getByLabel('Medtag interne noter').check();
      await warn().getByLabel('Begrundelse for at medtage interne noter').waitFor();
      await access().scrollIntoViewIfNeeded();
      await access().screenshot({ path: join(SHOTS, 'indsigt-intern-note.png') });
      await expectAccessible(page, 'indsigt-intern-note');
    });

    step('without a reason the core refuses; left out, the package holds the other note and the audit log says so', async () => {
      // Without a reason the core refuses; the screen shows its message.
      await access().getByRole('button', { name: /Indsigt/ }).click();
      await access().getByText('Skriv hvorfor de interne noter skal med i indsigtspakken (mindst 5 tegn).').waitFor();
      await warn().getByLabel('Udelad interne noter').check();
      const zip = join(app.dataDir, 'indsigt.zip');
      await app.queueDialog({ save: zip });
      await access().getByRole('button', { name: /Indsigt/ }).click();
      await access().getByText(/Gemt/).waitFor();
      const html = await (await JSZip.loadAsync(readFileSync(zip))).file('indeks.html')!.async('string');
      expect(html).not.toContain('Mor virkede påvirket');
      expect(html).toContain('Aftalt nyt møde i januar');
      const logged = (await api(app, 'audit.list', {})).entries.find((e) => e.action === 'access.export')!;
      expect(logged.summary).toBe('Udleverede indsigt; interne noter og forberedelser udeladt');
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
