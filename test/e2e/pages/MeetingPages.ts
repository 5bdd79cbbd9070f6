import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { afterCall, UNTIL_SHOWN } from '../harness';
import { choosePerson } from './personPicker';

/** „Nyt møde": choose a template, fill in time and place, create. */
export class NewMeetingPage {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nyt møde' }).first().click();
    await this.page.getByRole('heading', { name: 'Nyt møde', level: 1 }).waitFor();
  }
  async chooseTemplate(label: RegExp | string): Promise<void> {
    await this.page.getByRole('region', { name: 'Mødeform', exact: true }).getByRole('button').filter({ hasText: label }).first().click();
    await this.page.getByLabel('Dato').waitFor();
  }
  async fill(opts: { date: string; start: string; child?: string; place?: string }): Promise<void> {
    await this.page.getByLabel('Dato').fill(opts.date);
    await this.page.getByLabel('Starttid').fill(opts.start);
    if (opts.place !== undefined) await this.page.getByLabel('Sted').fill(opts.place);
    if (opts.child) {
      const select = this.page.getByLabel('Barn', { exact: true });
      const value = await select.locator('option', { hasText: opts.child }).first().getAttribute('value');
      await select.selectOption(value!);
    }
  }
  async create(): Promise<MeetingPlanPage> {
    await this.page.getByRole('button', { name: 'Opret møde' }).click();
    const plan = new MeetingPlanPage(this.page);
    await plan.waitUntilShown();
    return plan;
  }
}

export class MeetingPlanPage {
  constructor(readonly page: Page) {}
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Dagsorden' }).waitFor();
  }
  item(n: number): Locator {
    return this.page.getByTestId(`punkt-${n}`);
  }
  /** Every item on the agenda, in order. */
  get items(): Locator {
    return this.page.getByTestId(/^punkt-\d+$/);
  }
  /** Chooses the child of item `n` and waits until the item shows that child (the select follows what the core stored). */
  async setItemChild(n: number, childName: string): Promise<void> {
    const select = this.item(n).getByLabel('Barn', { exact: true });
    const option = await select.locator('option', { hasText: childName }).first().getAttribute('value');
    await select.selectOption(option!);
    // The core's answer is in when the select shows the child (chosen, or held beside the consent refusal).
    await select.locator('option:checked', { hasText: childName }).waitFor({ state: 'attached' });
  }
  /** Adds an item of the given kind and waits until the agenda shows one item more. */
  async addItem(kindLabel: string, opts: { block02?: boolean } = {}): Promise<void> {
    const before = await this.items.count();
    await this.page.getByLabel('Type').selectOption({ label: kindLabel });
    if (opts.block02) await this.page.getByLabel('Reserveret tid til 0–2-årige').check();
    await this.page.getByRole('button', { name: 'Tilføj punkt' }).click();
    await expect.poll(() => this.items.count(), UNTIL_SHOWN).toBe(before + 1);
  }
  /** „Fjern" on item `n`; waits until the agenda shows one item fewer. */
  async removeItem(n: number): Promise<void> {
    const before = await this.items.count();
    await this.item(n).getByRole('button', { name: /Fjern punkt/ }).click();
    await expect.poll(() => this.items.count(), UNTIL_SHOWN).toBe(before - 1);
  }
  /** Types the anonymous label of item `n` and leaves the field, which saves it; waits for the core's answer. */
  async setAnonLabel(n: number, label: string): Promise<void> {
    const input = this.item(n).getByLabel(/Anonym betegnelse/);
    await input.fill(label);
    await afterCall(this.page, 'item.update', () => input.blur());
    await expect.poll(() => input.inputValue(), UNTIL_SHOWN).toBe(label);
  }
  async addParticipant(name: string, opts: { role?: string; guestItem?: number } = {}): Promise<void> {
    // The person picker (person.search): type the name, choose the match.
    await choosePerson(this.page, name);
    await this.page.getByTestId('valgt-person').filter({ hasText: name }).waitFor();
    if (opts.role) await this.page.getByLabel('Rolle i mødet').selectOption({ label: opts.role });
    if (opts.guestItem) {
      const guest = this.page.getByLabel('Deltager kun i punkt');
      const gv = await guest.locator('option').nth(opts.guestItem).getAttribute('value');
      await guest.selectOption(gv!);
    }
    await this.page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await this.page.getByText(name).first().waitFor();
  }
  /** Ticks a box about the meeting (it shows the tick at once) and waits until the core has stored it. */
  async check(label: string): Promise<void> {
    const box = this.page.getByLabel(label);
    await afterCall(this.page, 'meeting.update', () => box.check());
    await expect.poll(() => box.isChecked(), UNTIL_SHOWN).toBe(true);
  }
  async start(): Promise<LivePage> {
    await this.page.getByRole('button', { name: 'Start mødet' }).click();
    const live = new LivePage(this.page);
    await live.waitUntilShown();
    return live;
  }
}

