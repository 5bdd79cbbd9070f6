import type { Caller } from './scenarios';

/** E-mail addresses in the kommune's form (staff) or a private one (parents); the names are the fixture's (fictitious). */
export function emailOf(name: string, parent = false): string {
  const ascii = name
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z]+/g, '.');
  return `${ascii}@${parent ? 'privat.dk' : 'testkommune.dk'}`;
}

/** Gives every person in the directory except `without` an e-mail address: staff at the kommune, parents privately. */
export async function giveEmails(tc: Caller, without: string[] = []): Promise<void> {
  for (const p of await tc.call('person.list', {})) {
    if (without.includes(p.name)) continue;
    const { isSample: _sample, ...rest } = p;
    await tc.call('person.save', { ...rest, email: emailOf(p.name, p.role === 'foraelder') });
  }
}
