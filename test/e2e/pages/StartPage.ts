import type { Locator, Page } from 'playwright-core';

export class StartPage {
  readonly heading: Locator;
  readonly emptyState: Locator;
  readonly newMeetingButtons: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.emptyState = page.getByRole('heading', { name: 'Der er ingen møder endnu' });
    this.newMeetingButtons = page.getByRole('link', { name: 'Nyt møde' });
  }
  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
  }
  async open(): Promise<void> {
    await this.page.goto(new URL('#/', this.page.url()).toString());
    await this.waitUntilShown();
  }
  meetingRow(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }
}