export class LivePage {
  constructor(readonly page: Page) {}
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Fremmøde' }).waitFor();
  }
  get timer(): Locator {
    return this.page.getByTestId('timer');
  }
  async attendance(name: string, status: 'Til stede' | 'Afbud' | 'Fraværende'): Promise<void> {
    await this.page.getByRole('group', { name: `Fremmøde for ${name}` }).getByRole('button', { name: status }).click();
    await this.page.getByRole('group', { name: `Fremmøde for ${name}` }).getByRole('button', { name: status, pressed: true }).waitFor();
  }
  /** The agenda beside the current item: one button per item, the current one marked `aria-current="step"`. */
  get agendaItems(): Locator {
    return this.page.getByRole('region', { name: 'Dagsorden', exact: true }).getByRole('button');
  }
  async goTo(n: number): Promise<void> {
    await this.agendaItems.nth(n - 1).click();
    await this.agendaItems.nth(n - 1).and(this.page.locator('[aria-current="step"]')).waitFor();
    await this.page.getByText(new RegExp(`^Punkt ${n} af \\d+`)).waitFor();
  }
  async next(): Promise<void> {
    const buttons = this.agendaItems;
    const count = await buttons.count();
    let current = 0;
    for (let i = 0; i < count; i++) if ((await buttons.nth(i).getAttribute('aria-current')) === 'step') current = i;
    await this.page.getByRole('button', { name: 'Næste punkt' }).click();
    await buttons.nth(current + 1).and(this.page.locator('[aria-current="step"]')).waitFor();
    await this.page.getByText(`Punkt ${current + 2} af ${count}`).waitFor();
  }
  /** Types the item's notes and waits for autosave: the notes' indicator says „Gemt". */
  async writeNotes(text: string): Promise<void> {
    const notes = this.page.getByLabel(/^Noter/);
    await afterCall(this.page, 'item.update', () => notes.fill(text));
    await this.notesSaved.waitFor();
  }
  /** The notes field, found by its label once that label's save indicator reads „Gemt". */
  get notesSaved(): Locator {
    return this.page.getByLabel(/^Noter\s*Gemt$/);
  }
  async addDecision(text: string): Promise<void> {
    await this.page.getByLabel('Ny beslutning').fill(text);
    await this.page.getByRole('button', { name: 'Tilføj beslutning' }).click();
    await this.page.getByText(`– ${text}`).waitFor();
  }
  async addFollowup(who: string, what: string, when?: string): Promise<void> {
    await this.page.getByLabel('Hvem (initialer)', { exact: true }).fill(who);
    await this.page.getByLabel('Hvad', { exact: true }).fill(what);
    if (when) await this.page.getByLabel('Hvornår', { exact: true }).fill(when);
    await this.page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
    await this.page.getByText(`(${who} følger op) ${what}`).waitFor();
  }
  /** Chooses the child's outcome and waits until the select shows it as stored by the core. */
  async outcome(label: string): Promise<void> {
    const select = this.page.getByLabel('Udfald for barnet');
    let chosen: string[] = [];
    await afterCall(this.page, 'item.update', async () => {
      chosen = await select.selectOption({ label });
    });
    await expect.poll(() => select.inputValue(), UNTIL_SHOWN).toBe(chosen[0]);
  }
  async end(): Promise<ReferatPage> {
    await this.page.getByRole('button', { name: 'Afslut mødet' }).first().click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Afslut mødet' }).click();
    const r = new ReferatPage(this.page);
    await this.page.getByRole('heading', { name: 'Der er ikke lavet et referat endnu.' }).waitFor();
    return r;
  }
}

export class ReferatPage {
  constructor(readonly page: Page) {}
  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lav referat ud fra mødet' }).click();
    await this.page.getByRole('button', { name: 'Godkend referatet' }).waitFor();
  }
  async approve(by: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Godkend referatet' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Godkendt af').fill(by);
    await dialog.getByRole('button', { name: 'Godkend referatet' }).click();
    await this.page.getByRole('heading', { name: 'Underskrifter' }).waitFor();
  }
  signRow(index: number): Locator {
    return this.page.getByRole('heading', { name: 'Underskrifter' }).locator('..').getByRole('row').nth(index);
  }
  /** Draws a signature with the mouse, as a signer would with a pen or finger. */
  async signByDrawing(rowIndex: number, name?: string): Promise<void> {
    await this.signRow(rowIndex).getByRole('button', { name: 'Underskriv' }).click();
    const dialog = this.page.getByRole('dialog');
    if (name) await dialog.getByLabel('Navn').fill(name);
    const pad = dialog.getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    await this.page.mouse.move(box.x + 30, box.y + box.height * 0.6);
    await this.page.mouse.down();
    for (let i = 0; i <= 24; i++) {
      await this.page.mouse.move(box.x + 30 + i * 14, box.y + box.height * (0.6 - 0.25 * Math.sin(i / 2.5)));
    }
    await this.page.mouse.up();
    await dialog.getByRole('button', { name: 'Gem underskrift' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  async signByTyping(rowIndex: number, name?: string): Promise<void> {
    await this.signRow(rowIndex).getByRole('button', { name: 'Underskriv' }).click();
    const dialog = this.page.getByRole('dialog');
    if (name) await dialog.getByLabel('Navn').fill(name);
    await dialog.getByLabel('Skriv navn i stedet for at tegne').check();
    await dialog.getByRole('button', { name: 'Gem underskrift' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  async seal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lås og forsegl referatet' }).click();
    // Sealing asks first: it cannot be undone, only corrected by a new version.
    const confirm = this.page.getByRole('dialog', { name: 'Lås og forsegl referatet' });
    await confirm.getByText(/Vil du låse og forsegle referatet nu\?/).waitFor();
    await confirm.getByRole('button', { name: 'Lås og forsegl referatet' }).click();
    await this.page.getByText(/Forseglet .* Segl:/).waitFor();
  }
}
