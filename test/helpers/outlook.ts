import type { TestCore } from './core';
import type { Seeded } from './fixtures';

/** Staff e-mail addresses in the kommune's form; the names are the fixture's (fictitious). */
export function emailOf(name: string): string {
  const ascii = name
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z]+/g, '.');
  return `${ascii}@testkommune.dk`;
}

/** Gives every fixture person except `without` an e-mail address, and the custody holders one too. */
export async function giveEmails(tc: Pick<TestCore, 'call'>, s: Seeded, without: string[] = []): Promise<void> {
  for (const p of Object.values(s.people)) {
    if (without.includes(p.name)) continue;
    const { isSample: _sample, ...rest } = p;
    await tc.call('person.save', { ...rest, email: emailOf(p.name) });
  }
  for (const c of Object.values(s.children)) {
    const child = await tc.call('child.get', { id: c.id });
    for (const g of child.guardians) {
      if (without.includes(g.name)) continue;
      const person = (await tc.call('person.list', {})).find((p) => p.id === g.personId)!;
      const { isSample: _sample, ...rest } = person;
      await tc.call('person.save', { ...rest, email: emailOf(g.name).replace('@testkommune.dk', '@privat.dk') });
    }
  }
}
