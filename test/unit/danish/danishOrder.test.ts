import { afterEach, describe, expect, it } from 'vitest';
import { compareDanish, sortDanish } from '../../../shared/format/danishOrder';
import { makeCore, type TestCore } from '../../helpers/core';

/** Names in the order a Danish reader expects: æ, ø, å after z, and „Aa" read as „Å". */
const DANISH_ORDER = ['Anders Bak', 'Bo Olsen', 'Zenia Holm', 'Æbbe Lund', 'Øjvind Krag', 'Åge Sørensen', 'Aase Mikkelsen'];
const shuffled = ['Aase Mikkelsen', 'Øjvind Krag', 'Zenia Holm', 'Åge Sørensen', 'Anders Bak', 'Æbbe Lund', 'Bo Olsen'];

let tc: TestCore | undefined;
afterEach(() => tc?.close());

describe('Danish alphabetical order', () => {
  it('puts æ, ø, å after z and „aa“ with å', () => {
    expect([...shuffled].sort(compareDanish)).toEqual(DANISH_ORDER);
    expect(sortDanish(shuffled.map((name) => ({ name })), (r) => r.name).map((r) => r.name)).toEqual(DANISH_ORDER);
  });

  it('lists children in Danish order (not byte order, where Å came before Æ and „Aase“ first)', async () => {
    tc = makeCore();
    for (const name of shuffled) {
      await tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    }
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(DANISH_ORDER);
  });

  it('lists people (the source of every person picker) and a child’s parents in Danish order', async () => {
    tc = makeCore();
    for (const name of shuffled) {
      await tc.call('person.save', { name, initials: name.slice(0, 2), role: 'paedagog', organisation: '', authority: '', email: '', phone: '', authorityRole: null });
    }
    expect((await tc.call('person.list', {})).map((p) => p.name)).toEqual(DANISH_ORDER);
    const child = await tc.call('child.save', { name: 'Villads Kragelund', birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
    for (const name of ['Åse Kragelund', 'Aase Kragelund', 'Ørn Kragelund']) await tc.call('child.addGuardian', { childId: child.id, name, initials: name.slice(0, 2), custody: true });
    expect((await tc.call('child.get', { id: child.id })).guardians.map((g) => g.name)).toEqual(['Ørn Kragelund', 'Åse Kragelund', 'Aase Kragelund']);
  });

  it('proposes the first dagtilbudsleder in Danish order for a new meeting', async () => {
    tc = makeCore();
    for (const name of ['Aase Mikkelsen', 'Åge Sørensen', 'Øjvind Krag']) {
      await tc.call('person.save', { name, initials: name.slice(0, 2), role: 'dagtilbudsleder', organisation: '', authority: '', email: '', phone: '', authorityRole: null });
    }
    const m = await tc.call('meeting.create', { templateId: 'ressourceteammoede', date: '2026-11-23', startTime: '12:30' });
    expect(m.participants.find((p) => p.role === 'dagtilbudsleder')?.name).toBe('Øjvind Krag');
  });
});
