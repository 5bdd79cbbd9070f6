import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../../shared/domain/roles';
import { compareDanish } from '../../../shared/format/danishOrder';
import { PERSON_RELATIONS, PERSON_SEARCH_LIMIT, RELATION, type PersonCursor, type PersonHit, type PersonKind, type PersonRelation, type PersonSearchOut } from '../../../shared/schemas/person';
import { AA_AS, PERSON_FOLD, WORD_SEPARATORS } from '../db/migrations/0240-person-search';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';
import { validationText } from '../../../shared/text/validation';
import { personSearchText } from '../../../shared/text/personPicker';
import { stmt } from '../db/stmt';
import { toPerson } from './peopleRepo';
import type { PersonRow } from '../db/tables/people';

/**
 * `person.search` (issue 16, item 6): a page of people for a picker, found through the indexes of migration 0240
 * instead of loading the directory.
 *
 * - Every word of the query must be the start of a word of the name, the initials or the workplace, or of the
 *   person's role („sund“ finds the sundhedsplejersker). Case, accents and „aa“/„å“ are folded as the index is.
 * - The meeting's own people („deltager“) and the custody holders of the child – given, or the meeting's child –
 *   („forældremyndighed“) come first, on the first page, then everybody else in Danish order, page by page after
 *   a keyset cursor (sort key, id).
 * - Two plans, chosen per query: when a query word matches fewer than {@link DRIVER_MAX} index terms and holders of
 *   the roles it starts, the matches are read from `person_terms` (and `people_role`) and sorted (at most that many
 *   rows); otherwise the people are walked in Danish order
 *   on `people_sort` and the first page is found after a few hundred rows, because the word is common.
 */
const DRIVER_MAX = 5000;

/** The query folded exactly as the index (`PERSON_FOLD`), then split into words. */
export function foldForSearch(text: string): string[] {
  let folded = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    folded += code >= 65 && code <= 90 ? ch.toLowerCase() : (PERSON_FOLD[ch] ?? ch);
  }
  for (const sep of WORD_SEPARATORS) folded = folded.split(sep).join(' ');
  return [...new Set(folded.split(' ').filter((w) => w !== ''))].slice(0, 8);
}

/** The first string after every string that starts with `prefix`. */
function afterPrefix(prefix: string): string {
  return prefix + '\u{10FFFF}';
}

/** Roles whose label has a word starting with `word`. */
function rolesMatching(word: string): RoleCode[] {
  return ROLE_CODES.filter((r) => foldForSearch(ROLE_LABELS[r]).some((w) => w.startsWith(word) || w.split(AA_AS.from).join(AA_AS.to).startsWith(word)));
}

function kindClause(kinds: readonly PersonKind[] | undefined): string {
  if (!kinds || kinds.length === 0 || kinds.length === 3) return '';
  const parts = kinds.map((k) => (k === 'fagperson' ? "p.role NOT IN ('foraelder', 'netvaerk')" : `p.role = '${k}'`));
  return ` AND (${parts.join(' OR ')})`;
}

interface Word {
  word: string;
  roles: RoleCode[];
}

function wordClause(words: readonly Word[], params: Record<string, string>): string {
  return words
    .map((w, i) => {
      params[`lo${i}`] = w.word;
      params[`hi${i}`] = afterPrefix(w.word);
      const term = `EXISTS (SELECT 1 FROM person_terms t WHERE t.term >= @lo${i} AND t.term < @hi${i} AND t.person_id = p.id)`;
      if (w.roles.length) params[`roles${i}`] = JSON.stringify(w.roles);
      // Roles as a parameter, so the statement's text (and the prepared-statement cache) depends only on the query's shape.
      return ` AND (${term}${w.roles.length ? ` OR p.role IN (SELECT value FROM json_each(@roles${i}))` : ''})`;
    })
    .join('');
}

