import { afterEach, describe, expect, it } from 'vitest';
import { sortDanish } from '../../../shared/format/danishOrder';
import type { PersonHit, PersonSearchIn } from '../../../shared/schemas/person';
import { makeCore, type TestCore } from '../../helpers/core';
import { seedFixture, type Seeded } from '../../helpers/fixtures';

let tc: TestCore | undefined;
afterEach(() => tc?.close());

async function seeded(): Promise<{ tc: TestCore; s: Seeded }> {
  tc = makeCore();
  return { tc, s: await seedFixture(tc) };
}

const names = (hits: readonly PersonHit[]) => hits.map((h) => h.name);

/** Every page of a search, followed by its cursor. */
async function allPages(t: TestCore, input: PersonSearchIn): Promise<PersonHit[][]> {
  const pages: PersonHit[][] = [];
  let after: PersonSearchIn['after'] | undefined = null;
  do {
    const r: { people: PersonHit[]; next: PersonSearchIn['after'] } = await t.call('person.search', { ...input, after });
    pages.push(r.people);
    after = r.next;
  } while (after && pages.length < 100);
  return pages;
}

async function addPerson(t: TestCore, name: string, role = 'paedagog', organisation = '') {
  return t.call('person.save', { name, initials: name.split(' ').map((w) => w[0]).join(''), role: role as 'paedagog', organisation, authority: '', email: '', phone: '', authorityRole: null });
}

