import { sortDanish } from '../../../shared/format/danishOrder';
import type { ChildDetail, ChildSave, ChildSummary } from '../../../shared/schemas/child';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { childText } from '../../../shared/text/childRecords';

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
}

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
  return sortDanish(db.prepare('SELECT * FROM children').all() as ChildRow[], (r) => r.name).map(toChildSummary);
}

export function getChildRow(db: Db, id: string): ChildRow {
  const row = db.prepare('SELECT * FROM children WHERE id = ?').get(id) as ChildRow | undefined;
  if (!row) throw notFound('Barnet');
  return row;
}

export function saveChild(db: Db, input: ChildSave, opts: { isSample?: boolean } = {}): ChildSummary {
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
    const res = db
      .prepare(
        `UPDATE children SET name = @name, birth_date = @birth_date, cpr = @cpr, institution = @institution, stue = @stue,
           language = @language, social_sag = @social_sag, tovholder_person_id = @tovholder_person_id WHERE id = @id`,
      )
      .run({ ...values, id: input.id });
    if (res.changes === 0) throw notFound('Barnet');
    return toChildSummary(getChildRow(db, input.id));
  }
  const id = newId();
  db.prepare(
    `INSERT INTO children (id, name, birth_date, cpr, institution, stue, language, social_sag, tovholder_person_id, is_sample, created_at)
     VALUES (@id, @name, @birth_date, @cpr, @institution, @stue, @language, @social_sag, @tovholder_person_id, @is_sample, @created_at)`,
  ).run({ ...values, id, is_sample: opts.isSample ? 1 : 0, created_at: nowIso() });
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

export function getChildDetail(db: Db, id: string): ChildDetail {
  const r = getChildRow(db, id);
  return {
    ...toChildSummary(r),
    cpr: r.cpr,
    language: r.language,
    tovholderPersonId: r.tovholder_person_id,
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
