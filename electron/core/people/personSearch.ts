import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../../shared/domain/roles';
import { compareDanish } from '../../../shared/format/danishOrder';
import { PERSON_KINDS, PERSON_RELATIONS, PERSON_SEARCH_LIMIT, RELATION, type PersonCursor, type PersonHit, type PersonKind, type PersonRelation, type PersonSearchOut } from '../../../shared/schemas/person';
import { AA_AS, PERSON_FOLD, WORD_SEPARATORS } from '../db/migrations/0240-person-search';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { meetingText } from '../../../shared/text/meetingMessages';
import { validationText } from '../../../shared/text/validation';
import { personSearchText } from '../../../shared/text/personPicker';
import { stmt } from '../db/stmt';
import { mergeRuns, termsStarting, type RunFilter, type Source } from './personRuns';
import { toPerson } from './peopleRepo';
import type { PersonRow } from '../db/tables/people';
import * as participantsTable from '../db/tables/participants';

/**
 * `person.search` (issue 16, item 6): a page of people for a picker, found through the indexes of migration 0240
 * instead of loading the directory.
 *
 * - Every word of the query must be the start of a word of the name, the initials or the workplace, or of the
 *   person's role („sund“ finds the sundhedsplejersker). Case, accents and „aa“/„å“ are folded as the index is.
 * - The meeting's own people („deltager“) and the custody holders of the child – given, or the meeting's child –
 *   („forældremyndighed“) come first, on the first page, then everybody else in Danish order, page by page after
 *   a keyset cursor (sort key, id).
 * - Everybody else is read as a merge of runs already in Danish order (`personRuns.ts`, indexes of migration 0280):
 *   one run per index term that starts with the query word with the fewest matches, plus one per role it starts;
 *   or, when the kinds asked for are rarer, one run per role of those kinds; or, for no word and every kind, the
 *   directory in order. The other conditions are checked in SQL on each run's rows. A page costs the runs and the
 *   rows passed over, not the number of people who match (issue 17).
 */
/** Matches are counted up to this many to choose the driving word: beyond it, any word is common enough. */
const DRIVER_MAX = 5000;
/** A further word is joined run against run when it has at most this many runs (terms and roles); else checked per row. */
const JOIN_MAX_RUNS = 8;

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

/** How many people hold one of `roles` (index people_role), up to DRIVER_MAX. */
function holderCount(db: Db, roles: readonly RoleCode[]): number {
  return (stmt(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM people WHERE role IN (SELECT value FROM json_each(?)) LIMIT ?)').get(JSON.stringify(roles), DRIVER_MAX) as { n: number }).n;
}

/** The roles of the kinds asked for; null for every kind. */
function rolesOfKinds(kinds: readonly PersonKind[] | undefined): RoleCode[] | null {
  if (!kinds || kinds.length === 0 || kinds.length === PERSON_KINDS.length) return null;
  return ROLE_CODES.filter((r) => kinds.some((k) => (k === 'fagperson' ? r !== 'foraelder' && r !== 'netvaerk' : r === k)));
}

/**
 * The conditions every run checks on its index rows (personRuns.ts): each other query word (a term of the person's
 * starting with it, or a role it starts), the kinds' roles, and not one of the people shown first.
 */
function runFilter(others: readonly Word[], kindRoles: readonly RoleCode[] | null, related: ReadonlyMap<string, PersonRelation>): RunFilter {
  const params: Record<string, unknown> = { related: JSON.stringify([...related.keys()]) };
  const parts = (id: string, role: string) => {
    const out = [`${id} NOT IN (SELECT value FROM json_each(@related))`];
    if (kindRoles) out.push(`${role} IN (SELECT value FROM json_each(@kinds))`);
    others.forEach((w, i) => {
      const term = `EXISTS (SELECT 1 FROM person_terms t INDEXED BY person_terms_person WHERE t.person_id = ${id} AND t.term >= @lo${i} AND t.term < @hi${i})`;
      out.push(w.roles.length ? `(${term} OR ${role} IN (SELECT value FROM json_each(@roles${i})))` : term);
    });
    return out.join(' AND ');
  };
  if (kindRoles) params.kinds = JSON.stringify(kindRoles);
  others.forEach((w, i) => {
    params[`lo${i}`] = w.word;
    params[`hi${i}`] = afterPrefix(w.word);
    if (w.roles.length) params[`roles${i}`] = JSON.stringify(w.roles);
  });
  return { sql: parts, params };
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
    for (const personId of participantsTable.personIds(db, meetingId)) out.set(personId, RELATION.meeting);
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

  // The rest, after the cursor, as a merge of sorted index runs (personRuns.ts); a first page the related people
  // filled still tells whether more follow. The runs come from the query word with the fewest matches (its terms and
  // the holders of roles it starts), or from the roles of the kinds asked for when they are fewer, or – for no word
  // and every kind – from everybody. Every other condition is checked on each candidate.
  const want = Math.max(limit - first.length, 0);
  const after = input.after ?? { key: '', id: '' };
  const kindRoles = rolesOfKinds(input.kinds);
  const counted: { w: Word | null; n: number }[] = words.map((w) => ({ w, n: driverCount(db, w) }));
  if (kindRoles) counted.push({ w: null, n: holderCount(db, kindRoles) });
  const driver = counted.sort((a, b) => a.n - b.n)[0];
  const driverWord = driver?.w ?? null;
  const source: Source = !driver
    ? { kind: 'everybody' }
    : driverWord
      ? { kind: 'terms', terms: termsStarting(db, driverWord.word, afterPrefix(driverWord.word))!, roles: driverWord.roles }
      : { kind: 'roles', roles: kindRoles! };
  // Another word with few terms and roles („Fjordby“ beside „Ida“) is joined run against run (a leapfrog, in Danish
  // order); one that starts many („i“) is checked on the rows instead.
  const joined: Source[] = [];
  const checked: Word[] = [];
  for (const w of words) {
    if (w === driverWord) continue;
    const terms = termsStarting(db, w.word, afterPrefix(w.word), JOIN_MAX_RUNS - w.roles.length);
    if (terms && terms.length + w.roles.length > 0) joined.push({ kind: 'terms', terms, roles: w.roles });
    else checked.push(w);
  }
  const others = runFilter(checked, kindRoles, related);
  const picked = mergeRuns(db, source, after, want + 1, others, joined);
  const chosen = picked.slice(0, want);
  const byId = new Map(
    (stmt(db, 'SELECT p.* FROM people p WHERE p.id IN (SELECT value FROM json_each(?))').all(JSON.stringify(chosen.map((c) => c.id))) as PersonRow[]).map((r) => [r.id, r]),
  );
  const page = chosen.map((c) => byId.get(c.id)!);
  const last = chosen[chosen.length - 1];
  const next = picked.length > want ? (last ? { key: last.sort_key, id: last.id } : after) : null;
  return { people: [...first, ...page.map((r) => ({ ...toPerson(r), relation: null }))], next };
}
