import { createHash } from 'node:crypto';
import { CONSENT_PURPOSE_LABELS, type ConsentPurpose } from '../../../shared/domain/consentRules';
import { formatLongDate } from '../../../shared/format/danishDate';
import { linealenLabel, trivselWord, type LinealenVariant } from '../../../shared/domain/scales';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../../shared/schemas/meeting';
import { PARENT_CONTACT_LABELS } from '../../../shared/schemas/case';
import { RETENTION_KINDS, type RetentionKind } from '../../../shared/schemas/settings';
import { stmt } from '../db/stmt';
import { prepText } from '../../../shared/text/historyTruth';
import type { Db } from '../db/types';
import { childText } from '../../../shared/text/childRecords';
import * as childrenTable from '../db/tables/children';
import * as followupsTable from '../db/tables/followups';

/** Meeting types whose records a kind of deletion removes (as `deleteDue` does). */
export const REFERAT_TYPES = ['dialogmoede', 'netvaerksmoede', 'trivselsmoede', 'sagsteammoede'];

/** One category the deletion removes, and how the journaliseringspakke holds it. */
export interface InventoryCategory {
  key: string;
  label: string;
  count: number;
  /** „dokumenter": as Word documents; „oversigt": as lines in the readable index; „udeladt": left out, see reason. */
  held: 'dokumenter' | 'oversigt' | 'udeladt';
  reason: string | null;
  lines: string[];
}

interface MeetingLine {
  id: string;
  title: string;
  date: string;
  type: string;
  status: MeetingStatus;
  child_id: string | null;
  template_json: string;
  referat: number;
}

/** Every kind the deletion covers: „barn" covers all of them, as `deleteDue` does. */
export function expandDue(due: readonly RetentionKind[]): Set<RetentionKind> {
  return new Set<RetentionKind>(due.includes('barn') ? RETENTION_KINDS : due);
}

function childMeetings(db: Db, childId: string): MeetingLine[] {
  return stmt(
    db,
    `SELECT m.id, m.title, m.date, m.type, m.status, m.child_id, m.template_json,
            EXISTS (SELECT 1 FROM referat_versions v WHERE v.meeting_id = m.id) AS referat
       FROM meetings m
      WHERE m.child_id = @c OR m.id IN (SELECT meeting_id FROM agenda_items WHERE child_id = @c)
      ORDER BY m.date, m.start_time`,
  ).all({ c: childId }) as MeetingLine[];
}

function itemNotes(db: Db, meetingId: string, childId: string | null): string {
  const rows = stmt(
    db,
    `SELECT i.title, i.notes, (SELECT group_concat(d.text, ' · ') FROM decisions d WHERE d.item_id = i.id) AS decisions
       FROM agenda_items i WHERE i.meeting_id = ? AND (? IS NULL OR i.child_id = ?) ORDER BY i.position`,
  ).all(meetingId, childId, childId) as { title: string; notes: string; decisions: string | null }[];
  return rows
    .filter((r) => r.notes.trim() || r.decisions)
    .map((r) => `${r.title}: ${r.notes.trim()}${r.decisions ? ` Beslutninger: ${r.decisions}` : ''}`.trim())
    .join(' | ');
}

const meetingLine = (m: MeetingLine) => `${m.title}, ${formatLongDate(m.date)} (${MEETING_STATUS_LABELS[m.status]})`;

/**
 * What a deletion of `due` will remove for one child, category by category, with how the journaliseringspakke
 * holds each: as documents, as readable lines in the index, or left out with the reason (issue 21, item 2).
 */
