import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, seedChild, seedStaff } from './api';
import { AppProcess, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { ReferatPage } from './pages/MeetingPages';

/**
 * Issue 16, item 8 on the referat and overgangsskema screens, as a chair meets them: the referat's fields grow with
 * ten-line notes, the signatures come into view after approval, a mødeleder who is also the referent signs once in
 * both roles and can add a signer, and the overgangsskema tab proposes Fra/Til/Kontaktperson and holds the seven
 * læringskompetencer – the same text as the meeting's item.
 */
let browser: Browser;
let app: AppProcess;
let staff: Record<string, string>;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('referat-screens', { fakeNow: '2026-11-23T13:00:00Z' });
  staff = await seedStaff(app);
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

const TEN_LINES = Array.from({ length: 10 }, (_, i) => `Linje ${i + 1}: Freja har haft en god uge og leger mere med de andre børn på stuen.`).join('\n');

/** A ressourceteammøde held today where Birgitte Skovmose is both mødeleder and referent; ended, referat generated. */
async function heldMeeting(): Promise<string> {
  let m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30', place: 'Personalestuen' });
  m = await api(app, 'meeting.update', { id: m.id, patch: { chairId: staff['leader']!, referentId: staff['leader']! } });
  await api(app, 'meeting.start', { id: m.id, confirmOtherDay: true });
  await api(app, 'meeting.end', { id: m.id });
  await api(app, 'referat.generate', { meetingId: m.id });
  return m.id;
}

/** True when a textarea shows all its text: no inner scrollbar. */
const showsAll = (page: Page, selector: string) => page.locator(selector).evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1);

describe('the referat: growing fields, signatures in view, one signature in both roles, an added signer', () => {
  let page: Page;
  let id: string;
  beforeAll(async () => {
    id = await heldMeeting();
    ({ page } = await openApp(browser, app));
    await page.goto(`${app.url}/#/moede/${id}/referat`);
    await page.getByRole('button', { name: 'Godkend referatet' }).waitFor();
  });

  it('a ten-line note grows the text box instead of scrolling inside it', async () => {
    const box = page.locator('#ref-text-1');
    const before = (await box.boundingBox())!.height;
    await box.fill(TEN_LINES);
    await page.locator('#ref-dec-1').fill('PPR observerer Freja.\nForældresamtale i januar.\nStuen laver billedstøttet dagsstruktur.\nOpfølgning på næste møde.');
    expect((await box.boundingBox())!.height).toBeGreaterThan(before * 2);
    expect(await showsAll(page, '#ref-text-1')).toBe(true);
    expect(await showsAll(page, '#ref-dec-1')).toBe(true);
    await page.getByText('Gemt').first().waitFor();
    await box.scrollIntoViewIfNeeded();
    await shot(page, 'referat-voksende-felter', { fullPage: false });
  });

  it('after „Godkend referatet“ the signatures are in view and their heading has focus', async () => {
    await new ReferatPage(page).approve('Birgitte Skovmose');
    const heading = page.getByRole('heading', { name: 'Underskrifter', level: 2 });
    await expect.poll(() => heading.evaluate((el) => document.activeElement === el)).toBe(true);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await shot(page, 'referat-underskrifter-synlige', { fullPage: false });
  });

  it('mødeleder and referent sign once, in both roles; the chair adds a parent who signs too; then the seal', async () => {
    const rows = page.getByRole('heading', { name: 'Underskrifter', level: 2 }).locator('..').getByRole('row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().getByRole('rowheader').innerText()).resolves.toBe('Mødeleder og referent');

    await page.getByLabel('Underskriver som (rolle)').fill('Forælder');
    await page.getByLabel('Navn', { exact: true }).fill('Nadia Vestergaard');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/Forælder\s+Nadia Vestergaard · Tilføjet/);

    const referat = new ReferatPage(page);
    await referat.signByDrawing(0);
    // Signed once: the row has no second „Underskriv“, and the parent's removal is no longer offered.
    await expect.poll(() => rows.first().getByRole('button', { name: 'Underskriv' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Fjern Nadia Vestergaard som underskriver' }).count()).toBe(0);
    await referat.signByTyping(1);
    await page.getByRole('heading', { name: 'Underskrifter', level: 2 }).scrollIntoViewIfNeeded();
    await shot(page, 'underskriv-begge-roller', { fullPage: false });
    await expectAccessible(page, 'underskriv-begge-roller');
    await referat.seal();
    const stored = await api(app, 'referat.get', { meetingId: id });
    expect(stored.signatures.map((s) => [s.signerLabel, s.name])).toEqual([
      ['Mødeleder og referent', 'Birgitte Skovmose'],
      ['Forælder', 'Nadia Vestergaard'],
    ]);
    expect(stored.body!.items[1]!.text).toBe(TEN_LINES);
    // The paper view's signature page says it the same way.
    await expect(page.locator('.paper section.signatures').innerText()).resolves.toMatch(/Mødeleder og referent\s+Birgitte Skovmose/);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the overgangsskema tab: proposed Fra, Til and Kontaktperson; the seven læringskompetencer', () => {
  it('proposes from the child and the meeting, and the competences typed here are the meeting item’s text', async () => {
    const aksel = await seedChild(app, 'aksel');
    let m = await api(app, 'meeting.create', { templateId: 'overgang-boernehave-skole', date: '2026-11-23', startTime: '14:30', childId: aksel });
    if (!m.participants.some((p) => p.personId === staff['skolepaedagog'])) {
      m = await api(app, 'participant.add', { meetingId: m.id, personId: staff['skolepaedagog']!, role: 'skolepaedagog', consultative: false, guestItemId: null });
    }
    const { page } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${m.id}/skema`);
    await expect(page.getByLabel('Fra (dagtilbud/dagpleje, stue)').inputValue()).resolves.toBe('Børnehuset Solsikken, Mariehønen');
    await expect(page.getByLabel('Modtagende kontaktperson').inputValue()).resolves.toBe('Thomas Engholm, skolepædagog');
    await expect(page.getByLabel('Til (modtagende institution/skole, klasse)').inputValue()).resolves.toBe('Testkommune');
    await page.getByText('Foreslået ud fra barnet og mødet').waitFor();
    // Looking saved nothing.
    expect((await api(app, 'form.transitionView', { meetingId: m.id })).saved).toBe(false);

    await page.getByLabel('Robusthed').fill('Rejser sig hurtigt efter nederlag og prøver igen.');
    await page.getByLabel('Nysgerrighed').fill('Spørger til alt – især tal og bogstaver.\nVil gerne vide, hvordan ting virker.');
    await page.getByRole('heading', { name: 'De syv læringskompetencer' }).locator('..').getByText('Gemt').waitFor();
    const item = (await api(app, 'meeting.get', { id: m.id })).items.find((i) => i.kind === 'laeringskompetencer')!;
    expect(item.data.competences).toMatchObject({ Robusthed: 'Rejser sig hurtigt efter nederlag og prøver igen.', Nysgerrighed: 'Spørger til alt – især tal og bogstaver.\nVil gerne vide, hvordan ting virker.' });
    await page.getByRole('heading', { name: 'De syv læringskompetencer' }).scrollIntoViewIfNeeded();
    await shot(page, 'overgangsskema-kompetencer');
    await expectAccessible(page, 'overgangsskema-kompetencer');
    expect(pageErrors(page)).toEqual([]);
  });
});
