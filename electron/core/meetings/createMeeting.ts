import { sortDanish } from '../../../shared/format/danishOrder';
import { addDays } from '../../../shared/format/danishDate';
import type { RoleCode } from '../../../shared/domain/roles';
import type { MeetingCreate } from '../../../shared/schemas/meeting';
import type { Template } from '../../../shared/templates/schema';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { newId, nowIso } from '../ids';
import { getChildRow, guardiansOf } from '../children/childrenRepo';
import { getTemplate } from '../templates/catalogue';
import { stmt } from '../db/stmt';
import * as agendaItems from '../db/tables/agendaItems';
import { assertEndAfterStart, defaultEndTime } from './meetingTimes';
import { meetingText } from '../../../shared/text/meetingMessages';
import { audit } from '../audit/auditLog';
import type { Ctx } from '../context';
import * as meetingsTable from '../db/tables/meetings';
import * as participantsTable from '../db/tables/participants';

export function meetingTitle(t: Template): string {
  return t.variant ? `${t.name}: ${t.variant}` : t.name;
}

interface ProposedParticipant {
  personId: string;
  role: RoleCode;
  consultative: boolean;
}

function firstPersonWithRole(db: Db, role: RoleCode, opts: { authorityRole?: 'med' | 'uden'; exclude: Set<string> }): string | null {
  const found = stmt(db, 'SELECT id, name, authority_role, is_sample FROM people WHERE role = ?').all(role) as {
    id: string;
    name: string;
    authority_role: string | null;
    is_sample: number;
  }[];
  const rows = sortDanish(found, (r) => r.name).sort((a, b) => a.is_sample - b.is_sample);
  const pick = rows.find((r) => !opts.exclude.has(r.id) && (!opts.authorityRole || r.authority_role === opts.authorityRole));
  return pick?.id ?? rows.find((r) => !opts.exclude.has(r.id))?.id ?? null;
}

/**
 * Participants proposed from the template's fixed roles, the child's custody holders where parents take part, and
 * the dialogmøde rule (SPEC req. 4): no social sag → distriktsrådgiver uden myndighedsrolle; otherwise the child's
 * myndighedssagsbehandler. Both in a consultative role.
 */
export function proposeParticipants(db: Db, t: Template, childId: string | null): ProposedParticipant[] {
  const out: ProposedParticipant[] = [];
  const taken = new Set<string>();
  const add = (personId: string | null, role: RoleCode, consultative: boolean) => {
    if (!personId || taken.has(personId)) return;
    taken.add(personId);
    out.push({ personId, role, consultative });
  };
  const child = childId ? getChildRow(db, childId) : null;
  for (const p of t.participants) {
    if (!p.fixed) continue;
    if (p.role === 'foraelder') {
      if (child && t.parents === 'ja') {
        for (const g of guardiansOf(db, child.id)) if (g.custody === 1) add(g.person_id, 'foraelder', false);
      }
      continue;
    }
    if (p.rule === 'raadgiver_efter_sagsstatus') {
      if (child?.social_sag === 1) {
        add(firstPersonWithRole(db, 'myndighedssagsbehandler', { exclude: taken }), 'myndighedssagsbehandler', true);
      } else {
        add(firstPersonWithRole(db, 'distriktsraadgiver', { authorityRole: 'uden', exclude: taken }), 'distriktsraadgiver', true);
      }
      continue;
    }
    add(firstPersonWithRole(db, p.role, { exclude: taken }), p.role, p.consultative);
  }
  // The people who chair, convene, own and write the referat take part too, even if the template lists them
  // only as roles.
  for (const role of [t.roles.chair, t.roles.referent, t.roles.convener, t.roles.owner]) {
    if (!out.some((p) => p.role === role)) add(firstPersonWithRole(db, role, { exclude: taken }), role, false);
  }
  return out;
}

function roleHolder(parts: ProposedParticipant[], role: RoleCode): string | null {
  return parts.find((p) => p.role === role)?.personId ?? null;
}

