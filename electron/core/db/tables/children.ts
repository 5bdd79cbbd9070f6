import type { LinealenVariant } from '../../../../shared/domain/scales';
import { stmt } from '../stmt';
import type { Db } from '../types';
import { typed } from './typed';

/** One row of `children`, with every column the migrations gave it. */
export interface ChildRow {
  id: string;
  name: string;
  birth_date: string;
  cpr: string | null;
  institution: string;
  stue: string;
  language: string;
  social_sag: number;
  tovholder_person_id: string | null;
  is_sample: number;
  created_at: string;
  /** Børnelinealen level, with the scale it was given on (migrations 0040, 0100). */
  linealen_level: string | null;
  linealen_variant: LinealenVariant | null;
  special_needs: number;
  /** „Mistanke om overgreb“: marked, why and when. */
  abuse_suspected: number;
  abuse_reason: string | null;
  abuse_at: string | null;
  /** The day the child left the dagtilbud; retention counts from it. */
  left_at: string | null;
}

export type NewChild = Pick<ChildRow, 'id' | 'name' | 'birth_date' | 'cpr' | 'institution' | 'stue' | 'language' | 'social_sag' | 'tovholder_person_id' | 'is_sample' | 'created_at'>;

/** The columns an edit may change (never the id, the sample mark or when it was made). */
export type ChildChanges = Partial<Omit<ChildRow, 'id' | 'is_sample' | 'created_at'>>;

const EDITABLE: readonly (keyof ChildChanges)[] = [
  'name',
  'birth_date',
  'cpr',
  'institution',
  'stue',
  'language',
  'social_sag',
  'tovholder_person_id',
  'linealen_level',
  'linealen_variant',
  'special_needs',
  'abuse_suspected',
  'abuse_reason',
  'abuse_at',
  'left_at',
];

const q = {
  byId: typed<[string], ChildRow>('SELECT * FROM children WHERE id = ?'),
  all: typed<[], ChildRow>('SELECT * FROM children'),
  present: typed<[], ChildRow>('SELECT * FROM children WHERE left_at IS NULL'),
  firstPresentBornFrom: typed<{ from: string; special: number; n: number }, ChildRow & { rid: number }>(
    `SELECT *, rowid AS rid FROM children INDEXED BY children_birth_date
      WHERE left_at IS NULL AND birth_date >= @from AND (@special = 0 OR special_needs = 1 OR social_sag = 1)
      ORDER BY birth_date, rowid LIMIT @n`,
  ),
  left: typed<[], ChildRow & { left_at: string }>('SELECT * FROM children WHERE left_at IS NOT NULL ORDER BY left_at'),
  insert: typed<NewChild, never>(
    `INSERT INTO children (id, name, birth_date, cpr, institution, stue, language, social_sag, tovholder_person_id, is_sample, created_at)
     VALUES (@id, @name, @birth_date, @cpr, @institution, @stue, @language, @social_sag, @tovholder_person_id, @is_sample, @created_at)`,
  ),
  remove: typed<[string], never>('DELETE FROM children WHERE id = ?'),
  removeSamples: typed<[], never>('DELETE FROM children WHERE is_sample = 1'),
  birthDates: typed<[], { birth_date: string }>('SELECT DISTINCT birth_date FROM children'),
  levelsOnOtherScale: typed<[string], { n: number }>('SELECT count(*) AS n FROM children WHERE linealen_level IS NOT NULL AND linealen_variant IS NOT ?'),
};

export function byId(db: Db, id: string): ChildRow | undefined {
  return q.byId(db).get(id);
}

/** Every child, in no particular order (sort names with `sortDanish`). */
export function all(db: Db): ChildRow[] {
  return q.all(db).all();
}

/** The children still in the dagtilbud. */
export function present(db: Db): ChildRow[] {
  return q.present(db).all();
}

/**
 * The first `n` children still in the dagtilbud born on or after `from`, in birth order (then rowid: the order the
 * birth-date index gives); with `specialOnly`, only those with special needs or a social sag. Index
 * children_birth_date (migration 0250); reads `n` rows (a few more with `specialOnly`).
 */
export function firstPresentBornFrom(db: Db, from: string, n: number, specialOnly = false): (ChildRow & { rid: number })[] {
  return q.firstPresentBornFrom(db).all({ from, special: specialOnly ? 1 : 0, n });
}

/** The children who have left, the earliest leaver first. */
export function left(db: Db): (ChildRow & { left_at: string })[] {
  return q.left(db).all();
}

export function insert(db: Db, row: NewChild): void {
  q.insert(db).run(row);
}

/** Changes the given columns; returns whether the child exists. Nothing is written when no column is given. */
export function update(db: Db, id: string, changes: ChildChanges): boolean {
  const cols = EDITABLE.filter((c) => changes[c] !== undefined);
  if (cols.length === 0) return byId(db, id) !== undefined;
  const values = Object.fromEntries(cols.map((c) => [c, changes[c]]));
  return stmt(db, `UPDATE children SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id }).changes > 0;
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Removes the fictitious sample children. */
export function removeSamples(db: Db): void {
  q.removeSamples(db).run();
}

/** Every child's birth date once, for the privacy guard. */
export function birthDates(db: Db): string[] {
  return q.birthDates(db).all().map((r) => r.birth_date);
}

/** How many children keep a Børnelinealen level given on another scale than `variant`. */
export function levelsOnOtherScale(db: Db, variant: string): number {
  return q.levelsOnOtherScale(db).get(variant)?.n ?? 0;
}
