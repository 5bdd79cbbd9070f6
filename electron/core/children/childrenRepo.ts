import { sortDanish } from '../../../shared/format/danishOrder';
import type { ChildDetail, ChildSave, ChildSummary } from '../../../shared/schemas/child';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { isProfessional, type RoleCode } from '../../../shared/domain/roles';
import { newId, nowIso } from '../ids';
import { childText } from '../../../shared/text/childRecords';
import * as childrenTable from '../db/tables/children';
import * as peopleTable from '../db/tables/people';
import type { ChildRow } from '../db/tables/children';

/** A row of `children`; the table's own module holds its SQL. */
export type { ChildRow } from '../db/tables/children';

export function toChildSummary(r: ChildRow): ChildSummary {
  return {
    id: r.id,
    name: r.name,
    birthDate: r.birth_date,
    institution: r.institution,
    stue: r.stue,
    socialSag: r.social_sag === 1,
    isSample: r.is_sample === 1,
  };
}

export function listChildren(db: Db): ChildSummary[] {
  return sortDanish(childrenTable.all(db), (r) => r.name).map(toChildSummary);
}

export function getChildRow(db: Db, id: string): ChildRow {
  const row = childrenTable.byId(db, id);
  if (!row) throw notFound('Barnet');
  return row;
}

/**
 * The stafetholder (tovholder) is a professional in the directory, never a parent or a network person: the rule the
 * child page's picker mirrors with `kinds: ['fagperson']`. Throws INVALID_INPUT on `tovholderPersonId` otherwise.
 */
export function assertTovholder(db: Db, personId: string | null | undefined): void {
  if (!personId) return;
  const p = peopleTable.byId(db, personId);
  if (!p || !isProfessional(p.role as RoleCode)) throw new AppError('INVALID_INPUT', childText.case.tovholderProfessional, 'tovholderPersonId');
}

export function saveChild(db: Db, input: ChildSave, opts: { isSample?: boolean } = {}): ChildSummary {
  assertTovholder(db, input.tovholderPersonId);
  const values = {
    name: input.name,
    birth_date: input.birthDate,
    cpr: input.cpr,
    institution: input.institution,
    stue: input.stue,
    language: input.language,
    social_sag: input.socialSag ? 1 : 0,
    tovholder_person_id: input.tovholderPersonId,
  };
  if (input.id) {
    if (!childrenTable.update(db, input.id, values)) throw notFound('Barnet');
    return toChildSummary(getChildRow(db, input.id));
  }
  const id = newId();
  childrenTable.insert(db, { ...values, id, is_sample: opts.isSample ? 1 : 0, created_at: nowIso() });
  return toChildSummary(getChildRow(db, id));
}

export interface GuardianRow {
  person_id: string;
  name: string;
  initials: string;
  relation: string;
  custody: number;
  orienteringsret: number;
}

export function guardiansOf(db: Db, childId: string): GuardianRow[] {
  const rows = db
    .prepare(
      `SELECT g.person_id, p.name, p.initials, g.relation, g.custody, g.orienteringsret
         FROM guardians g JOIN people p ON p.id = g.person_id
        WHERE g.child_id = ?`,
    )
    .all(childId) as GuardianRow[];
  return sortDanish(rows, (r) => r.name).sort((a, b) => b.custody - a.custody);
}

export function addGuardian(
  db: Db,
  childId: string,
  personId: string,
  opts: { relation?: string; custody?: boolean; orienteringsret?: boolean } = {},
): void {
  db.prepare(
    `INSERT INTO guardians (child_id, person_id, relation, custody, orienteringsret)
     VALUES (@child_id, @person_id, @relation, @custody, @orienteringsret)
     ON CONFLICT (child_id, person_id) DO UPDATE SET relation = excluded.relation, custody = excluded.custody,
       orienteringsret = excluded.orienteringsret`,
  ).run({
    child_id: childId,
    person_id: personId,
    relation: opts.relation ?? childText.case.defaultRelation,
    custody: opts.custody === false ? 0 : 1,
    orienteringsret: opts.orienteringsret ? 1 : 0,
  });
}

function tovholderOf(db: Db, personId: string | null): ChildDetail['tovholder'] {
  const p = personId ? peopleTable.byId(db, personId) : undefined;
  return p ? { name: p.name, initials: p.initials } : null;
}

export function getChildDetail(db: Db, id: string): ChildDetail {
  const r = getChildRow(db, id);
  return {
    ...toChildSummary(r),
    cpr: r.cpr,
    language: r.language,
    tovholderPersonId: r.tovholder_person_id,
    tovholder: tovholderOf(db, r.tovholder_person_id),
    guardians: guardiansOf(db, id).map((g) => ({
      personId: g.person_id,
      name: g.name,
      initials: g.initials,
      relation: g.relation,
      custody: g.custody === 1,
      orienteringsret: g.orienteringsret === 1,
    })),
  };
}

export function removeGuardian(db: Db, childId: string, personId: string): void {
  db.prepare('DELETE FROM guardians WHERE child_id = ? AND person_id = ?').run(childId, personId);
}
