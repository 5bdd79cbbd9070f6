import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, caller, seedChild, seedConsent, seedStaff } from './api';
import { afterCall, AppProcess, UNTIL_SHOWN, expectAccessible, launchBrowser, openApp, pageErrors, shot } from './harness';
import { LivePage } from './pages/MeetingPages';
import { choosePerson } from './pages/personPicker';
import { dialogMeeting } from '../helpers/scenarios';
import type { Seeded } from '../helpers/fixtures';

/** Issue 11 in real Chromium: choosing creates nothing, escalation has no default basis, follow-ups show the child. */

let browser: Browser;
let app: AppProcess;
let s: Seeded;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppProcess.start('optegnelse');
  const people = await seedStaff(app);
  const malik = await seedChild(app, 'malik', true);
  const aksel = await seedChild(app, 'aksel');
  const freja = await seedChild(app, 'freja');
  await seedConsent(app, aksel);
  await seedConsent(app, freja);
  s = { people: Object.fromEntries(Object.entries(people).map(([k, id]) => [k, { id }])), children: { malik: { id: malik }, aksel: { id: aksel }, freja: { id: freja } } } as unknown as Seeded;
});
afterAll(async () => {
  await app?.stop();
  await browser?.close();
});

describe('„Udfald for barnet" with the keyboard', () => {
  it('moving through the outcomes creates nothing; the proposal is shown and only „Opret" creates one follow-up', async () => {
    let m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-07', startTime: '12:30', series: { count: 2, weeks: 4 } });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await api(app, 'item.update', { id: slot.id, patch: { childId: s.children.freja.id } });
    m = await api(app, 'meeting.start', { id: m.id, confirmOtherDay: true });
    for (const p of m.participants) await api(app, 'participant.update', { id: p.id, attendance: p.personId === s.people.psykolog.id ? 'afbud' : 'til_stede' });
    const position = m.items.findIndex((i) => i.id === slot.id) + 1;

    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${m.id}/afvikling`);
    const live = new LivePage(page);
    await live.waitUntilShown();
    await live.goTo(position);
    const select = page.getByLabel('Udfald for barnet');
    await select.focus();
    const proposal = page.getByTestId('outcome-proposal');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      // Each arrow key is a choice the core answers; the select then shows the stored outcome.
      const before = await select.inputValue();
      await afterCall(page, 'item.update', () => page.keyboard.press('ArrowDown'));
      await expect.poll(() => select.inputValue(), UNTIL_SHOWN).not.toBe(before);
      const value = await select.inputValue();
      seen.push(value);
      if (value !== 'afsluttet') await proposal.getByText('Forslag – intet er oprettet endnu').waitFor();
    }
    expect(new Set(seen).size).toBeGreaterThanOrEqual(4);
    // Nothing was created: no follow-up, no netværksmøde, nothing in the audit log about outcomes.
    expect((await api(app, 'followup.list', { scope: 'alle', includeClosed: true })).items.filter((f) => f.meetingId === m.id)).toEqual([]);
    expect((await api(app, 'meeting.list', { filter: 'alle', childId: s.children.freja.id })).filter((x) => x.templateId === 'netvaerksmoede')).toEqual([]);
    expect((await api(app, 'audit.list', { limit: 1000 })).entries.filter((e) => e.action.startsWith('outcome.'))).toEqual([]);

    await select.selectOption({ label: 'Følg op på næste møde' });
    await proposal.getByText('Næste møde i serien').waitFor();
    await expect(proposal.innerText()).resolves.toMatch(/4\. januar 2027[\s\S]*Dagtilbudsleder, som er med på mødet/);
    await expect(proposal.getByLabel('Hvem følger op').locator('option:checked').innerText()).resolves.toBe('Birgitte Skovmose (BSk)');
    await shot(page, 'udfald-forslag');
    await expectAccessible(page, 'udfald-forslag');

    await proposal.getByRole('button', { name: 'Opret opfølgningen' }).click();
    await page.getByText('(BSk følger op) Barnet drøftes igen på næste møde – senest 4. januar 2027').waitFor();
    await page.getByRole('button', { name: /^Fortryd: Barnet drøftes igen/ }).waitFor();
    expect((await api(app, 'followup.list', { scope: 'alle', includeClosed: true })).items.filter((f) => f.meetingId === m.id)).toHaveLength(1);
    await shot(page, 'udfald-bekraeftet');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('„Eskalér til netværksmøde"', () => {
  it('has no basis pre-selected; the chosen basis is what the dispatch records', async () => {
    const dm = await dialogMeeting(caller(app), s);
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${dm}/referat`);
    await page.getByRole('heading', { name: 'Eskalér til netværksmøde' }).waitFor();
    const radios = page.getByRole('group', { name: 'Grundlag' }).getByRole('radio');
    await expect(radios.count()).resolves.toBe(2);
    for (let i = 0; i < 2; i++) await expect(radios.nth(i).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Opret netværksmøde' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Familieafdeling', { exact: true }).fill('Familieafdelingen, Testkommune');
    await page.getByRole('heading', { name: 'Eskalér til netværksmøde' }).scrollIntoViewIfNeeded();
    await shot(page, 'eskalering-grundlag');
    await expectAccessible(page, 'eskalering-grundlag');

    await page.getByLabel(/Aftale med forældrene/).check();
    await page.getByRole('button', { name: 'Opret netværksmøde' }).click();
    await page.getByText('Eskaleret fra et dialogmøde.').waitFor();
    const c = await api(app, 'child.case', { id: s.children.malik.id });
    expect(c.dispatches.find((d) => d.recipient === 'Familieafdelingen, Testkommune')?.basis).toBe('aftale_med_foraeldrene');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('„Mine opfølgninger"', () => {
  it('shows the child, or „Anonymt barn", and the meeting; lower-case initials reach the person', async () => {
    let m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2026-12-09', startTime: '12:30' });
    const slot = m.items.find((i) => i.kind === 'barn')!;
    await api(app, 'item.update', { id: slot.id, patch: { childId: s.children.aksel.id } });
    m = await api(app, 'item.add', { meetingId: m.id, kind: 'anonym', anonLabel: 'Pige, 3 år' });
    const anon = m.items.find((i) => i.kind === 'anonym')!;
    const opf = m.items.find((i) => i.key === 'opfoelgning')!;
    await api(app, 'followup.add', { itemId: slot.id, ownerPersonId: null, ownerInitials: 'bsk', text: 'Ring til Aksels forældre', dueDate: '2026-12-15' });
    await api(app, 'followup.add', { itemId: anon.id, ownerPersonId: null, ownerInitials: 'BSK', text: 'Tal med stuen om legen', dueDate: '2026-12-16' });
    await api(app, 'followup.add', { itemId: opf.id, ownerPersonId: null, ownerInitials: 'bSk', text: 'Bestil lokale til næste møde', dueDate: '2026-12-17' });
    const { page, context } = await openApp(browser, app);
    await page.getByRole('link', { name: 'Opfølgninger' }).click();
    const table = page.getByRole('table', { name: 'Opfølgninger' });
    await table.getByText('Ring til Aksels forældre').waitFor();
    const row = (text: string) => table.locator('tbody tr').filter({ hasText: text });
    await expect(row('Ring til Aksels forældre').innerText()).resolves.toMatch(/Aksel Nørregaard Holm[\s\S]*Ressourceteammøde, 9\. december 2026/);
    await expect(row('Tal med stuen om legen').innerText()).resolves.toMatch(/Anonymt barn/);
    await expect(row('Tal med stuen om legen').innerText()).resolves.not.toMatch(/Pige/);
    await expect(table.locator('thead').innerText()).resolves.toMatch(/Barn/);
    await shot(page, 'opfoelgninger-barn');
    await expectAccessible(page, 'opfoelgninger-barn');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the participant picker for a child’s meeting', () => {
  it('offers the child’s custody holders first, in a group of their own', async () => {
    let m = await api(app, 'meeting.create', { templateId: 'dialogmoede', date: '2026-12-11', startTime: '09:00', childId: s.children.malik.id });
    const emma = m.participants.find((p) => p.role === 'foraelder')!;
    m = await api(app, 'participant.remove', { id: emma.id });
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${m.id}`);
    // The person picker asks the core (person.search) and shows the child's custody holders first, in their own group.
    const picker = page.getByRole('combobox', { name: 'Person', exact: true });
    await picker.click();
    const list = page.getByRole('listbox', { name: 'Person', exact: true });
    const first = list.getByRole('group').first();
    await first.getByRole('option').first().waitFor();
    await expect(first.locator('.picker-group').textContent()).resolves.toBe('Forældremyndighed');
    await expect(first.getByRole('option').first().innerText()).resolves.toMatch(/^Emma Bjerregaard/);
    await shot(page, 'deltager-vaelger', { fullPage: false });
    // Other people follow in a group of their own, so a parent of another child is not taken for the child's own.
    await expect(list.getByRole('group').last().locator('.picker-group').textContent()).resolves.toBe('Øvrige personer');
    await context.close();
  });
});

describe('the consent form (item 5 and „Til hvem")', () => {
  it('participants are chosen as people or roles; „Til hvem" follows the purpose', async () => {
    const child = s.children.aksel.id;
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/barn/${child}`);
    await page.getByRole('tab', { name: 'Samtykke' }).click();
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    const dialog = page.getByRole('dialog');
    // „Til hvem" starts from the purpose, and changes with it.
    await expect(dialog.getByLabel('Slags modtager').locator('option').allInnerTexts()).resolves.toEqual(['Deltagerne i det tværfaglige møde']);
    await expect(dialog.getByLabel('Til hvem', { exact: true }).inputValue()).resolves.toBe('Ressourceteamet');
    await dialog.getByLabel('Formål', { exact: true }).selectOption({ label: 'Overlevering ved overgang (dagtilbud, skole)' });
    await expect(dialog.getByLabel('Slags modtager').locator('option').allInnerTexts()).resolves.toEqual(['Den modtagende skole eller det modtagende dagtilbud']);
    await dialog.getByLabel('Formål', { exact: true }).selectOption({ label: 'Drøftelse på tværfagligt møde (fx ressourceteam)' });
    await expect(dialog.getByLabel('Til hvem', { exact: true }).inputValue()).resolves.toBe('Ressourceteamet');

    // Choosing a person in the picker adds it to the list (person.search: the child's custody holders first).
    await choosePerson(dialog, 'Karim Østergaard');
    for (const role of ['Dagtilbudsleder', 'PPR-psykolog', 'Sundhedsplejerske']) {
      await dialog.getByLabel('Rolle', { exact: true }).selectOption({ label: role });
      await dialog.getByRole('button', { name: 'Tilføj rolle' }).click();
    }
    const chosen = dialog.getByRole('list', { name: 'Deltagere, forældrene fik at vide' });
    await expect(chosen.innerText()).resolves.toMatch(/Karim Østergaard[\s\S]*Dagtilbudsleder \(rolle\)[\s\S]*PPR-psykolog \(rolle\)[\s\S]*Sundhedsplejerske \(rolle\)/);
    await dialog.getByRole('group', { name: 'Deltagere, forældrene fik at vide' }).scrollIntoViewIfNeeded();
    await shot(page, 'samtykke-deltagere');
    await expectAccessible(page, 'samtykke-deltagere');

    await dialog.getByRole('button', { name: 'Registrér samtykke' }).click();
    await page.getByText('Deltagere vist: Karim Østergaard, Dagtilbudsleder (rolle), PPR-psykolog (rolle), Sundhedsplejerske (rolle)').first().waitFor();
    const stored = (await api(app, 'child.case', { id: child })).consents[0]!;
    expect(stored.participants.map((p) => [p.kind, p.personId ?? p.role])).toEqual([
      ['person', s.people.raadgiver.id],
      ['role', 'dagtilbudsleder'],
      ['role', 'ppr_psykolog'],
      ['role', 'sundhedsplejerske'],
    ]);
    expect(stored.recipients).toEqual([{ kind: 'moedets_deltagere', name: 'Ressourceteamet', authority: '' }]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('starting a meeting on another day than planned (item 7)', () => {
  it('the chair is warned with both dates and confirms; the meeting then carries the real date', async () => {
    const m = await api(app, 'meeting.create', { templateId: 'ressourceteammoede', date: '2027-02-01', startTime: '12:30' });
    expect(m.startOtherDay).toMatch(/^Mødet er planlagt til 1\. februar 2027, men i dag er det /);
    const { page, context } = await openApp(browser, app);
    await page.goto(`${app.url}/#/moede/${m.id}`);
    await page.getByRole('button', { name: 'Start mødet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mødet starter på en anden dag end planlagt' });
    await expect(dialog.innerText()).resolves.toMatch(/planlagt til 1\. februar 2027, men i dag er det \d+\. \p{L}+ \d{4}\. Starter du mødet nu/u);
    await shot(page, 'start-anden-dag');
    await expectAccessible(page, 'start-anden-dag');
    // Nothing happened yet.
    expect((await api(app, 'meeting.get', { id: m.id })).status).toBe('planlagt');
    await dialog.getByRole('button', { name: 'Start mødet i dag' }).click();
    await page.getByRole('heading', { name: 'Fremmøde' }).waitFor();
    const held = await api(app, 'meeting.get', { id: m.id });
    expect(held.status).toBe('i_gang');
    expect(held.plannedDate).toBe('2027-02-01');
    expect(held.date).not.toBe('2027-02-01');
    await page.getByText(/Planlagt til 1\. februar 2027 – afholdt /).first().waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
