import type { RoleCode } from '../../../shared/domain/roles';
import type { PersonCursor } from '../../../shared/schemas/person';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';

/** A person as the search indexes carry it: enough to order, filter and page without reading the row. */
export interface Candidate {
  id: string;
  sort_key: string;
  role: string;
}

/** Rows fetched by a run's first round trip; each further one fetches twice as many, up to {@link BATCH_MAX}. */
const BATCH = 32;
const BATCH_MAX = 1024;

/**
 * People in Danish order (sort key, then id) after a cursor, read in batches from one index range: the people with one
 * index term (`person_terms_sorted`, migration 0280), the holders of one role (`people_role`), or everybody
 * (`people_sort`). Each is a sorted run; {@link mergeRuns} merges them.
 */
class Run {
  private buffer: Candidate[] = [];
  private at = 0;
  private done = false;
  private batch = BATCH;
  private key: string;
  private id: string;

  constructor(
    private readonly db: Db,
    private readonly sql: string,
    private readonly params: Record<string, unknown>,
    after: PersonCursor,
  ) {
    this.key = after.key;
    this.id = after.id;
  }

  peek(): Candidate | undefined {
    if (this.at < this.buffer.length) return this.buffer[this.at];
    if (this.done) return undefined;
    this.buffer = stmt(this.db, this.sql).all({ ...this.params, key: this.key, id: this.id, n: this.batch }) as Candidate[];
    this.at = 0;
    if (this.buffer.length < this.batch) this.done = true;
    this.batch = Math.min(this.batch * 2, BATCH_MAX);
    const last = this.buffer[this.buffer.length - 1];
    if (last) {
      this.key = last.sort_key;
      this.id = last.id;
    }
    return this.buffer[0];
  }

  pop(): void {
    this.at++;
  }
}

/**
 * What every run checks besides its own range, in SQL on the index row: `sql(id, role)` is a condition on the
 * run's qualified id and role columns (alias `r`) (other query words, kinds, people shown first), with its `params`.
 */
export interface RunFilter {
  sql: (id: string, role: string) => string;
  params: Record<string, unknown>;
}

const termRun = (f: RunFilter) => `SELECT r.person_id AS id, r.sort_key, r.role FROM person_terms r INDEXED BY person_terms_sorted
  WHERE r.term = @v AND (r.sort_key > @key OR (r.sort_key = @key AND r.person_id > @id)) AND ${f.sql('r.person_id', 'r.role')}
  ORDER BY r.sort_key, r.person_id LIMIT @n`;
const roleRun = (f: RunFilter) => `SELECT r.id, r.sort_key, r.role FROM people r INDEXED BY people_role
  WHERE r.role = @v AND (r.sort_key > @key OR (r.sort_key = @key AND r.id > @id)) AND ${f.sql('r.id', 'r.role')} ORDER BY r.sort_key, r.id LIMIT @n`;
const allRun = (f: RunFilter) => `SELECT r.id, r.sort_key, r.role FROM people r INDEXED BY people_sort
  WHERE (r.sort_key > @key OR (r.sort_key = @key AND r.id > @id)) AND ${f.sql('r.id', 'r.role')} ORDER BY r.sort_key, r.id LIMIT @n`;

/** The distinct index terms that start with `prefix`, one seek each (a skip scan of `person_terms`' key). */
export function termsStarting(db: Db, prefix: string, hi: string): string[] {
  const out: string[] = [];
  let t = stmt(db, 'SELECT term FROM person_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT 1').pluck().get(prefix, hi) as string | undefined;
  while (t !== undefined) {
    out.push(t);
    t = stmt(db, 'SELECT term FROM person_terms WHERE term > ? AND term < ? ORDER BY term LIMIT 1').pluck().get(t, hi) as string | undefined;
  }
  return out;
}

export type Source = { kind: 'terms'; terms: string[]; roles: readonly RoleCode[] } | { kind: 'roles'; roles: readonly RoleCode[] } | { kind: 'everybody' };

/**
 * The first `want` people from `source`, after `after`, in Danish order, that pass `filter` – read as a k-way merge
 * of sorted index runs, so the cost is the runs' count plus the rows the filter passes over, never the size of the
 * directory or of a common prefix (issue 17: „n“ read 5,000 terms, or walked half the directory, at 30,000
 * meetings). A person in several runs (two words with the prefix) is taken once.
 */
export function mergeRuns(db: Db, source: Source, after: PersonCursor, want: number, filter: RunFilter): Candidate[] {
  const runs: Run[] =
    source.kind === 'everybody'
      ? [new Run(db, allRun(filter), filter.params, after)]
      : [
          ...(source.kind === 'terms' ? source.terms.map((t) => new Run(db, termRun(filter), { ...filter.params, v: t }, after)) : []),
          ...source.roles.map((r) => new Run(db, roleRun(filter), { ...filter.params, v: r }, after)),
        ];
  const out: Candidate[] = [];
  while (out.length < want) {
    let best: Run | undefined;
    let head: Candidate | undefined;
    for (const run of runs) {
      const c = run.peek();
      if (c && (!head || c.sort_key < head.sort_key || (c.sort_key === head.sort_key && c.id < head.id))) {
        head = c;
        best = run;
      }
    }
    if (!best || !head) break;
    best.pop();
    const prev = out[out.length - 1];
    if (prev && prev.id === head.id && prev.sort_key === head.sort_key) continue;
    out.push(head);
  }
  return out;
}