/** How many terms start with `word`, and people hold one of its roles (index people_role, migration 0280), up to DRIVER_MAX. */
function driverCount(db: Db, w: Word): number {
  const terms = (stmt(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM person_terms WHERE term >= ? AND term < ? LIMIT ?)').get(w.word, afterPrefix(w.word), DRIVER_MAX) as { n: number }).n;
  if (w.roles.length === 0 || terms >= DRIVER_MAX) return terms;
  const holders = (stmt(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM people WHERE role IN (SELECT value FROM json_each(?)) LIMIT ?)').get(JSON.stringify(w.roles), DRIVER_MAX) as { n: number }).n;
  return terms + holders;
}

export interface PersonSearchInput {
  q: string;
  meetingId?: string | undefined;
  childId?: string | undefined;
  kinds?: readonly PersonKind[] | undefined;
  limit?: number | undefined;
  after?: PersonCursor | null | undefined;
}

/** Who comes first, and why: the meeting's people, then the custody holders. */
function relations(db: Db, meetingId: string | undefined, childId: string | undefined): Map<string, PersonRelation> {
  const out = new Map<string, PersonRelation>();
  let child = childId;
  if (meetingId) {
    const meeting = stmt(db, 'SELECT child_id FROM meetings WHERE id = ?').get(meetingId) as { child_id: string | null } | undefined;
    if (!meeting) throw new AppError('NOT_FOUND', validationText.notFound(meetingText.things.meeting), 'meetingId');
    child ??= meeting.child_id ?? undefined;
    for (const r of stmt(db, 'SELECT person_id FROM participants WHERE meeting_id = ?').all(meetingId) as { person_id: string }[]) out.set(r.person_id, RELATION.meeting);
  }
  if (childId && !stmt(db, 'SELECT 1 FROM children WHERE id = ?').get(childId)) throw new AppError('NOT_FOUND', validationText.notFound(personSearchText.child), 'childId');
  if (child) {
    for (const r of stmt(db, 'SELECT person_id FROM guardians WHERE child_id = ? AND custody = 1').all(child) as { person_id: string }[]) {
      if (!out.has(r.person_id)) out.set(r.person_id, RELATION.custody);
    }
  }
  return out;
}

const RELATION_ORDER = new Map<PersonRelation, number>(PERSON_RELATIONS.map((r, i) => [r, i]));

export function searchPeople(db: Db, input: PersonSearchInput): PersonSearchOut {
  const limit = Math.min(input.limit ?? PERSON_SEARCH_LIMIT.default, PERSON_SEARCH_LIMIT.max);
  const words: Word[] = foldForSearch(input.q).map((word) => ({ word, roles: rolesMatching(word) }));
  const params: Record<string, string> = {};
  const filter = wordClause(words, params) + kindClause(input.kinds);
  const related = relations(db, input.meetingId, input.childId);
  params.related = JSON.stringify([...related.keys()]);

  const first: PersonHit[] = [];
  if (!input.after && related.size > 0) {
    const rows = stmt(db, `SELECT p.* FROM people p WHERE p.id IN (SELECT value FROM json_each(@related))${filter}`).all(params) as PersonRow[];
    first.push(
      ...rows
        .map((r) => ({ ...toPerson(r), relation: related.get(r.id) ?? null }))
        .sort((a, b) => (RELATION_ORDER.get(a.relation!) ?? 0) - (RELATION_ORDER.get(b.relation!) ?? 0) || compareDanish(a.name, b.name)),
    );
  }

  // The rest, after the cursor; a first page the related people filled still tells whether more follow.
  const want = Math.max(limit - first.length, 0);
  const after = input.after ?? { key: '', id: '' };
  params.key = after.key;
  params.id = after.id;
  const rest = `p.id NOT IN (SELECT value FROM json_each(@related)) AND (p.sort_key > @key OR (p.sort_key = @key AND p.id > @id))${filter}`;
  // A word that is also the start of a role („my“: myndighedssagsbehandler) drives with the role's holders added,
  // instead of walking the directory (issue 16: a first name and a rare role walked half of it).
  const driver = words.map((w) => ({ w, n: driverCount(db, w) })).sort((a, b) => a.n - b.n)[0];
  // Both plans choose ids on indexes alone (person_terms, people_sort and people_role carry sort key, id and role); only the page's rows are read.
  const termFirst = driver !== undefined && driver.n < DRIVER_MAX;
  const holders = termFirst && driver.w.roles.length > 0 ? ' UNION SELECT id, sort_key, role FROM people INDEXED BY people_role WHERE role IN (SELECT value FROM json_each(@droles))' : '';
  const ids = termFirst
    ? `SELECT p.id FROM (SELECT DISTINCT person_id AS id, sort_key, role FROM person_terms WHERE term >= @dlo AND term < @dhi${holders}) AS p
       WHERE ${rest} ORDER BY p.sort_key, p.id LIMIT ${want + 1}`
    : `SELECT p.id FROM people p INDEXED BY people_sort WHERE ${rest} ORDER BY p.sort_key, p.id LIMIT ${want + 1}`;
  const sql = `SELECT p.* FROM people p WHERE p.id IN (${ids}) ORDER BY p.sort_key, p.id`;
  if (termFirst) {
    params.dlo = driver.w.word;
    params.dhi = afterPrefix(driver.w.word);
    if (holders) params.droles = JSON.stringify(driver.w.roles);
  }
  const rows = stmt(db, sql).all(params) as (PersonRow & { sort_key: string })[];
  const page = rows.slice(0, want);
  const last = page[page.length - 1];
  const next = rows.length > want ? (last ? { key: last.sort_key, id: last.id } : after) : null;
  return { people: [...first, ...page.map((r) => ({ ...toPerson(r), relation: null }))], next };
}
