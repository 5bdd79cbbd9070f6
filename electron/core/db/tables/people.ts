import type { Db } from '../types';
import { typed } from './typed';

/** One row of `people`: the directory of staff, partners and parents. */
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
  created_at: string;
}

export type PersonValues = Pick<PersonRow, 'name' | 'initials' | 'role' | 'organisation' | 'authority' | 'email' | 'phone' | 'authority_role'>;

const q = {
  byId: typed<[string], PersonRow>('SELECT * FROM people WHERE id = ?'),
  all: typed<[], PersonRow>('SELECT * FROM people'),
  withRole: typed<[string], PersonRow>('SELECT * FROM people WHERE role = ?'),
  insert: typed<PersonValues & Pick<PersonRow, 'id' | 'is_sample' | 'created_at'>, never>(
    `INSERT INTO people (id, name, initials, role, organisation, authority, email, phone, authority_role, is_sample, created_at)
     VALUES (@id, @name, @initials, @role, @organisation, @authority, @email, @phone, @authority_role, @is_sample, @created_at)`,
  ),
  update: typed<PersonValues & { id: string }, never>(
    `UPDATE people SET name = @name, initials = @initials, role = @role, organisation = @organisation,
       authority = @authority, email = @email, phone = @phone, authority_role = @authority_role WHERE id = @id`,
  ),
  remove: typed<[string], never>('DELETE FROM people WHERE id = ?'),
  removeSamples: typed<[], never>('DELETE FROM people WHERE is_sample = 1'),
};

export function byId(db: Db, id: string): PersonRow | undefined {
  return q.byId(db).get(id);
}

/** Whether the directory holds the person. */
export function exists(db: Db, id: string): boolean {
  return byId(db, id) !== undefined;
}

/** Everyone, in no particular order (sort names with `sortDanish`). */
export function all(db: Db): PersonRow[] {
  return q.all(db).all();
}

export function withRole(db: Db, role: string): PersonRow[] {
  return q.withRole(db).all(role);
}

export function insert(db: Db, row: PersonValues & Pick<PersonRow, 'id' | 'is_sample' | 'created_at'>): void {
  q.insert(db).run(row);
}

/** Changes a person's details; returns whether the person exists. */
export function update(db: Db, id: string, values: PersonValues): boolean {
  return q.update(db).run({ ...values, id }).changes > 0;
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Removes the fictitious sample people. */
export function removeSamples(db: Db): void {
  q.removeSamples(db).run();
}