describe('person.search', () => {
  it('pages through everybody in Danish order (æ, ø, å after z, „Aa“ as Å) without gaps or repeats', async () => {
    tc = makeCore();
    for (const name of ['Aase Mikkelsen', 'Øjvind Krag', 'Zenia Holm', 'Åge Sørensen', 'Anders Bak', 'Æbbe Lund', 'Bo Olsen', 'Émile Dubois']) await addPerson(tc, name);
    const pages = await allPages(tc, { q: '', limit: 3 });
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(names(pages.flat())).toEqual(['Anders Bak', 'Bo Olsen', 'Émile Dubois', 'Zenia Holm', 'Æbbe Lund', 'Øjvind Krag', 'Åge Sørensen', 'Aase Mikkelsen']);
    expect(names(pages.flat())).toEqual(sortDanish(await tc.call('person.list', {}), (p) => p.name).map((p) => p.name));
    expect(pages.flat().every((h) => h.relation === null)).toBe(true);
  });

  it('matches the start of any word of the name, the initials, the workplace and the role, Danish-aware and case-blind', async () => {
    const { tc } = await seeded();
    await addPerson(tc, 'Zoë Ünal-Åberg', 'paedagog', 'Børnehuset Mælkebøtten');
    const find = async (q: string) => names((await tc.call('person.search', { q })).people);
    expect(await find('øst')).toEqual(['Karim Østergaard']);
    expect(await find('ØSTER')).toEqual(['Karim Østergaard']);
    expect(await find('Østergård')).toEqual(['Karim Østergaard']);
    expect(await find('karim ø')).toEqual(['Karim Østergaard']);
    expect(await find('kø')).toEqual(['Karim Østergaard']);
    expect(await find('gaard')).toEqual([]);
    expect(await find('zoe')).toEqual(['Zoë Ünal-Åberg']);
    expect(await find('unal')).toEqual(['Zoë Ünal-Åberg']);
    expect(await find('A\u030Aberg')).toEqual(['Zoë Ünal-Åberg']);
    expect(await find('aaberg')).toEqual([]);
    expect(await find('mælke')).toEqual(['Zoë Ünal-Åberg']);
    expect(await find('MÆLKEBØTTEN zo')).toEqual(['Zoë Ünal-Åberg']);
    expect(await find('sundhed')).toEqual(['Ida Mørkhøj']);
    expect(await find('ppr')).toEqual(['Henriette van Dalen']);
    expect(await find('van d')).toEqual(['Henriette van Dalen']);
    expect(await find('Bøgh')).toEqual(['Lene Bøgh Dalsgaard']);
    expect(await find('nobody')).toEqual([]);
    expect(await find('  ,  ')).toEqual(names((await tc.call('person.search', { q: '' })).people));
  });

  it('puts the meeting’s own people first, then the child’s custody holders, then the rest – once each, over every page', async () => {
    const { tc, s } = await seeded();
    const stepfather = await tc.call('child.addGuardian', { childId: s.children.aksel.id, name: 'Ulrik Nørregaard', initials: 'UN', custody: false });
    const m = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00', childId: s.children.aksel.id });
    for (const p of m.participants) await tc.call('participant.remove', { id: p.id });
    await tc.call('participant.add', { meetingId: m.id, personId: s.people.sundhed.id, role: 'sundhedsplejerske' });
    await tc.call('participant.add', { meetingId: m.id, personId: s.people.raadgiver.id, role: 'distriktsraadgiver' });

    const first = (await tc.call('person.search', { q: '', meetingId: m.id, limit: 5 })).people;
    expect(first.map((h) => [h.name, h.relation])).toEqual([
      ['Ida Mørkhøj', 'deltager'],
      ['Karim Østergaard', 'deltager'],
      ['Peter Holm', 'forældremyndighed'],
      ['Sofie Nørregaard', 'forældremyndighed'],
      ['Anders Fjordside', null],
    ]);
    expect(stepfather.guardians.find((g) => g.name === 'Ulrik Nørregaard')?.custody).toBe(false);

    const pages = await allPages(tc, { q: '', meetingId: m.id, limit: 5 });
    const all = names(pages.flat());
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe((await tc.call('person.list', {})).length);
    expect(all.slice(4)).toEqual(names(sortDanish(pages.flat().slice(4), (h) => h.name)));

    // A query narrows the related people too; the child given directly gives its custody holders.
    expect((await tc.call('person.search', { q: 'holm', meetingId: m.id })).people.map((h) => [h.name, h.relation])).toEqual([['Peter Holm', 'forældremyndighed']]);
    const forFreja = (await tc.call('person.search', { q: '', childId: s.children.freja.id, limit: 2 })).people;
    expect(forFreja.map((h) => [h.name, h.relation])).toEqual([['Nadia Vestergaard', 'forældremyndighed'], ['Anders Fjordside', null]]);
  });

  it('starts the rest on the next page when the related people fill the first', async () => {
    const { tc, s } = await seeded();
    const first = await tc.call('person.search', { q: '', childId: s.children.aksel.id, limit: 1 });
    expect(first.people.map((h) => h.relation)).toEqual(['forældremyndighed', 'forældremyndighed']);
    expect(first.next).not.toBeNull();
    const second = await tc.call('person.search', { q: '', childId: s.children.aksel.id, limit: 1, after: first.next });
    expect(names(second.people)).toEqual(['Anders Fjordside']);
  });

  it('filters by kind as the screens pick: professionals, parents, the private network', async () => {
    const { tc } = await seeded();
    await addPerson(tc, 'Mormor Kirsten', 'netvaerk');
    const kinds = async (k: ('fagperson' | 'foraelder' | 'netvaerk')[]) => (await tc.call('person.search', { q: '', kinds: k, limit: 50 })).people;
    expect(names(await kinds(['foraelder']))).toEqual(['Emma Bjerregaard', 'Nadia Vestergaard', 'Peter Holm', 'Sofie Nørregaard']);
    expect(names(await kinds(['netvaerk']))).toEqual(['Mormor Kirsten']);
    const pros = await kinds(['fagperson']);
    expect(pros).toHaveLength(12);
    expect(pros.some((p) => p.role === 'foraelder' || p.role === 'netvaerk')).toBe(false);
    expect(await kinds(['foraelder', 'netvaerk'])).toHaveLength(5);
  });

  it('is a query: writes nothing and raises no data.changed', async () => {
    const { tc, s } = await seeded();
    const m = await tc.call('meeting.create', { templateId: 'fokusteammoede', date: '2026-12-10', startTime: '13:00', childId: s.children.aksel.id });
    tc.events.length = 0;
    const changes = () => (tc.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = changes();
    await tc.call('person.search', { q: 'ka', meetingId: m.id });
    await tc.call('person.search', { q: '', childId: s.children.aksel.id, kinds: ['foraelder'] });
    expect(changes()).toBe(before);
    expect(tc.events).toEqual([]);
  });

  it('refuses a page too large or an unknown meeting or child with a Danish message, and keeps the directory', async () => {
    const { tc } = await seeded();
    const big = await tc.raw('person.search', { q: '', limit: 51 });
    expect(big).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'limit' } });
    expect(await tc.raw('person.search', { q: '', limit: 0 })).toMatchObject({ ok: false, error: { field: 'limit' } });
    expect(await tc.raw('person.search', { q: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { field: 'q' } });
    expect(await tc.raw('person.search', { q: '', meetingId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Mødet/) } });
    expect(await tc.raw('person.search', { q: '', childId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Barnet/) } });
    for (let i = 0; i < 10; i++) await addPerson(tc, `Vikar ${String.fromCharCode(65 + i)}`);
    const plain = await tc.call('person.search', {} as PersonSearchIn);
    expect(plain.people).toHaveLength(20);
    expect(plain.next).not.toBeNull();
  });

  it('finds the same people by either plan: a rare word read from the index, a common one by walking in Danish order', async () => {
    tc = makeCore();
    const first = ['Anna', 'Bent', 'Carl', 'Dorte', 'Erik', 'Frida', 'Gustav', 'Hanne', 'Ib', 'Jens', 'Karen', 'Lars', 'Maja', 'Niels', 'Ole', 'Pia', 'Rikke', 'Søren', 'Tove', 'Ulla', 'Vibeke', 'Åse', 'Ægir', 'Ørnulf'];
    const last = ['Andersen', 'Berg', 'Christensen', 'Dahl', 'Eskildsen', 'Friis', 'Gregersen', 'Holm', 'Iversen', 'Juhl', 'Kragh', 'Larsen', 'Madsen', 'Nielsen', 'Olsen', 'Aagaard', 'Østergaard', 'Ærø', 'Kastrup', 'Kjær', 'Kaas', 'Kirk', 'Kvist', 'Kold', 'Krogh'];
    // Straight into the table, as the benchmark's fixture writes: the triggers index them.
    const ins = tc.core.db.prepare("INSERT INTO people (id, name, initials, role, organisation, created_at) VALUES (?, ?, 'X', ?, ?, 'x')");
    tc.core.db.transaction(() => {
      let n = 0;
      for (let r = 0; r < 3; r++) for (const f of first) for (const l of last) ins.run(`p${n++}`, `${f} ${l}`, n % 3 === 0 ? 'foraelder' : 'paedagog', `Institution ${r}`);
      // „my“ starts a first name and a role (myndighedssagsbehandler): found together, read from the index, not walked.
      ins.run('my1', 'Mynte Holm', 'foraelder', '');
      ins.run('my2', 'Bent Kold', 'myndighedssagsbehandler', 'Kommunen');
    })();
    const people = await tc.call('person.list', {});
    expect(people.length).toBe(1802);
    expect(names((await allPages(tc, { q: 'my', limit: 50 })).flat())).toEqual(['Bent Kold', 'Mynte Holm']);
    expect(names((await allPages(tc, { q: 'my holm', limit: 50 })).flat())).toEqual(['Mynte Holm']);
    const words = (p: { name: string; organisation: string }) => `${p.name} ${p.organisation}`.toLowerCase().split(' ');
    const starts = (p: { name: string; organisation: string }, q: string) => q.split(' ').every((w) => words(p).some((n) => n.startsWith(w) || n.replace(/aa/g, 'å').startsWith(w)));
    // „i“ starts every „Institution“; „kaas“ is also „kås“.
    for (const q of ['k', 'ka', 'kaas', 'kås', 'kar', 'å', 'åse ø', 'ø', 'karen kastrup', 'i', 'institution 2 ib']) {
      const got = (await allPages(tc, { q, limit: 50 })).flat();
      const want = people.filter((p) => starts(p, q));
      expect(new Set(got.map((h) => h.id)).size, q).toBe(got.length);
      expect(got.map((h) => h.id).sort(), q).toEqual(want.map((p) => p.id).sort());
      expect(names(got), q).toEqual(names(sortDanish(got, (h) => h.name)));
    }
    // A full name is joined run against run (a leapfrog): three people share each name, so small pages end inside a
    // run of equal sort keys and the next page must start after the right one (issue 17: full names grew 3.6×).
    for (const q of ['anna andersen', 'andersen anna', 'ib iversen', 'åse aagaard', 'kaas karen', 'søren ø', 'bent k', 'institution 1 ole olsen', 'karen kastrup i']) {
      for (const limit of [1, 2, 50]) {
        const got = (await allPages(tc, { q, limit })).flat();
        const want = people.filter((p) => starts(p, q));
        expect(want.length, q).toBeGreaterThan(0);
        // Danish order, equal names by id (the keyset's second key).
        const byId = [...want].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        expect(got.map((h) => h.id), `${q} limit ${limit}`).toEqual(sortDanish(byId, (p) => p.name).map((p) => p.id));
      }
    }
    // Kinds with and without words: the runs of the kinds' roles, or of the word, filtered by the rest (issue 17).
    for (const [q, kinds] of [['', ['fagperson']], ['', ['foraelder']], ['k', ['fagperson']], ['kar', ['foraelder']], ['karen i', ['fagperson']], ['my', ['foraelder']]] as const) {
      const got = (await allPages(tc, { q, kinds: [...kinds], limit: 50 })).flat();
      const roleOk = (role: string) => (kinds[0] === 'fagperson' ? role !== 'foraelder' && role !== 'netvaerk' : role === kinds[0]);
      const want = people.filter((p) => roleOk(p.role) && (q === 'my' ? p.id === 'my1' : starts(p, q)));
      expect(got.map((h) => h.id).sort(), `${q} ${kinds.join()}`).toEqual(want.map((p) => p.id).sort());
      expect(names(got), q).toEqual(names(sortDanish(got, (h) => h.name)));
    }
    // A role word has no driver term: the people are walked in Danish order.
    const walked = (await allPages(tc, { q: 'pæd', limit: 50 })).flat();
    expect(walked.map((h) => h.id).sort()).toEqual(people.filter((p) => p.role === 'paedagog').map((p) => p.id).sort());
    expect(names(walked)).toEqual(names(sortDanish(walked, (h) => h.name)));
  });
});