function insertMeeting(
  db: Db,
  t: Template,
  input: MeetingCreate,
  date: string,
  series: { id: string; index: number } | null,
  isSample: boolean,
): string {
  const id = newId();
  const at = nowIso();
  const childId = input.childId ?? null;
  const parts = proposeParticipants(db, t, childId);
  const endTime = input.endTime ?? defaultEndTime(input.startTime, t.defaultDurationMinutes);
  stmt(
    db,
    `INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place,
        convener_id, chair_id, owner_id, referent_id, child_id, series_id, series_index, is_sample, created_at, updated_at)
     VALUES (@id, @template_id, @template_version, @template_json, @template_name, @type, @title, @date, @start_time, @end_time, @place,
        @convener_id, @chair_id, @owner_id, @referent_id, @child_id, @series_id, @series_index, @is_sample, @at, @at)`,
  ).run({
    id,
    template_id: t.id,
    template_version: t.version,
    template_json: JSON.stringify(t),
    template_name: meetingTitle(t),
    type: t.type,
    title: input.title?.trim() || meetingTitle(t),
    date,
    start_time: input.startTime,
    end_time: endTime,
    place: input.place ?? t.defaultPlace ?? '',
    convener_id: roleHolder(parts, t.roles.convener),
    chair_id: roleHolder(parts, t.roles.chair),
    owner_id: roleHolder(parts, t.roles.owner),
    referent_id: roleHolder(parts, t.roles.referent),
    child_id: childId,
    series_id: series?.id ?? null,
    series_index: series?.index ?? null,
    is_sample: isSample ? 1 : 0,
    at,
  });
  const allPhases = JSON.stringify(t.phases?.map((p) => p.key) ?? []);
  parts.forEach((p, i) =>
    participantsTable.insert(db, {
      id: newId(),
      meeting_id: id,
      person_id: p.personId,
      role: p.role,
      consultative: p.consultative ? 1 : 0,
      guest_item_id: null,
      phases: allPhases,
      position: i,
      attendance: 'forventet',
    }),
  );
  t.agenda.forEach((a, i) =>
    agendaItems.insert(db, {
      id: newId(),
      meeting_id: id,
      position: i,
      template_key: a.key,
      kind: a.kind,
      title: a.title,
      minutes: a.minutes,
      block: a.block ?? null,
      phase: a.phase ?? null,
      description: a.description ?? '',
      fixed: a.fixed ? 1 : 0,
      updated_at: at,
    }),
  );
  if (t.phases?.length) meetingsTable.update(db, id, { current_phase: t.phases[0]!.key });
  return id;
}

/** Creates a meeting (or a recurring series) from a template. Returns the id of the first meeting. */
export function createMeeting(db: Db, input: MeetingCreate, opts: { isSample?: boolean } = {}): string {
  const t = getTemplate(db, input.templateId);
  if (t.childScope === 'ingen' && input.childId) {
    throw new AppError('TEMPLATE_RULE', meetingText.create.notAboutOneChild, 'childId');
  }
  if (input.childId) getChildRow(db, input.childId);
  if (input.endTime) assertEndAfterStart(input.startTime, input.endTime);
  else defaultEndTime(input.startTime, t.defaultDurationMinutes);
  return db.transaction(() => {
    if (!input.series) return insertMeeting(db, t, input, input.date, null, opts.isSample ?? false);
    if (t.cadence.kind === 'ad_hoc' || t.cadence.kind === 'en_gang') {
      throw new AppError('TEMPLATE_RULE', meetingText.create.noSeries, 'series');
    }
    const seriesId = newId();
    stmt(db, 'INSERT INTO series (id, template_id, title, cadence_weeks, created_at) VALUES (?, ?, ?, ?, ?)').run(
      seriesId,
      t.id,
      input.title?.trim() || meetingTitle(t),
      input.series.weeks,
      nowIso(),
    );
    let first = '';
    for (let i = 0; i < input.series.count; i++) {
      const id = insertMeeting(db, t, input, addDays(input.date, i * 7 * input.series.weeks), { id: seriesId, index: i + 1 }, opts.isSample ?? false);
      if (i === 0) first = id;
    }
    return first;
  })();
}

/** Creates a meeting from a template, logged; returns its id. */
export function createMeetingLogged(ctx: Ctx, input: MeetingCreate): string {
  return ctx.db.transaction(() => {
    const id = createMeeting(ctx.db, input);
    audit(ctx, 'meeting.create', 'meeting', id);
    return id;
  })();
}