export function deletionInventory(db: Db, childId: string, dueKinds: readonly RetentionKind[]): InventoryCategory[] {
  const due = expandDue(dueKinds);
  const out: InventoryCategory[] = [];
  const add = (c: Omit<InventoryCategory, 'count'> & { count?: number }) => out.push({ ...c, count: c.count ?? c.lines.length });

  if (due.has('barn')) {
    const c = childrenTable.byId(db, childId)!;
    const guardians = stmt(db, 'SELECT p.name, g.relation, g.custody FROM guardians g JOIN people p ON p.id = g.person_id WHERE g.child_id = ?').all(childId) as {
      name: string;
      relation: string;
      custody: number;
    }[];
    add({
      key: 'stamdata',
      label: childText.retention.inventory.stamdata,
      held: 'oversigt',
      reason: null,
      count: 1 + guardians.length,
      lines: [
        childText.retention.inventory.childLine(c.name, formatLongDate(c.birth_date), c.institution, c.stue, c.left_at ? formatLongDate(c.left_at) : null),
        ...(c.linealen_level ? [childText.retention.inventory.linealen(c.linealen_variant ? linealenLabel(c.linealen_variant, c.linealen_level) : c.linealen_level)] : []),
        ...guardians.map((g) => childText.retention.inventory.guardian(g.name, g.relation, !!g.custody)),
      ],
    });
  }
  if (due.has('samtykke')) {
    const rows = stmt(
      db,
      'SELECT c.purpose, c.given_date, c.withdrawn_at, c.purpose_text, p.name FROM consents c JOIN people p ON p.id = c.guardian_person_id WHERE c.child_id = ? ORDER BY c.given_date',
    ).all(childId) as { purpose: ConsentPurpose; given_date: string; withdrawn_at: string | null; purpose_text: string; name: string }[];
    add({
      key: 'samtykker',
      label: childText.inventory.consents,
      held: 'oversigt',
      reason: null,
      lines: rows.map(
        (r) => `${r.name}: ${CONSENT_PURPOSE_LABELS[r.purpose]} – ${r.purpose_text}, givet ${formatLongDate(r.given_date)}${r.withdrawn_at ? `, tilbagekaldt ${formatLongDate(r.withdrawn_at)}` : ''}`,
      ),
    });
  }
  if (due.has('barn')) {
    const trivsel = stmt(db, 'SELECT date, dimensions, overall, labels, note, by_name FROM trivsel_assessments WHERE child_id = ? ORDER BY date').all(childId) as {
      date: string;
      dimensions: string;
      overall: string;
      labels: string;
      note: string;
      by_name: string;
    }[];
    add({
      key: 'trivsel',
      label: childText.inventory.wellbeing,
      held: 'oversigt',
      reason: null,
      lines: trivsel.map((a) => {
        const dims = (JSON.parse(a.dimensions) as { dimension: string; level: string | null; text: string }[])
          .map((d) => `${d.dimension}: ${d.level ? trivselWord(a.labels, d.level) : 'ikke vurderet'}${d.text.trim() ? ` (${d.text.trim()})` : ''}`)
          .join('; ');
        return `${formatLongDate(a.date)}, samlet ${trivselWord(a.labels, a.overall)} (${a.by_name}). ${dims}${a.note.trim() ? `. Note: ${a.note.trim()}` : ''}`;
      }),
    });
    const contacts = stmt(db, 'SELECT kind, date, by_name, note FROM parent_contacts WHERE child_id = ? ORDER BY date').all(childId) as {
      kind: keyof typeof PARENT_CONTACT_LABELS;
      date: string;
      by_name: string;
      note: string;
    }[];
    add({
      key: 'foraeldrekontakt',
      label: childText.retention.inventory.contacts,
      held: 'oversigt',
      reason: null,
      lines: contacts.map((x) => `${formatLongDate(x.date)}: ${PARENT_CONTACT_LABELS[x.kind]} (${x.by_name})${x.note.trim() ? ` – ${x.note.trim()}` : ''}`),
    });
    const dispatches = stmt(db, 'SELECT document_id, recipient, channel, sent_at FROM dispatches WHERE child_id = ? ORDER BY sent_at').all(childId) as {
      document_id: string;
      recipient: string;
      channel: string;
      sent_at: string;
    }[];
    add({ key: 'udsendelser', label: childText.inventory.dispatches, held: 'oversigt', reason: null, lines: dispatches.map((d) => `${d.document_id} til ${d.recipient} (${d.channel}), ${formatLongDate(d.sent_at.slice(0, 10))}`) });
    const docs = stmt(db, 'SELECT document_id, kind, created_at FROM documents WHERE child_id = ? ORDER BY created_at').all(childId) as { document_id: string; kind: string; created_at: string }[];
    add({ key: 'dokumentregister', label: childText.inventory.documents, held: 'oversigt', reason: null, lines: docs.map((d) => `${d.document_id} (${d.kind}), ${formatLongDate(d.created_at.slice(0, 10))}`) });
    const followups = followupsTable.forChildByMeetingDate(db, childId);
    add({
      key: 'opfoelgninger',
      label: childText.retention.inventory.followups,
      held: 'oversigt',
      reason: null,
      lines: followups.map((f) => childText.retention.inventory.followupLine(f.owner_initials, f.text, f.due_date ? formatLongDate(f.due_date) : null, f.status === 'lukket', f.title, formatLongDate(f.date))),
    });
  }
  if (due.has('barn') || due.has('referat')) {
    // The professionals' forberedelser (fokusteam) about the child go with the items they belong to.
    const preparations = stmt(
      db,
      `SELECT m.title, m.date, p.name, e.linealen_variant, e.linealen_level, e.observed, e.tried, e.questions
         FROM preparation_entries e JOIN agenda_items i ON i.id = e.item_id JOIN meetings m ON m.id = e.meeting_id JOIN people p ON p.id = e.person_id
        WHERE i.child_id = ? ORDER BY m.date, p.name`,
    ).all(childId) as { title: string; date: string; name: string; linealen_variant: LinealenVariant | null; linealen_level: string | null; observed: string; tried: string; questions: string }[];
    if (preparations.length) {
      add({
        key: 'forberedelser',
        label: prepText.inventoryLabel,
        held: 'oversigt',
        reason: null,
        lines: preparations.map((e) =>
          [
            `${e.title}, ${formatLongDate(e.date)} – ${e.name}`,
            `${prepText.level}: ${e.linealen_variant && e.linealen_level ? linealenLabel(e.linealen_variant, e.linealen_level) : prepText.levelNone}`,
            ...(e.observed.trim() ? [`${prepText.observed} ${e.observed.trim()}`] : []),
            ...(e.tried.trim() ? [`${prepText.tried} ${e.tried.trim()}`] : []),
            ...(e.questions.trim() ? [`${prepText.questions}: ${e.questions.trim()}`] : []),
          ].join('. '),
        ),
      });
    }
  }
  if (due.has('handleplan')) {
    const plans = stmt(db, "SELECT m.title, m.date, EXISTS (SELECT 1 FROM referat_versions v WHERE v.meeting_id = m.id) AS referat FROM meeting_forms f JOIN meetings m ON m.id = f.meeting_id WHERE f.kind = 'handleplan' AND m.child_id = ? ORDER BY m.date").all(childId) as {
      title: string;
      date: string;
      referat: number;
    }[];
    const without = plans.filter((p) => !p.referat);
    add({
      key: 'handleplaner',
      label: childText.inventory.plans,
      held: without.length ? 'udeladt' : 'dokumenter',
      reason: without.length ? childText.retention.inventory.handleplansWithoutReferat : null,
      lines: plans.map((p) => `Handleplan fra ${p.title}, ${formatLongDate(p.date)}`),
    });
  }

  const meetings = childMeetings(db, childId);
  const own = meetings.filter(
    (m) => m.child_id === childId && (due.has('barn') || (due.has('overgangsskema') && m.type === 'overgangsmoede') || (due.has('referat') && REFERAT_TYPES.includes(m.type))),
  );
  const shared = due.has('referat') || due.has('barn') ? meetings.filter((m) => m.child_id !== childId) : [];
  const withReferat = [...own, ...shared].filter((m) => m.referat);
  add({
    key: 'moeder_med_referat',
    label: childText.retention.inventory.withReferat,
    held: 'dokumenter',
    reason: null,
    lines: withReferat.map((m) => `${meetingLine(m)}${m.child_id === childId ? '' : ' – uddrag'}`),
  });
  const noReferat = [...own, ...shared].filter((m) => !m.referat);
  const confidential = noReferat.filter((m) => (JSON.parse(m.template_json) as { referatPolicy?: string }).referatPolicy === 'intet');
  const open = noReferat.filter((m) => !confidential.includes(m));
  add({
    key: 'moeder_uden_referat',
    label: childText.retention.inventory.withoutReferat,
    held: 'oversigt',
    reason: null,
    lines: open.map((m) => {
      const notes = itemNotes(db, m.id, m.child_id === childId ? null : childId);
      return `${meetingLine(m)}${notes ? ` – ${notes}` : ''}`;
    }),
  });
  if (confidential.length) {
    add({
      key: 'fortrolige_moeder',
      label: childText.retention.inventory.confidential,
      held: 'udeladt',
      reason: childText.retention.inventory.confidentialReason,
      lines: confidential.map(meetingLine),
    });
  }
  return out;
}

