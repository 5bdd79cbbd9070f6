import { t } from '../../../shared/text/da';
import { type z } from 'zod';
import { addDays, formatLongDate } from '../../../shared/format/danishDate';
import { instantOfDanishTime } from '../../../shared/format/danishClock';
import { isValidCpr } from '../../../shared/domain/privacyGuard';
import { childDeadlines, DEADLINE_KINDS, upcoming, type Aarshjul, type Deadline } from '../../../shared/domain/deadlines';
import { CONSENT_PURPOSE_LABELS, defaultRecipient, participantRefLabel, recipientProblem, type ConsentParticipantRef } from '../../../shared/domain/consentRules';
import { consentText } from '../../../shared/text/consentText';
import { PARENT_CONTACT_KINDS, PARENT_CONTACT_LABELS, type CaseDetail, type ChildUpdateSchema, type ConsentInputSchema, type TimelineEvent } from '../../../shared/schemas/case';
import { type TRIVSEL_DIMENSIONS } from '../../../shared/templates/schema';
import { MEETING_STATUS_LABELS } from '../../../shared/schemas/meeting';
import { type TRIVSEL_LEVELS } from '../../../shared/schemas/forms';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { getKommune } from '../settings/kommune';
import { LINEALEN_SCALES, linealenLabel, trivselWord, type TrivselLabelSet } from '../../../shared/domain/scales';
import { consentCoverage, consentRows, toConsent } from './caseRepo';
import { internalNoteText } from '../../../shared/text/historyTruth';
import { assertTovholder, getChildDetail, getChildRow, guardiansOf } from './childrenRepo';
import { childText } from '../../../shared/text/childRecords';
import * as childrenTable from '../db/tables/children';
import type { ChildChanges, ChildRow } from '../db/tables/children';
import * as peopleTable from '../db/tables/people';
import * as followupsTable from '../db/tables/followups';
import { allowedForCase, contactAllowed, linealenAccepted, trivselAccepted, trivselChoices } from './caseRules';


export function updateChild(ctx: Ctx, input: z.infer<typeof ChildUpdateSchema>): void {
  const db = ctx.db;
  db.transaction(() => {
    getChildRow(db, input.id);
    const k = getKommune(db);
    const changes: ChildChanges = {};
    const set = <K extends keyof ChildChanges>(col: K, v: ChildChanges[K]) => {
      changes[col] = v;
    };
    if (input.cpr !== undefined) {
      const cpr = input.cpr?.trim() || null;
      if (cpr && !k.cprEnabled) throw new AppError('INVALID_INPUT', childText.case.cprDisabled, 'cpr');
      if (cpr && !isValidCpr(cpr)) throw new AppError('INVALID_INPUT', childText.case.cprInvalid, 'cpr');
      set('cpr', cpr ? cpr.replace(/^(\d{6})-?(\d{4})$/, '$1-$2') : null);
    }
    if (input.linealenLevel !== undefined) {
      const scale = LINEALEN_SCALES[k.linealenVariant];
      if (input.linealenLevel !== null && !linealenAccepted(k.linealenVariant, input.linealenLevel)) {
        throw new AppError('INVALID_INPUT', childText.case.linealenLevels(scale.name, scale.levels.map((l) => l.level).join(', ')), 'linealenLevel');
      }
      // The level is stored with the scale it was given on (issue 21, item 3).
      set('linealen_level', input.linealenLevel);
      set('linealen_variant', input.linealenLevel === null ? null : k.linealenVariant);
    }
    if (input.language !== undefined) set('language', input.language);
    if (input.tovholderPersonId !== undefined) {
      assertTovholder(db, input.tovholderPersonId);
      set('tovholder_person_id', input.tovholderPersonId);
    }
    if (input.socialSag !== undefined) set('social_sag', input.socialSag ? 1 : 0);
    if (input.specialNeeds !== undefined) set('special_needs', input.specialNeeds ? 1 : 0);
    if (input.leftAt !== undefined) set('left_at', input.leftAt);
    if (input.institution !== undefined) set('institution', input.institution);
    if (input.stue !== undefined) set('stue', input.stue);
    if (!Object.keys(changes).length) return;
    childrenTable.update(db, input.id, changes);
    audit(ctx, 'child.save', 'child', input.id);
  })();
}

