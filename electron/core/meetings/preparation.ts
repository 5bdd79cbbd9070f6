import { type z } from 'zod';
import { roleLabel, isProfessional } from '../../../shared/domain/roles';
import { LINEALEN_SCALES, linealenLabel, type LinealenVariant } from '../../../shared/domain/scales';
import { addDays, daysBetween, formatLongDate } from '../../../shared/format/danishDate';
import type { MeetingDetail, Warning } from '../../../shared/schemas/meeting';
import type { PreparationEntry, PreparationForm, PreparationSaveSchema } from '../../../shared/schemas/preparation';
import { prepText } from '../../../shared/text/historyTruth';
import { t as da } from '../../../shared/text/da';
import { audit } from '../audit/auditLog';
import type { Ctx } from '../context';
import { danishDateOf, nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { newId } from '../ids';
import { protectedGuard } from '../children/caseRepo';
import { firstGuardHit } from '../privacy/anonymousGuard';
import { getKommune } from '../settings/kommune';
import { editableMeeting } from './guards';
import { getMeetingDetail } from './meetingDetail';
import * as peopleTable from '../db/tables/people';

/**
 * The fokusteam's forberedelsesskema (SPEC §3.6, §9.1 req. 14; issue 21, item 6): before the meeting each
 * professional writes, per child item, the current bekymringsniveau on Børnelinealen, what they have observed, what
 * they have tried and their questions. It can be changed until the meeting starts; the chair sees it in the meeting;
 * it is sent to all participants „senest 3 dage før“ – sending it late, or changing it after sending, stays on record.
 */

interface EntryRow {
  id: string;
  meeting_id: string;
  item_id: string;
  person_id: string;
  linealen_variant: LinealenVariant | null;
  linealen_level: string | null;
  observed: string;
  tried: string;
  questions: string;
  created_at: string;
  updated_at: string;
}

const PREPARABLE_KINDS = new Set(['barn', 'anonym']);

function preparationOf(m: MeetingDetail): { daysBefore: number } {
  if (!m.template.preparation) throw new AppError('TEMPLATE_RULE', prepText.noPreparation);
  return m.template.preparation;
}

/** Open for changes until the meeting starts (planned or called); never once it runs, ended or was cancelled. */
function lockReason(m: MeetingDetail): string | null {
  if (m.status === 'planlagt' || m.status === 'indkaldt') return null;
  return m.status === 'aflyst' ? prepText.lockedOther : prepText.lockedStarted;
}

function itemLabel(it: MeetingDetail['items'][number]): string {
  return it.childName ?? it.anonLabel ?? it.title;
}

function entriesOf(db: Db, m: MeetingDetail): PreparationEntry[] {
  const rows = stmt(db, 'SELECT * FROM preparation_entries WHERE meeting_id = ?').all(m.id) as EntryRow[];
  const items = new Map(m.items.map((it, i) => [it.id, { it, number: i + 1 }]));
  const people = new Map(m.participants.map((p) => [p.personId, p]));
  const sentAt = m.preparationSentAt;
  return rows
    .map((r) => {
      const item = items.get(r.item_id);
      const p = people.get(r.person_id);
      const person = p ?? peopleTable.byId(db, r.person_id);
      return {
        id: r.id,
        itemId: r.item_id,
        itemLabel: item ? itemLabel(item.it) : '',
        itemNumber: item?.number ?? 0,
        personId: r.person_id,
        personName: person?.name ?? '',
        roleLabel: person ? roleLabel(person.role) : '',
        linealenVariant: r.linealen_variant,
        linealenLevel: r.linealen_level,
        levelLabel: r.linealen_variant && r.linealen_level ? linealenLabel(r.linealen_variant, r.linealen_level) : null,
        observed: r.observed,
        tried: r.tried,
        questions: r.questions,
        updatedAt: r.updated_at,
        changedAfterSent: !!sentAt && r.updated_at > sentAt,
      };
    })
    .sort((a, b) => a.itemNumber - b.itemNumber || a.personName.localeCompare(b.personName, 'da'));
}

export function getPreparation(ctx: Ctx, meetingId: string): PreparationForm {
  const m = getMeetingDetail(ctx.db, meetingId, todayIso(ctx));
  const prep = preparationOf(m);
  const k = getKommune(ctx.db);
  const scale = LINEALEN_SCALES[k.linealenVariant];
  const deadline = addDays(m.date, -prep.daysBefore);
  const sentDaysLate = m.preparationSentAt ? Math.max(0, daysBetween(deadline, danishDateOf(m.preparationSentAt))) : 0;
  const locked = lockReason(m);
  return {
    meetingId: m.id,
    editable: locked === null,
    lockedReason: locked,
    deadline,
    daysBefore: prep.daysBefore,
    sentAt: m.preparationSentAt,
    sentDaysLate,
    scale: { variant: k.linealenVariant, name: scale.name, levels: scale.levels.map((l) => ({ level: l.level, heading: l.heading })) },
    items: m.items
      .map((it, i) => ({ it, number: i + 1 }))
      .filter(({ it }) => PREPARABLE_KINDS.has(it.kind))
      .map(({ it, number }) => ({ itemId: it.id, number, label: itemLabel(it) })),
    people: m.participants.filter((p) => isProfessional(p.role)).map((p) => ({ personId: p.personId, name: p.name, roleLabel: roleLabel(p.role) })),
    entries: entriesOf(ctx.db, m),
  };
}

/** Writes or replaces one professional's preparation for one item. */
export function savePreparation(ctx: Ctx, input: z.output<typeof PreparationSaveSchema>): PreparationForm {
  const db = ctx.db;
  db.transaction(() => {
    editableMeeting(db, input.meetingId);
    const m = getMeetingDetail(db, input.meetingId, todayIso(ctx));
    preparationOf(m);
    const locked = lockReason(m);
    if (locked) throw new AppError('CONFLICT', locked);
    const item = m.items.find((i) => i.id === input.itemId);
    if (!item || !PREPARABLE_KINDS.has(item.kind)) throw new AppError('INVALID_INPUT', prepText.notAnItem, 'itemId');
    const person = m.participants.find((p) => p.personId === input.personId);
    if (!person) throw new AppError('INVALID_INPUT', prepText.notAParticipant, 'personId');
    if (!isProfessional(person.role)) throw new AppError('INVALID_INPUT', prepText.parentCannotPrepare, 'personId');
    const k = getKommune(db);
    const scale = LINEALEN_SCALES[k.linealenVariant];
    const level = input.linealenLevel?.trim() || null;
    if (level !== null && !scale.levels.some((l) => l.level === level)) {
      throw new AppError('INVALID_INPUT', prepText.badLevel(scale.name, scale.levels.map((l) => l.level).join(', ')), 'linealenLevel');
    }
    if (level === null && !input.observed.trim() && !input.tried.trim() && !input.questions.trim()) {
      throw new AppError('INVALID_INPUT', prepText.emptyEntry, 'observed');
    }
    // An anonymous case stays anonymous in the preparation too (issue 13, item 1).
    if (item.kind === 'anonym') {
      const hit = firstGuardHit(protectedGuard(db), [
        { field: 'observed', text: input.observed },
        { field: 'tried', text: input.tried },
        { field: 'questions', text: input.questions },
      ]);
      if (hit) {
        const label = { observed: prepText.observed, tried: prepText.tried, questions: prepText.questions }[hit.field as 'observed' | 'tried' | 'questions'];
        throw new AppError('PRIVACY_GUARD', da.privacyGuard.field(label, hit.what), hit.field);
      }
    }
    const at = nowTs(ctx);
    stmt(
      db,
      `INSERT INTO preparation_entries (id, meeting_id, item_id, person_id, linealen_variant, linealen_level, observed, tried, questions, created_at, updated_at)
       VALUES (@id, @meeting, @item, @person, @variant, @level, @observed, @tried, @questions, @at, @at)
       ON CONFLICT (item_id, person_id) DO UPDATE SET linealen_variant = excluded.linealen_variant, linealen_level = excluded.linealen_level,
         observed = excluded.observed, tried = excluded.tried, questions = excluded.questions, updated_at = excluded.updated_at`,
    ).run({
      id: newId(),
      meeting: m.id,
      item: item.id,
      person: person.personId,
      variant: level === null ? null : k.linealenVariant,
      level,
      observed: input.observed,
      tried: input.tried,
      questions: input.questions,
      at,
    });
    const n = (stmt(db, 'SELECT count(*) AS n FROM preparation_entries WHERE meeting_id = ?').get(m.id) as { n: number }).n;
    audit(ctx, 'preparation.save', 'meeting', m.id, prepText.logged(n));
  })();
  return getPreparation(ctx, input.meetingId);
}

export function removePreparation(ctx: Ctx, meetingId: string, entryId: string): PreparationForm {
  const db = ctx.db;
  db.transaction(() => {
    editableMeeting(db, meetingId);
    const m = getMeetingDetail(db, meetingId, todayIso(ctx));
    preparationOf(m);
    const locked = lockReason(m);
    if (locked) throw new AppError('CONFLICT', locked);
    const gone = stmt(db, 'DELETE FROM preparation_entries WHERE id = ? AND meeting_id = ?').run(entryId, meetingId).changes;
    if (!gone) throw new AppError('NOT_FOUND', prepText.entryNotFound, 'entryId');
    audit(ctx, 'preparation.remove', 'meeting', meetingId);
  })();
  return getPreparation(ctx, meetingId);
}

export function preparationCount(db: Db, meetingId: string): number {
  return (stmt(db, 'SELECT count(*) AS n FROM preparation_entries WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}

/** Entries written or changed after the form was sent: the participants have an older form. */
export function preparationWarnings(db: Db, m: MeetingDetail): Warning[] {
  if (!m.template.preparation || !m.preparationSentAt || m.status === 'aflyst') return [];
  const n = (stmt(db, 'SELECT count(*) AS n FROM preparation_entries WHERE meeting_id = ? AND updated_at > ?').get(m.id, m.preparationSentAt) as { n: number }).n;
  return n ? [{ code: 'PREPARATION_CHANGED_AFTER_SENT', level: 'advarsel', message: prepText.changedWarning(n, formatLongDate(danishDateOf(m.preparationSentAt))) }] : [];
}

/** The preparations about one child, for the parents' access package (internal working notes, forvaltningsloven § 12). */
export function preparationsForChild(db: Db, childId: string): { meetingTitle: string; date: string; personName: string; role: string; levelLabel: string | null; observed: string; tried: string; questions: string }[] {
  const rows = stmt(
    db,
    `SELECT m.title, m.date, coalesce(pa.snap_name, p.name) AS name, coalesce(pa.role, p.role) AS role, e.linealen_variant, e.linealen_level, e.observed, e.tried, e.questions
       FROM preparation_entries e JOIN agenda_items i ON i.id = e.item_id JOIN meetings m ON m.id = e.meeting_id JOIN people p ON p.id = e.person_id
       LEFT JOIN participants pa ON pa.meeting_id = e.meeting_id AND pa.person_id = e.person_id
      WHERE i.child_id = ? ORDER BY m.date, name`,
  ).all(childId) as { title: string; date: string; name: string; role: string; linealen_variant: LinealenVariant | null; linealen_level: string | null; observed: string; tried: string; questions: string }[];
  return rows.map((r) => ({
    meetingTitle: r.title,
    date: r.date,
    personName: r.name,
    role: roleLabel(r.role),
    levelLabel: r.linealen_variant && r.linealen_level ? linealenLabel(r.linealen_variant, r.linealen_level) : null,
    observed: r.observed,
    tried: r.tried,
    questions: r.questions,
  }));
}
