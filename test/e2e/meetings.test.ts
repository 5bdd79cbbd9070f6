import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../electron/core/exports/docxText';
import { readFileSync } from 'node:fs';
import { pdfText } from '../helpers/render';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, seedChild, seedConsent, seedStaff } from './api';
import { AppProcess, EXPORTS, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { journeySteps } from './journey';
import { LivePage, NewMeetingPage, type MeetingPlanPage, type ReferatPage } from './pages/MeetingPages';
import { choosePerson } from './pages/personPicker';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks an export button, waits for „Gemt: …", and returns the saved file's path. */
async function exportVia(page: Page, button: string): Promise<string> {
  const statuses = page.getByRole('status').filter({ hasText: 'Gemt:' });
  const before = (await statuses.count()) ? await statuses.last().innerText() : '';
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(
    (prev) => {
      const all = [...document.querySelectorAll('[role="status"]')].filter((e) => e.textContent?.includes('Gemt:'));
      return all.length > 0 && all[all.length - 1]!.textContent !== prev;
    },
    before,
  );
  const path = (await statuses.last().innerText()).replace(/^.*Gemt: /s, '').trim();
  expect(existsSync(path)).toBe(true);
  return path;
}

async function paperText(page: Page): Promise<string> {
  return (await page.getByRole('article').first().innerText()).replace(/\s+/g, ' ');
}

describe.sequential('ressourceteammøde: three child items (one anonymous, one in the 0–2 block), outcomes, a guest', () => {
  let app: AppProcess;
  let page: Page;
  let context: BrowserContext;
  let plan: MeetingPlanPage;
  let live: LivePage;
  let referat: ReferatPage;
  let referatPath: string;
  beforeAll(async () => {
    app = await AppProcess.start('ressourceteam', { fakeNow: '2026-11-23T10:00:00Z' }); // the meeting is held on the day it is planned for
    await seedStaff(app);
    await seedConsent(app, await seedChild(app, 'freja'));
    await seedConsent(app, await seedChild(app, 'aksel'));
    ({ page, context } = await openApp(browser, app));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });
  const step = journeySteps();

  step('„Nyt møde" is accessible and creates a ressourceteammøde from its template', async () => {
    const nm = new NewMeetingPage(page);
    await nm.open();
    await expectAccessible(page, 'nyt-moede');
    await nm.chooseTemplate('Ressourceteammøde');
    await nm.fill({ date: '2026-11-23', start: '12:30', place: 'Personalestuen' });
    plan = await nm.create();
  });

  step('the plan takes two named children, an anonymous item instead of the third, and a guest for item 3 only', async () => {
    // Agenda: 1 Godkendelse, 2 Opfølgning, 3 Barn 0–2 år, 4 Barn, 5 Barn, 6 Evt.
    await plan.setItemChild(3, 'Freja Ærø Vestergaard');
    await plan.setItemChild(4, 'Aksel Nørregaard Holm');
    await plan.removeItem(5);
    await plan.addItem('Anonym drøftelse');
    await plan.setAnonLabel(5, 'Dreng, 4 år, Mariehønen');
    await plan.addParticipant('Mette Lundgaard', { role: 'Barnets primære pædagog', guestItem: 3 });
    await expect(plan.item(6).innerText()).resolves.toContain('Evt.');
    await shot(page, 'ressourceteam-plan');
    await expectAccessible(page, 'ressourceteam-plan');
  });

  step('starting the meeting records who came and who sent afbud', async () => {
    live = await plan.start();
    await live.attendance('Birgitte Skovmose', 'Til stede');
    await live.attendance('Anders Fjordside', 'Til stede');
    await live.attendance('Henriette van Dalen', 'Afbud');
    await live.attendance('Ida Mørkhøj', 'Til stede');
    await live.attendance('Jonas Vindelev', 'Til stede');
  });

  step('item 3 shows its guest and keeps notes, outcome, a decision and a follow-up', async () => {
    await live.goTo(3);
    await page.getByText('Gæster i dette punkt: Mette Lundgaard (ML)').waitFor();
    await live.writeNotes('Freja græder meget ved aflevering og sover uroligt. Hun er glad, når hun leger med vand.');
    await live.outcome('PPR-observation');
    await live.addDecision('PPR observerer Freja i vuggestuen inden jul.');
    await live.addFollowup('IM', 'Tale med familien ved næste hjemmebesøg', '2026-12-10');
  });

  step('„Næste punkt" leads to Aksel; a guest picked from the directory joins that item only', async () => {
    await live.next();
    await page.getByRole('heading', { name: /Aksel Nørregaard Holm/ }).waitFor();
    await live.writeNotes('Aksel har svært ved overgange mellem aktiviteter.');
    await live.outcome('Samtale med forældrene');
    await live.addFollowup('BSk', 'Samtale med forældrene om bekymringen', '2026-12-01');
    // A guest for this item only, found with the person picker (person.search) when „Tilføj gæst" is opened.
    await page.getByText('Tilføj gæst til punktet').click();
    await choosePerson(page, 'Rasmus Kjærbo');
    await page.locator('form').filter({ has: page.getByLabel('Person', { exact: true }) }).getByRole('button', { name: 'Tilføj', exact: true }).click();
    await page.getByText('Gæster i dette punkt: Rasmus Kjærbo (RK)').waitFor();
  });

  step('the anonymous item is headed by its label and keeps notes and outcome', async () => {
    await live.next();
    await page.getByRole('heading', { name: /Dreng, 4 år, Mariehønen/ }).waitFor();
    await live.writeNotes('Anonym drøftelse: tvivl om grundlaget for at gå i dialog med forældrene.');
    await live.outcome('Følg op på næste møde');
    await shot(page, 'ressourceteam-afvikling');
    await expectAccessible(page, 'ressourceteam-afvikling');
  });

  step('ending the meeting gives a draft referat with the time, attendance, guest, outcomes and follow-ups', async () => {
    referat = await live.end();
    await referat.generate();
    const text = await paperText(page);
    expect(text).toContain('Referat');
    expect(text).toContain('Dato: 23. november 2026');
    expect(text).toContain('Tid: 12:30 - 14:30');
    expect(text).toMatch(/Jonas Vindelev \(referent\) Afbud:/);
    expect(text).toContain('Afbud: Henriette van Dalen (HvD)');
    expect(text).toContain('Fraværende: Bemærk:');
    expect(text).toContain('Mette Lundgaard (ML) deltog i drøftelsen.');
    expect(text).toContain('Udfald: PPR-observation');
    expect(text).toContain('(IM følger op) Tale med familien ved næste hjemmebesøg – senest 10. december 2026');
    expect(text).toContain('Dreng, 4 år, Mariehønen');
    expect(text).toContain('UDKAST');
    await shot(page, 'ressourceteam-referat');
    await expectAccessible(page, 'ressourceteam-referat');
  });

  step('approving, one drawn and one typed signature, and sealing remove the draft mark', async () => {
    await referat.approve('Birgitte Skovmose');
    await referat.signByDrawing(0);
    await referat.signByTyping(1);
    await referat.seal();
    expect(await paperText(page)).not.toContain('UDKAST');
    await shot(page, 'ressourceteam-underskrift');
    await expectAccessible(page, 'ressourceteam-underskrift');
  });

  step('the referat and an excerpt for one family are exported to Word from the screen', async () => {
    referatPath = await exportVia(page, 'Referat (Word)');
    expect((await readDocx(readFileSync(referatPath))).paragraphs.join('\n')).toContain('Mette Lundgaard (ML) deltog i drøftelsen.');
    await page.getByLabel('Barn', { exact: true }).selectOption({ label: 'Freja Ærø Vestergaard' });
    const uddrag = await exportVia(page, 'Uddrag for ét barn (Word)');
    const uddragText = (await readDocx(readFileSync(uddrag))).paragraphs.join('\n');
    expect(uddragText).toContain('Freja');
    expect(uddragText).not.toContain('Aksel');
    mkdirSync(join(EXPORTS, 'e2e'), { recursive: true });
    copyFileSync(referatPath, join(EXPORTS, 'e2e', 'referat-ressourceteam-fra-ui.docx'));
  });

  step('„Kontrollér dokument" recognises the exported referat as unchanged', async () => {
    await app.queueDialog({ open: referatPath });
    await page.getByRole('link', { name: 'Kontrollér dokument' }).click();
    await page.getByRole('button', { name: 'Vælg dokument …' }).click();
    await page.getByRole('status').filter({ hasText: 'Uændret' }).waitFor();
    await shot(page, 'kontrol');
    await expectAccessible(page, 'kontrol');
  });

  step('the page threw no uncaught error along the way', async () => {
    expect(pageErrors(page)).toEqual([]);
  });
});

describe.sequential('dialogmøde with parents and a consultative distriktsrådgiver, signed by drawing', () => {
  let app: AppProcess;
  let page: Page;
  let context: BrowserContext;
  let plan: MeetingPlanPage;
  let live: LivePage;
  let referat: ReferatPage;
  beforeAll(async () => {
    app = await AppProcess.start('dialogmoede', { fakeNow: '2026-11-26T12:00:00Z' }); // the meeting is held on the day it is planned for
    await seedStaff(app);
    ({ page, context } = await openApp(browser, app));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });
  const step = journeySteps();

  step('a new child is created with two parents holding custody', async () => {
    await page.getByRole('link', { name: 'Børn' }).click();
    await page.getByRole('button', { name: 'Nyt barn' }).click();
    await page.getByLabel('Barnets navn').fill('Malik Bjerregaard Sørensen');
    await page.getByLabel('Fødselsdato').fill('2023-01-20');
    await page.getByLabel('Dagtilbud').fill('Børnehuset Solsikken');
    await page.getByLabel('Stue').fill('Mariehønen');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByRole('heading', { name: 'Malik Bjerregaard Sørensen', level: 1 }).waitFor();
    for (const [name, initials] of [
      ['Emma Bjerregaard', 'EB'],
      ['Jakob Sørensen', 'JS'],
    ]) {
      await page.getByLabel('Forælderens navn').fill(name!);
      await page.getByLabel('Initialer').fill(initials!);
      await page.getByRole('button', { name: 'Tilføj forælder' }).click();
      await page.getByText(`${name} (${initials}) – forælder, forældremyndighed`).waitFor();
    }
    await expectAccessible(page, 'barn');
  });

  step('the dialogmøde planned from the child page invites the parents and a consultative distriktsrådgiver', async () => {
    await page.getByRole('link', { name: 'Nyt møde' }).click();
    const nm = new NewMeetingPage(page);
    await nm.chooseTemplate(/^Dialogmøde[^:]/);
    await nm.fill({ date: '2026-11-26', start: '14:00' });
    plan = await nm.create();
    const participants = page.getByRole('heading', { name: 'Deltagere' }).locator('..');
    await expect(participants.innerText()).resolves.toMatch(/Karim Østergaard \(KØ\)\s*– Distriktsrådgiver\s*Konsultativ rolle/);
    await expect(participants.innerText()).resolves.toContain('Emma Bjerregaard (EB)');
  });

  step('the agenda is agreed with the parents, the meeting convened, and the dagsorden exported to Word', async () => {
    const notAgreed = page.getByText('Dagsordenen er ikke aftalt med forældrene endnu');
    await notAgreed.waitFor();
    await plan.check('Dagsordenen er aftalt med forældrene');
    await notAgreed.waitFor({ state: 'detached' });
    await plan.check('Indkaldelse sendt');
    const dagsorden = await exportVia(page, 'Dagsorden og indkaldelse (Word)');
    expect((await readDocx(readFileSync(dagsorden))).paragraphs.join('\n')).toContain('Dialogmøde om Malik Bjerregaard Sørensen');
    await shot(page, 'dialogmoede-plan');
    await expectAccessible(page, 'dialogmoede-plan');
  });

  step('the live meeting keeps notes, a decision, follow-ups for staff and a parent, and the evaluation', async () => {
    live = await plan.start();
    for (const n of ['Emma Bjerregaard', 'Jakob Sørensen', 'Birgitte Skovmose', 'Mette Lundgaard', 'Karim Østergaard', 'Signe Ahlgreen']) await live.attendance(n, 'Til stede');
    await live.next();
    await live.writeNotes('Malik er glad for at bygge med klodser og hjælper gerne de yngre børn.');
    await live.goTo(6);
    await live.writeNotes('Forældre og dagtilbud er enige om en fælles plan for afleveringer.');
    await live.addDecision('Malik afleveres af samme voksne hver morgen i de næste fire uger.');
    await live.addFollowup('ML', 'Fortæl forældrene hver fredag, hvordan ugen er gået', '2026-12-18');
    await live.addFollowup('EB', 'Tage kontakt til egen læge om søvn');
    await live.goTo(7);
    await page.getByLabel(/Evaluering: Var vi enige/).fill('Ja – vi nåede alle emner, forældrene følte sig hørt.');
    await page.getByText('Gemt').first().waitFor();
    await shot(page, 'dialogmoede-afvikling');
    await expectAccessible(page, 'dialogmoede-afvikling');
  });

  step('the parents’ view shows what was agreed and not the professionals’ notes', async () => {
    await page.getByRole('link', { name: 'Forældrevisning' }).click();
    await page.getByRole('heading', { name: 'Det har vi aftalt' }).waitFor();
    const parentText = await page.locator('main').innerText();
    expect(parentText).toContain('Malik afleveres af samme voksne hver morgen');
    expect(parentText).not.toContain('hjælper gerne de yngre børn');
    await shot(page, 'dialogmoede-foraeldrevisning');
    await expectAccessible(page, 'foraeldrevisning');
    await page.getByRole('link', { name: 'Tilbage til mødelederens visning' }).click();
  });

  step('the draft referat names the consultative role, the referent, the follow-ups and the evaluation', async () => {
    referat = await new LivePage(page).end();
    await referat.generate();
    const text = await paperText(page);
    expect(text).toContain('Dialogmøde om Malik Bjerregaard Sørensen');
    expect(text).toContain('Karim Østergaard (KØ), distriktsrådgiver, konsultativ rolle');
    expect(text).toContain('Signe Ahlgreen (referent)');
    expect(text).toContain('(ML følger op) Fortæl forældrene hver fredag, hvordan ugen er gået – senest 18. december 2026');
    expect(text).toContain('Evaluering: Ja – vi nåede alle emner');
    await shot(page, 'dialogmoede-referat');
  });

  step('the referat is approved, signed by drawing three times and sealed with the three signatures shown', async () => {
    await referat.approve('Birgitte Skovmose');
    await referat.signByDrawing(0);
    await referat.signByDrawing(1);
    await referat.signByDrawing(2);
    await referat.seal();
    await expect(page.getByRole('heading', { name: 'Underskrifter', level: 2 }).locator('..').locator('img.sig-img').count()).resolves.toBe(3);
    await shot(page, 'dialogmoede-underskrift');
    await expectAccessible(page, 'dialogmoede-underskrift');
  });

  step('the print view becomes an A4 PDF with the referat and signatures, without the plan', async () => {
    // Print view → PDF through Chromium (page.pdf() here; webContents.printToPDF in the app).
    await page.getByRole('link', { name: 'Udskriv eller gem som PDF' }).click();
    await page.locator('body[data-print-ready="1"]').waitFor();
    await shot(page, 'dialogmoede-udskrift');
    await expectAccessible(page, 'udskrift');
    mkdirSync(EXPORTS, { recursive: true });
    const pdf = join(EXPORTS, 'referat-dialogmoede.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdfContent = pdfText(pdf);
    expect(pdfContent).toContain('Referat');
    expect(pdfContent).toContain('Dialogmøde om Malik Bjerregaard Sørensen');
    expect(pdfContent).toContain('Underskrifter');
    expect(pdfContent).not.toContain('Plan og dagsorden');
  });

  step('the page threw no uncaught error along the way', async () => {
    expect(pageErrors(page)).toEqual([]);
  });
});

describe.sequential('overgangsmøde børnehave → skole with the seven læringskompetencer and barnets perspektiv', () => {
  let app: AppProcess;
  let page: Page;
  let context: BrowserContext;
  let plan: MeetingPlanPage;
  let live: LivePage;
  let referat: ReferatPage;
  const competences: [string, string][] = [
    ['Robusthed', 'Kommer hurtigt videre efter små nederlag.'],
    ['Automatisering', 'Klarer selv påklædning og toiletbesøg.'],
    ['Behovsudsættelse', 'Kan vente på tur i samling med lidt støtte.'],
    ['Gode omgangsformer', 'Siger tak og hjælper gerne andre.'],
    ['Nysgerrighed', 'Stiller mange spørgsmål om dyr og natur.'],
    ['Selvregulering/selvdisciplin', 'Har brug for en voksen ved skift mellem aktiviteter.'],
    ['Vedholdenhed', 'Bliver ved med puslespil, også når det er svært.'],
  ];
  beforeAll(async () => {
    app = await AppProcess.start('overgang-skole', { fakeNow: '2026-12-07T07:00:00Z' }); // the meeting is held on the day it is planned for
    await seedStaff(app);
    await seedChild(app, 'aksel');
    ({ page, context } = await openApp(browser, app));
  });
  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });
  const step = journeySteps();

  step('the template fixes the agenda and suggests the place', async () => {
    const nm = new NewMeetingPage(page);
    await nm.open();
    await nm.chooseTemplate('Børnehave → skole');
    await nm.fill({ date: '2026-12-07', start: '08:30', child: 'Aksel Nørregaard Holm' });
    plan = await nm.create();
    await expect(page.getByLabel('Sted', { exact: true }).inputValue()).resolves.toBe('I børnehaven, på skolen eller hjemme');
    await expect(page.getByRole('button', { name: 'Tilføj punkt' }).count()).resolves.toBe(0);
    await shot(page, 'overgang-skole-plan');
    await expectAccessible(page, 'overgang-skole-plan');
  });

  step('the overgangsskema is filled in before the meeting and autosaved', async () => {
    await page.getByRole('link', { name: 'Overgangsskema' }).click();
    await page.getByLabel('Fra (dagtilbud/dagpleje, stue)').fill('Børnehuset Solsikken, Mariehønen');
    await page.getByLabel('Til (modtagende institution/skole, klasse)').fill('Engskolen, 0.B');
    await page.getByLabel('Modtagende kontaktperson').fill('Thomas Engholm, skolepædagog');
    await page.getByLabel('Barnets styrker').fill('Nysgerrig og hjælpsom.');
    await page.getByLabel('Barnets udfordringer').fill('Overgange mellem aktiviteter.');
    await page.getByLabel(/Vurdering Social trivsel/).selectOption({ label: 'Ekstra opmærksomhed' });
    await page.getByRole('button', { name: 'Tilføj videregivelse' }).click();
    await page.getByLabel('Hvad').fill('Overgangsskemaet');
    await page.getByLabel('Til hvem').fill('Engskolen');
    await page.getByText('Gemt').first().waitFor();
    await shot(page, 'overgang-skole-skema');
    await expectAccessible(page, 'overgang-skole-skema');
    await page.getByRole('link', { name: 'Plan og dagsorden' }).click();
    await plan.waitUntilShown();
  });

  step('the meeting keeps the seven læringskompetencer, barnets perspektiv and a decision', async () => {
    live = await plan.start();
    for (const n of ['Sofie Nørregaard', 'Peter Holm', 'Camilla Fredsø', 'Thomas Engholm']) await live.attendance(n, 'Til stede');
    await live.writeNotes('Forældrene fortæller, at Aksel glæder sig og allerede kan skrive sit navn.');
    await live.next();
    for (const [label, text] of competences) await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByLabel('Vedholdenhed', { exact: true }).blur();
    await page.getByText('Gemt').first().waitFor();
    await live.next();
    await page.getByLabel('Hvad glæder barnet sig til?').fill('At få en skoletaske og lære at læse.');
    await page.getByLabel('Hvad kan barnet være bekymret for?').fill('At han ikke kender nogen i klassen.');
    await page.getByLabel('Hvad kan barnet være bekymret for?').blur();
    await page.getByText('Gemt').first().waitFor();
    await live.next();
    await live.addDecision('Aksel besøger skolen to gange i marts sammen med en pædagog.');
    await shot(page, 'overgang-skole-afvikling');
    await expectAccessible(page, 'overgang-skole-afvikling');
  });

  step('the draft referat lists every competence and what the child looks forward to and worries about', async () => {
    referat = await live.end();
    await referat.generate();
    const text = await paperText(page);
    for (const [label, value] of competences) expect(text).toContain(`${label}: ${value}`);
    expect(text).toContain('Barnet glæder sig til: At få en skoletaske og lære at læse.');
    expect(text).toContain('Barnet er bekymret for: At han ikke kender nogen i klassen.');
    await shot(page, 'overgang-skole-referat');
  });

  step('the overgangsskema-referat is approved, signed and sealed', async () => {
    await referat.approve('Camilla Fredsø');
    await referat.signByDrawing(0);
    await referat.signByDrawing(1);
    await referat.signByTyping(2);
    await referat.seal();
    await shot(page, 'overgang-skole-underskrift');
    await expectAccessible(page, 'overgang-skole-underskrift');
  });

  step('the overgangsskema exported to Word holds the receiving school, the assessment and the child’s words', async () => {
    const skema = await exportVia(page, 'Overgangsskema (Word)');
    const skemaText = (await readDocx(readFileSync(skema))).paragraphs.join('\n');
    expect(skemaText).toContain('Engskolen, 0.B');
    expect(skemaText).toContain('Ekstra opmærksomhed');
    expect(skemaText).toContain('At få en skoletaske og lære at læse.');
  });

  step('the page threw no uncaught error along the way', async () => {
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the timer (fake clock) and autosave (backend killed mid-meeting)', () => {
  let app: AppProcess;
  let meetingId: string;
  beforeAll(async () => {
    app = await AppProcess.start('timer');
    await seedStaff(app);
    const m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
    meetingId = m.id;
    await api(app, 'meeting.start', { id: m.id, confirmOtherDay: true });
  });
  afterAll(async () => app?.stop());

  it('counts down against the time box and warns when the item overruns', async () => {
    const { page, context } = await openApp(browser, app, { clock: true });
    await page.goto(`${app.url}/#/moede/${meetingId}/afvikling`);
    const live = new LivePage(page);
    await live.waitUntilShown();
    await live.goTo(2); // „Opfølgning på børn fra sidste møde", 15 minutes
    await expect(live.timer.innerText()).resolves.toBe('15:00');
    // From here only the test moves the clock: on a loaded machine a real second could otherwise pass between steps.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.getByRole('button', { name: 'Start tid' }).click();
    await page.clock.fastForward('14:00');
    await expect(live.timer.innerText()).resolves.toBe('1:00');
    expect(await page.getByRole('alert').filter({ hasText: 'overskredet' }).count()).toBe(0);
    await page.clock.fastForward('02:30');
    await page.getByRole('alert').filter({ hasText: 'Punktet har overskredet sin tid med 1:30' }).waitFor();
    await expect(live.timer.innerText()).resolves.toBe('-1:30');
    expect(await live.timer.getAttribute('class')).toContain('over');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.fastForward('05:00');
    await expect(live.timer.innerText()).resolves.toBe('-1:30');
    const stored = await api(app, 'meeting.get', { id: meetingId });
    expect(stored.items[1]!.elapsedSeconds).toBe(990);
    await context.close();
  });

  it('keeps notes the indicator called „Gemt“ while the field still had focus, when the backend is killed right after', async () => {
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${meetingId}/afvikling`);
    const live = new LivePage(page);
    await live.waitUntilShown();
    await live.goTo(3);
    await page.getByLabel(/^Noter/).pressSequentially('Noter skrevet lige før strømmen gik.', { delay: 5 });
    // Without leaving the field: autosave runs shortly after typing stops (useAutosave, 400 ms), and the indicator
    // says so. No fixed bound here – a loaded machine may take longer to show it; what matters is that „Gemt“ is true.
    await live.notesSaved.waitFor();
    await app.restart();
    await page.goto(`${app.url}/#/moede/${meetingId}/afvikling`);
    await live.waitUntilShown();
    await live.goTo(3);
    await expect(page.getByLabel(/^Noter/).inputValue()).resolves.toBe('Noter skrevet lige før strømmen gik.');
    await context.close();
  });
});
