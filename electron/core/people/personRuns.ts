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
/** Whether `c` comes before the position (key, id) in Danish order. */
function before(c: Candidate, key: string, id: string): boolean {
  return c.sort_key < key || (c.sort_key === key && c.id < id);
}

class Run {
  private buffer: Candidate[] = [];
  private at = 0;
  private done = false;
  private batch = BATCH;
  private key: string;
  private id: string;
  /** The next fetch includes the row at (key, id) itself: set by a seek, cleared by the fetch. */
  private incl = 0;

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
    this.buffer = stmt(this.db, this.sql).all({ ...this.params, key: this.key, id: this.id, incl: this.incl, n: this.batch }) as Candidate[];
    this.incl = 0;
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

  /**
   * Moves on to the first row at or after (key, id): within what is read if it is there, else by one fetch from that
   * position (the runs of a leapfrog join jump over everybody who cannot match).
   */
  seek(key: string, id: string): void {
    while (this.at < this.buffer.length && before(this.buffer[this.at]!, key, id)) this.at++;
    if (this.at < this.buffer.length || this.done) return;
    this.key = key;
    this.id = id;
    this.incl = 1;
    this.batch = BATCH;
  }
}

/** Several runs read as one, in Danish order; a person in two runs (two terms with the prefix) comes once. */
class Stream {
  constructor(private readonly runs: Run[]) {}

  peek(): Candidate | undefined {
    let head: Candidate | undefined;
    for (const run of this.runs) {
      const c = run.peek();
      if (c && (!head || before(c, head.sort_key, head.id))) head = c;
    }
    return head;
  }

  /** Past `c`: every run whose head is `c` moves on. */
  pass(c: Candidate): void {
    for (const run of this.runs) {
      const h = run.peek();
      if (h && h.id === c.id && h.sort_key === c.sort_key) run.pop();
    }
  }

  seek(key: string, id: string): void {
    for (const run of this.runs) run.seek(key, id);
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
  WHERE r.term = @v AND (r.sort_key > @key OR (r.sort_key = @key AND (r.person_id > @id OR (@incl AND r.person_id = @id)))) AND ${f.sql('r.person_id', 'r.role')}
  ORDER BY r.sort_key, r.person_id LIMIT @n`;
const roleRun = (f: RunFilter) => `SELECT r.id, r.sort_key, r.role FROM people r INDEXED BY people_role
  WHERE r.role = @v AND (r.sort_key > @key OR (r.sort_key = @key AND (r.id > @id OR (@incl AND r.id = @id)))) AND ${f.sql('r.id', 'r.role')} ORDER BY r.sort_key, r.id LIMIT @n`;
const allRun = (f: RunFilter) => `SELECT r.id, r.sort_key, r.role FROM people r INDEXED BY people_sort
  WHERE (r.sort_key > @key OR (r.sort_key = @key AND (r.id > @id OR (@incl AND r.id = @id)))) AND ${f.sql('r.id', 'r.role')} ORDER BY r.sort_key, r.id LIMIT @n`;

/**
 * The distinct index terms that start with `prefix`, one seek each (a skip scan of `person_terms`' key); with `max`,
 * null when there are more than that many.
 */
export function termsStarting(db: Db, prefix: string, hi: string, max = Infinity): string[] | null {
  const out: string[] = [];
  let t = stmt(db, 'SELECT term FROM person_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT 1').pluck().get(prefix, hi) as string | undefined;
  while (t !== undefined) {
    if (out.length === max) return null;
    out.push(t);
    t = stmt(db, 'SELECT term FROM person_terms WHERE term > ? AND term < ? ORDER BY term LIMIT 1').pluck().get(t, hi) as string | undefined;
  }
  return out;
}

export type Source = { kind: 'terms'; terms: string[]; roles: readonly RoleCode[] } | { kind: 'roles'; roles: readonly RoleCode[] } | { kind: 'everybody' };

/** Nothing to check on a run's rows besides its own range. */
const NO_FILTER: RunFilter = { sql: () => '1', params: {} };

function runsOf(db: Db, source: Source, after: PersonCursor, filter: RunFilter): Run[] {
  return source.kind === 'everybody'
    ? [new Run(db, allRun(filter), filter.params, after)]
    : [
        ...(source.kind === 'terms' ? source.terms.map((t) => new Run(db, termRun(filter), { ...filter.params, v: t }, after)) : []),
        ...source.roles.map((r) => new Run(db, roleRun(filter), { ...filter.params, v: r }, after)),
      ];
}

/**
 * The first `want` people from `source`, after `after`, in Danish order, that pass `filter` and are in every one of
 * `also` – read as a k-way merge of sorted index runs, so the cost is the runs' count plus the rows the filter passes
 * over, never the size of the directory or of a common prefix (issue 17: „n“ read 5,000 terms, or walked half the
 * directory, at 30,000 meetings). A person in several runs (two words with the prefix) is taken once.
 *
 * `also` (another word of the query, with few terms) is joined by leapfrogging: every source is in the same order,
 * so each one seeks to the furthest head among them and only people in all of them are read twice. A full name
 * („Ida Fjordby“) then costs its matches, not the people with its rarer word (issue 17: 3.6× per 10× of data).
 */
export function mergeRuns(db: Db, source: Source, after: PersonCursor, want: number, filter: RunFilter, also: readonly Source[] = []): Candidate[] {
  const main = new Stream(runsOf(db, source, after, filter));
  const others = also.map((s) => new Stream(runsOf(db, s, after, NO_FILTER)));
  const out: Candidate[] = [];
  let head = main.peek();
  while (head && out.length < want) {
    let ahead: Candidate | undefined;
    let exhausted = false;
    for (const other of others) {
      other.seek(head.sort_key, head.id);
      const h = other.peek();
      if (!h) {
        exhausted = true;
        break;
      }
      if (h.id !== head.id && (!ahead || before(ahead, h.sort_key, h.id))) ahead = h;
    }
    if (exhausted) break;
    if (ahead) {
      main.seek(ahead.sort_key, ahead.id);
    } else {
      out.push(head);
      main.pass(head);
    }
    head = main.peek();
  }
  return out;
}
