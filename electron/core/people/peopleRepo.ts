import { sortDanish } from '../../../shared/format/danishOrder';
import type { Person, PersonSave } from '../../../shared/schemas/person';
import type { RoleCode } from '../../../shared/domain/roles';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';

export interface PersonRow {
  id: string;
  name: string;
  initials: string;
  role: string;
  organisation: string;
  authority: string;
  email: string;
  phone: string;
  authority_role: 'med' | 'uden' | null;
  is_sample: number;
}

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    initials: r.initials,
    role: r.role as RoleCode,
    organisation: r.organisation,
    authority: r.authority,
    email: r.email,
    phone: r.phone,
    authorityRole: r.authority_role,
    isSample: r.is_sample === 1,
  };
}

export function listPeople(db: Db): Person[] {
  return sortDanish(db.prepare('SELECT * FROM people').all() as PersonRow[], (r) => r.name).map(toPerson);
}

export function getPerson(db: Db, id: string): Person {
  const row = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw notFound('Personen');
  return toPerson(row);
}

export function findPerson(db: Db, id: string | null): Person | null {
  if (!id) return null;
  const row = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

export function savePerson(db: Db, input: PersonSave, opts: { isSample?: boolean } = {}): Person {
  const values = {
    name: input.name,
    initials: input.initials,
    role: input.role,
    organisation: input.organisation,
    authority: input.authority,
    email: input.email,
    phone: input.phone,
    authority_role: input.role === 'distriktsraadgiver' ? (input.authorityRole ?? 'uden') : input.authorityRole,
  };
  if (input.id) {
    const res = db
      .prepare(
        `UPDATE people SET name = @name, initials = @initials, role = @role, organisation = @organisation,
           authority = @authority, email = @email, phone = @phone, authority_role = @authority_role WHERE id = @id`,
      )
      .run({ ...values, id: input.id });
    if (res.changes === 0) throw notFound('Personen');
    return getPerson(db, input.id);
  }
  const id = newId();
  db.prepare(
    `INSERT INTO people (id, name, initials, role, organisation, authority, email, phone, authority_role, is_sample, created_at)
     VALUES (@id, @name, @initials, @role, @organisation, @authority, @email, @phone, @authority_role, @is_sample, @created_at)`,
  ).run({ ...values, id, is_sample: opts.isSample ? 1 : 0, created_at: nowIso() });
  return getPerson(db, id);
}

/** People with a role, the user's own profile person first, then by name. */
export function peopleWithRole(db: Db, role: RoleCode): Person[] {
  return sortDanish(db.prepare('SELECT * FROM people WHERE role = ?').all(role) as PersonRow[], (r) => r.name).map(toPerson);
}
