import { sortDanish } from '../../../shared/format/danishOrder';
import type { Person, PersonSave } from '../../../shared/schemas/person';
import type { RoleCode } from '../../../shared/domain/roles';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';

import type { PersonRow } from '../db/tables/people';
import * as peopleTable from '../db/tables/people';

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
  return sortDanish(peopleTable.all(db), (r) => r.name).map(toPerson);
}

export function getPerson(db: Db, id: string): Person {
  const row = peopleTable.byId(db, id);
  if (!row) throw notFound('Personen');
  return toPerson(row);
}

export function findPerson(db: Db, id: string | null): Person | null {
  if (!id) return null;
  const row = peopleTable.byId(db, id);
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
    if (!peopleTable.update(db, input.id, values)) throw notFound('Personen');
    return getPerson(db, input.id);
  }
  const id = newId();
  peopleTable.insert(db, { ...values, id, is_sample: opts.isSample ? 1 : 0, created_at: nowIso() });
  return getPerson(db, id);
}

/** People with a role, the user's own profile person first, then by name. */
export function peopleWithRole(db: Db, role: RoleCode): Person[] {
  return sortDanish(peopleTable.withRole(db, role), (r) => r.name).map(toPerson);
}