/**
 * A fingerprint of everything held about the child. A journaliseringspakke records it; „Slet nu" compares, so a
 * package made before the last change does not count as covering the deletion.
 */
export function childFingerprint(db: Db, childId: string): string {
  const c = { c: childId };
  const meetings = `SELECT id FROM meetings WHERE child_id = @c UNION SELECT meeting_id FROM agenda_items WHERE child_id = @c`;
  const parts = {
    child: childrenTable.byId(db, c.c),
    guardians: stmt(db, 'SELECT g.*, p.name FROM guardians g JOIN people p ON p.id = g.person_id WHERE g.child_id = @c ORDER BY g.person_id').all(c),
    consents: stmt(db, 'SELECT * FROM consents WHERE child_id = @c ORDER BY id').all(c),
    contacts: stmt(db, 'SELECT * FROM parent_contacts WHERE child_id = @c ORDER BY id').all(c),
    trivsel: stmt(db, 'SELECT * FROM trivsel_assessments WHERE child_id = @c ORDER BY id').all(c),
    dispatches: stmt(db, 'SELECT * FROM dispatches WHERE child_id = @c ORDER BY id').all(c),
    documents: stmt(db, 'SELECT id, document_id, created_at FROM documents WHERE child_id = @c ORDER BY id').all(c),
    followups: followupsTable.forChild(db, c.c),
    meetings: stmt(db, `SELECT id, status, updated_at FROM meetings WHERE id IN (${meetings}) ORDER BY id`).all(c),
    items: stmt(db, `SELECT id, updated_at FROM agenda_items WHERE child_id = @c OR meeting_id IN (${meetings}) ORDER BY id`).all(c),
    forms: stmt(db, `SELECT meeting_id, kind, updated_at FROM meeting_forms WHERE meeting_id IN (${meetings}) ORDER BY meeting_id, kind`).all(c),
    referater: stmt(db, `SELECT id, version, status, body FROM referat_versions WHERE meeting_id IN (${meetings}) ORDER BY id`).all(c),
    preparations: stmt(db, 'SELECT e.id, e.updated_at FROM preparation_entries e JOIN agenda_items i ON i.id = e.item_id WHERE i.child_id = @c ORDER BY e.id').all(c),
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