/** „Mistanke om overgreb": the inform-parents-first prompts are switched off, and why is recorded. */
export function setAbuseFlag(ctx: Ctx, childId: string, on: boolean, reason: string): void {
  ctx.db.transaction(() => {
    getChildRow(ctx.db, childId);
    if (on && !reason.trim()) throw new AppError('INVALID_INPUT', childText.case.abuseReason, 'reason');
    childrenTable.update(ctx.db, childId, { abuse_suspected: on ? 1 : 0, abuse_reason: on ? reason : null, abuse_at: on ? nowTs(ctx) : null });
    audit(ctx, 'child.save', 'child', childId, on ? 'Markerede mistanke om overgreb' : 'Fjernede markering af mistanke om overgreb');
  })();
}

export function recordConsent(ctx: Ctx, input: z.infer<typeof ConsentInputSchema>): void {
  const db = ctx.db;
  db.transaction(() => {
    getChildRow(db, input.childId);
    const holders = guardiansOf(db, input.childId);
    // „Til hvem" follows the purpose: a recipient the purpose does not cover is refused (issue 11, item 7).
    const recipients = input.recipients.map((r) => ({ kind: r.kind ?? defaultRecipient(input.purpose).kind, name: r.name, authority: r.authority }));
    for (const r of recipients) {
      const problem = recipientProblem(input.purpose, r);
      if (problem) throw new AppError('INVALID_INPUT', problem, 'recipients');
    }
    // Participants chosen as people or roles (issue 11, item 5): a person must be in the directory; the name is kept.
    const participants: ConsentParticipantRef[] = [];
    for (const p of input.participants) {
      const ref: ConsentParticipantRef =
        p.kind === 'role'
          ? p
          : (() => {
              const person = peopleTable.byId(db, p.personId);
              if (!person) throw new AppError('NOT_FOUND', consentText.personUnknown, 'participants');
              return { kind: 'person', personId: p.personId, name: person.name };
            })();
      if (participants.some((x) => (x.kind === 'role' && ref.kind === 'role' && x.role === ref.role) || (x.kind === 'person' && ref.kind === 'person' && x.personId === ref.personId))) {
        throw new AppError('INVALID_INPUT', consentText.participantTwice(participantRefLabel(ref)), 'participants');
      }
      participants.push(ref);
    }
    for (const pid of input.guardianPersonIds) {
      const g = holders.find((h) => h.person_id === pid);
      if (!g) throw new AppError('NOT_FOUND', childText.case.notAGuardian, 'guardianPersonIds');
      if (g.custody !== 1) throw new AppError('INVALID_INPUT', childText.case.noCustody(g.name), 'guardianPersonIds');
      stmt(
        db,
        `INSERT INTO consents (id, child_id, guardian_person_id, purpose, info_types, recipients, purpose_text, given_date, obtained_by, participants_shown, participant_refs, topics, expires, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        newId(),
        input.childId,
        pid,
        input.purpose,
        JSON.stringify(input.infoTypes),
        JSON.stringify(recipients),
        input.purposeText,
        input.givenDate,
        input.obtainedBy,
        JSON.stringify(input.participantsShown),
        JSON.stringify(participants),
        JSON.stringify(input.topics),
        input.expires,
        nowTs(ctx),
      );
    }
    audit(ctx, 'consent.record', 'child', input.childId, `Registrerede samtykke (${CONSENT_PURPOSE_LABELS[input.purpose]})`);
  })();
}

export function withdrawConsent(ctx: Ctx, consentId: string, reason: string): string {
  return ctx.db.transaction(() => {
    const row = stmt(ctx.db, 'SELECT child_id, withdrawn_at FROM consents WHERE id = ?').get(consentId) as { child_id: string; withdrawn_at: string | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', childText.case.consentNotFound);
    if (row.withdrawn_at) throw new AppError('CONFLICT', childText.consentAlreadyWithdrawn);
    stmt(ctx.db, 'UPDATE consents SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?').run(todayIso(ctx), reason, consentId);
    audit(ctx, 'consent.withdraw', 'child', row.child_id);
    return row.child_id;
  })();
}

export function addParentContact(ctx: Ctx, input: { childId: string; kind: (typeof PARENT_CONTACT_KINDS)[number]; date: string; byName: string; note: string; noteInternal?: boolean; meetingId: string | null }): void {
  ctx.db.transaction(() => {
    const child = getChildRow(ctx.db, input.childId);
    if (!contactAllowed(child.abuse_suspected === 1, input.kind)) {
      throw new AppError(
        'CONFLICT',
        childText.case.contactBlocked(PARENT_CONTACT_LABELS[input.kind]),
        'kind',
      );
    }
    stmt(ctx.db, 'INSERT INTO parent_contacts (id, child_id, meeting_id, kind, date, by_name, note, note_internal, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      newId(),
      input.childId,
      input.meetingId,
      input.kind,
      input.date,
      input.byName,
      input.note,
      input.noteInternal ? 1 : 0,
      nowTs(ctx),
    );
  })();
}

export function addTrivsel(
  ctx: Ctx,
  input: { childId: string; date: string; dimensions: { dimension: (typeof TRIVSEL_DIMENSIONS)[number]; level: (typeof TRIVSEL_LEVELS)[number] | null; text: string }[]; overall: (typeof TRIVSEL_LEVELS)[number]; note: string; noteInternal?: boolean },
): void {
  ctx.db.transaction(() => {
    getChildRow(ctx.db, input.childId);
    const labels = getKommune(ctx.db).trivselLabels;
    const refused = [input.overall, ...input.dimensions.map((d) => d.level)].find((l) => l !== null && !trivselAccepted(labels, l));
    if (refused) throw new AppError('INVALID_INPUT', childText.case.trivselLevel(trivselChoices(labels).map((c) => c.label).join(', ')), 'overall');
    stmt(ctx.db, 'INSERT INTO trivsel_assessments (id, child_id, date, dimensions, overall, note, note_internal, by_name, labels, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      newId(),
      input.childId,
      input.date,
      JSON.stringify(input.dimensions),
      input.overall,
      input.note,
      input.noteInternal ? 1 : 0,
      ctx.actor(),
      labels,
      nowTs(ctx),
    );
  })();
}


/** A date and time in the meeting's own terms (Danish wall clock) as an instant, so every event sorts and shows alike. */
function danishInstant(date: string, time: string): string {
  return instantOfDanishTime(date, time).toISOString();
}

/** Everything that happened for the child, newest first, with who did what (stafetlog, SPEC req. 28). */
export function timeline(db: Db, childId: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const meetings = stmt(
    db,
    `SELECT DISTINCT m.id, m.title, m.date, m.start_time, m.status, coalesce(cp.snap_name, p.name) AS chair FROM meetings m LEFT JOIN people p ON p.id = m.chair_id
       LEFT JOIN participants cp ON cp.meeting_id = m.id AND cp.person_id = m.chair_id
      WHERE m.child_id = @c OR m.id IN (SELECT meeting_id FROM agenda_items WHERE child_id = @c)`,
  ).all({ c: childId }) as { id: string; title: string; date: string; start_time: string; status: keyof typeof MEETING_STATUS_LABELS; chair: string | null }[];
  for (const m of meetings) {
    events.push({ at: danishInstant(m.date, m.start_time), kind: 'moede', title: m.title, detail: MEETING_STATUS_LABELS[m.status], actor: m.chair ?? '', meetingId: m.id });
  }
  const decisions = stmt(
    db,
    // The child's items – its own, and the general items of a meeting about the child – found through their indexes
    // first: an OR across the joined tables walked every decision in the kommune (issue 17: 270 ms at 10,000 meetings).
    // The meeting drives the second part (CROSS JOIN); `+` keeps the planner off the index of items with no child.
    `WITH items(id) AS (
       SELECT id FROM agenda_items WHERE child_id = @c
       UNION ALL
       SELECT i.id FROM meetings m CROSS JOIN agenda_items i ON i.meeting_id = m.id WHERE m.child_id = @c AND +i.child_id IS NULL AND i.kind != 'anonym')
     SELECT d.text, d.created_at, m.id AS meeting_id, m.date, m.start_time, coalesce(cp.snap_name, p.name) AS chair
       FROM items k CROSS JOIN decisions d ON d.item_id = k.id
       JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
       LEFT JOIN people p ON p.id = m.chair_id
       LEFT JOIN participants cp ON cp.meeting_id = m.id AND cp.person_id = m.chair_id`,
  ).all({ c: childId }) as { text: string; meeting_id: string; date: string; start_time: string; chair: string | null }[];
  for (const d of decisions) events.push({ at: danishInstant(d.date, `${d.start_time}:01`), kind: 'beslutning', title: childText.timeline.decision, detail: d.text, actor: d.chair ?? '', meetingId: d.meeting_id });
  const followups = followupsTable.forChildWithMeetingTime(db, childId);
  for (const f of followups) {
    // Dated by the meeting that agreed it, not by when it was typed in (issue 21, item 9).
    events.push({ at: danishInstant(f.date, `${f.start_time}:02`), kind: 'opfoelgning', title: childText.case.timelineFollowup(f.owner_initials), detail: `${f.text}${f.due_date ? childText.case.due(formatLongDate(f.due_date)) : ''}`, actor: f.owner_initials, meetingId: f.meeting_id });
    if (f.closed_at) events.push({ at: f.closed_at, kind: 'opfoelgning', title: childText.case.timelineFollowupClosed, detail: f.text, actor: f.closed_by ?? '', meetingId: f.meeting_id });
  }
  const docs = stmt(db, 'SELECT document_id, kind, created_at, created_by, meeting_id FROM documents WHERE child_id = ? OR meeting_id IN (SELECT id FROM meetings WHERE child_id = ?)').all(childId, childId) as {
    document_id: string;
    kind: string;
    created_at: string;
    created_by: string;
    meeting_id: string | null;
  }[];
  for (const d of docs) events.push({ at: d.created_at, kind: 'dokument', title: childText.timeline.document(d.kind), detail: d.document_id, actor: d.created_by, meetingId: d.meeting_id });
  for (const c of consentRows(db, childId)) {
    events.push({ at: danishInstant(c.given_date, '12:00'), kind: 'samtykke', title: childText.timeline.consentGiven, detail: `${c.guardian_name}: ${CONSENT_PURPOSE_LABELS[c.purpose]}`, actor: c.obtained_by, meetingId: null });
    if (c.withdrawn_at) events.push({ at: danishInstant(c.withdrawn_at, '12:00'), kind: 'samtykke', title: childText.timeline.consentWithdrawn, detail: `${c.guardian_name}${c.withdrawn_reason ? `: ${c.withdrawn_reason}` : ''}`, actor: '', meetingId: null });
  }
  const dispatches = stmt(db, 'SELECT * FROM dispatches WHERE child_id = ?').all(childId) as { document_id: string; recipient: string; channel: string; basis: string; sent_at: string; recorded_by: string; meeting_id: string | null }[];
  for (const d of dispatches) {
    const channel = t.dispatch.channels[d.channel] ?? d.channel;
    const basis = t.dispatch.bases[d.basis] ?? d.basis;
    events.push({ at: d.sent_at, kind: 'udsendelse', title: childText.timeline.sentTo(d.recipient), detail: childText.timeline.dispatchDetail(d.document_id, channel, basis.toLowerCase()), actor: d.recorded_by, meetingId: d.meeting_id });
  }
  const assessments = stmt(db, 'SELECT date, overall, labels, by_name FROM trivsel_assessments WHERE child_id = ?').all(childId) as { date: string; overall: string; labels: string; by_name: string }[];
  // Each assessment in the words it was recorded with, whatever the kommune uses today.
  for (const a of assessments) events.push({ at: danishInstant(a.date, '12:00'), kind: 'trivsel', title: childText.timeline.wellbeing, detail: childText.timeline.overall(trivselWord(a.labels, a.overall)), actor: a.by_name, meetingId: null });
  const contacts = stmt(db, 'SELECT kind, date, by_name, note, note_internal, meeting_id FROM parent_contacts WHERE child_id = ?').all(childId) as { kind: keyof typeof PARENT_CONTACT_LABELS; date: string; by_name: string; note: string; note_internal: number; meeting_id: string | null }[];
  for (const c of contacts) {
    events.push({ at: danishInstant(c.date, '12:00'), kind: 'foraeldre', title: PARENT_CONTACT_LABELS[c.kind], detail: c.note, actor: c.by_name, meetingId: c.meeting_id, ...(c.note_internal ? { internal: true } : {}) });
  }
  const child = getChildRow(db, childId);
  if (child.abuse_at) events.push({ at: child.abuse_at, kind: 'sag', title: childText.timeline.abuseMarked, detail: child.abuse_reason ?? '', actor: '', meetingId: null });
  return events.sort((a, b) => b.at.localeCompare(a.at));
}

export function getCase(ctx: Ctx, childId: string): CaseDetail {
  const db = ctx.db;
  const today = todayIso(ctx);
  const k = getKommune(db);
  const r = getChildRow(db, childId);
  const consents = consentRows(db, childId).map((c) => toConsent(c, k.consentValidityMonths, today));
  const cov = consentCoverage(db, childId, 'tvaerfagligt_moede', today);
  const contacts = (stmt(db, 'SELECT * FROM parent_contacts WHERE child_id = ? ORDER BY date DESC, created_at DESC').all(childId) as {
    id: string;
    kind: (typeof PARENT_CONTACT_KINDS)[number];
    date: string;
    by_name: string;
    note: string;
    note_internal: number;
    meeting_id: string | null;
  }[]).map((c) => ({ id: c.id, kind: c.kind, date: c.date, byName: c.by_name, note: c.note, noteInternal: c.note_internal === 1, meetingId: c.meeting_id }));
  const trivsel = (stmt(db, 'SELECT * FROM trivsel_assessments WHERE child_id = ? ORDER BY date DESC').all(childId) as {
    id: string;
    date: string;
    dimensions: string;
    overall: (typeof TRIVSEL_LEVELS)[number];
    labels: TrivselLabelSet;
    note: string;
    note_internal: number;
    by_name: string;
  }[]).map((a) => ({
    id: a.id,
    date: a.date,
    dimensions: JSON.parse(a.dimensions) as CaseDetail['trivsel'][number]['dimensions'],
    overall: a.overall,
    labels: a.labels,
    overallLabel: trivselWord(a.labels, a.overall),
    note: a.note,
    noteInternal: a.note_internal === 1,
    byName: a.by_name,
  }));
  const lastYear = trivsel.filter((a) => a.date > addDays(today, -365)).length;
  const dispatches = (stmt(db, 'SELECT * FROM dispatches WHERE child_id = ? ORDER BY sent_at DESC').all(childId) as {
    id: string;
    document_id: string;
    recipient: string;
    recipient_authority: string;
    channel: string;
    basis: string;
    note: string;
    sent_at: string;
    recorded_by: string;
  }[]).map((d) => ({ id: d.id, documentId: d.document_id, recipient: d.recipient, recipientAuthority: d.recipient_authority, channel: d.channel, basis: d.basis, note: d.note, sentAt: d.sent_at, recordedBy: d.recorded_by }));
  const checklist = PARENT_CONTACT_KINDS.map((kind) => {
    const latest = contacts.find((c) => c.kind === kind);
    return { kind, label: PARENT_CONTACT_LABELS[kind], done: !!latest, date: latest?.date ?? null, allowed: contactAllowed(r.abuse_suspected === 1, kind) };
  });
  const detail = getChildDetail(db, childId);
  return {
    child: {
      ...detail,
      linealenLevel: r.linealen_level,
      linealenVariant: r.linealen_level ? r.linealen_variant : null,
      linealenLabel: r.linealen_level && r.linealen_variant ? linealenLabel(r.linealen_variant, r.linealen_level) : r.linealen_level,
      linealenOtherScale: !!r.linealen_level && r.linealen_variant !== k.linealenVariant,
      specialNeeds: r.special_needs === 1, abuseSuspected: r.abuse_suspected === 1, abuseReason: r.abuse_reason, leftAt: r.left_at },
    consents,
    consentValidForMeetings: cov.valid,
    consentProblem: cov.explanation,
    parentContacts: contacts,
    checklist,
    trivsel,
    trivselReminder: lastYear < 2 ? childText.case.trivselReminder(lastYear) : null,
    timeline: timeline(db, childId),
    dispatches,
    deadlines: childDeadlines(r.birth_date, k.aarshjul, { specialNeeds: r.special_needs === 1 || r.social_sag === 1 }),
    underretningUrl: k.underretningUrl,
    internalNotes: internalNoteCount(db, childId),
    allowed: allowedForCase(k, r.abuse_suspected === 1),
  };
}

/** Internal notes with text, and the professionals' preparations about the child (internal working notes). */
export function internalNoteCount(db: Db, childId: string): number {
  const n = (sql: string) => (stmt(db, sql).get(childId) as { n: number }).n;
  return (
    n("SELECT count(*) AS n FROM parent_contacts WHERE child_id = ? AND note_internal = 1 AND trim(note) != ''") +
    n("SELECT count(*) AS n FROM trivsel_assessments WHERE child_id = ? AND note_internal = 1 AND trim(note) != ''") +
    n('SELECT count(*) AS n FROM preparation_entries e JOIN agenda_items i ON i.id = e.item_id WHERE i.child_id = ?')
  );
}

/** Marks a note in the child's case as internal (only for professionals), or not. Logged, without the note. */
export function setNoteInternal(ctx: Ctx, input: { childId: string; kind: 'foraeldrekontakt' | 'trivsel'; id: string; internal: boolean }): void {
  ctx.db.transaction(() => {
    const table = input.kind === 'foraeldrekontakt' ? 'parent_contacts' : 'trivsel_assessments';
    const changed = stmt(ctx.db, `UPDATE ${table} SET note_internal = ? WHERE id = ? AND child_id = ?`).run(input.internal ? 1 : 0, input.id, input.childId).changes;
    if (!changed) throw new AppError('NOT_FOUND', internalNoteText.notFound, 'id');
    audit(ctx, 'note.internal', 'child', input.childId, internalNoteText.logged(internalNoteText.noteKinds[input.kind], input.internal));
  })();
}

/** How many deadlines the start page shows. */
const START_PAGE_DEADLINES = 30;

/**
 * The earliest birth date whose `kind` deadline falls on or after `since`, or null if none within 30 years back.
 * Every deadline is a non-decreasing function of the birth date (a fixed age, or the school-start year), so a
 * binary search over the days finds it in about 14 steps.
 */
function firstBirthFor(kind: Deadline['kind'], since: string, today: string, a: Aarshjul): string | null {
  const dateOf = (birth: string) => childDeadlines(birth, a, { specialNeeds: true }).find((d) => d.kind === kind)!.date;
  let lo = -30 * 366;
  let hi = 1;
  if (dateOf(addDays(today, hi)) < since) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (dateOf(addDays(today, mid)) >= since) hi = mid;
    else lo = mid + 1;
  }
  return addDays(today, lo);
}

/**
 * The start page's deadlines: the first 30 for the children still in the dagtilbud – missed within the last month
 * first, then the next six months (`upcoming`), by date, then by birth date.
 *
 * Only the children who can be among them are read (issue 17: reading every young child cost 200 ms at kommune
 * scale, and grew with the number of children): for each kind of deadline, the 30 children born first from the
 * earliest birth date whose deadline is not yet a month past (`firstBirthFor`), through index children_birth_date.
 * Because each deadline grows with the birth date, the list is exactly what computing every child would give
 * (test/unit/db/migrations/0250-children-birth-date.test.ts).
 */
export function upcomingDeadlines(ctx: Ctx): { childId: string; childName: string; kind: string; date: string; label: string; overdue: boolean }[] {
  const today = todayIso(ctx);
  const k = getKommune(ctx.db);
  const since = addDays(today, -31);
  const candidates = new Map<string, ChildRow & { rid: number }>();
  for (const kind of DEADLINE_KINDS) {
    const from = firstBirthFor(kind, since, today, k.aarshjul);
    if (from === null) continue;
    for (const c of childrenTable.firstPresentBornFrom(ctx.db, from, START_PAGE_DEADLINES, kind === 'skole_saerlige_behov')) candidates.set(c.id, c);
  }
  return [...candidates.values()]
    .sort((x, y) => x.birth_date.localeCompare(y.birth_date) || x.rid - y.rid)
    .flatMap((c) =>
      upcoming(childDeadlines(c.birth_date, k.aarshjul, { specialNeeds: c.special_needs === 1 || c.social_sag === 1 }), today).map((d) => ({ childId: c.id, childName: c.name, ...d })),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date))
    .slice(0, START_PAGE_DEADLINES);
}

