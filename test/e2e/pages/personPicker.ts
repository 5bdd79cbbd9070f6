import type { Locator, Page } from 'playwright-core';

/**
 * Chooses a person with the person picker (`person.search`, issue 16 item 6) as a user does: types the name into the
 * combobox labelled `label` inside `scope` and clicks the first option that starts with it.
 */
export async function choosePerson(scope: Page | Locator, name: string, label = 'Person'): Promise<void> {
  const picker = scope.getByRole('combobox', { name: label, exact: true });
  await picker.fill(name);
  await scope.getByRole('listbox', { name: label, exact: true }).getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
}
