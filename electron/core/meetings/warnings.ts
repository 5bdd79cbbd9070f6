import { formatLongDate, addDays, daysBetween } from '../../../shared/format/danishDate';
import { roleLabel } from '../../../shared/domain/roles';
import type { MeetingDetail, Warning } from '../../../shared/schemas/meeting';
import type { Db } from '../db/types';
import { STANDARD_PACK } from '../templates/catalogue';
import { renewalReasons } from '../../../shared/domain/consentRules';
import { consentCoverage } from '../children/caseRepo';
import { stmt } from '../db/stmt';
import { danishDateOf } from '../context';
import { preparationWarnings } from './preparation';
import { meetingText } from '../../../shared/text/meetingMessages';

function minutesBetween(start: string, end: string): number {
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const [eh, em] = end.split(':').map(Number) as [number, number];
  return eh * 60 + em - (sh * 60 + sm);
}

/** What the chair should know before and during the meeting. Computed, never stored. */
export function meetingWarnings(db: Db, m: MeetingDetail, today: string): Warning[] {
  const out: Warning[] = [];
  const t = m.template;
  const open = m.status === 'planlagt' || m.status === 'indkaldt';

  if (open && !m.chairId) out.push({ code: 'NO_CHAIR', level: 'advarsel', message: meetingText.warnings.noChair });
  if (open && t.referatPolicy === 'kraevet' && !m.referentId) {
    out.push({ code: 'NO_REFERENT', level: 'advarsel', message: meetingText.warnings.noReferent });
  }

  if (t.preparation && open && !m.preparationSentAt) {
    const deadline = addDays(m.date, -t.preparation.daysBefore);
    const left = daysBetween(today, deadline);
    const level = left < 0 ? 'fejl' : 'advarsel';
    out.push({
      code: 'PREPARATION_NOT_SENT',
      level,
      message:
        left < 0
          ? meetingText.warnings.preparationOverdue(formatLongDate(deadline), t.preparation.daysBefore)
          : meetingText.warnings.preparationDue(formatLongDate(deadline), t.preparation.daysBefore),
    });
  }

  // Sent, but after the deadline: the record keeps saying so (issue 21, item 6).
  if (t.preparation && m.preparationSentAt && m.status !== 'aflyst') {
    const deadline = addDays(m.date, -t.preparation.daysBefore);
    const sent = danishDateOf(m.preparationSentAt);
    const late = daysBetween(deadline, sent);
    if (late > 0) {
      out.push({
        code: 'PREPARATION_SENT_LATE',
        level: 'advarsel',
        message: meetingText.warnings.preparationLate(formatLongDate(sent), late, formatLongDate(deadline), t.preparation.daysBefore),
      });
    }
  }

  out.push(...preparationWarnings(db, m));

  if (t.parentsAgreeAgenda && open && !m.agendaAgreedAt) {
    out.push({ code: 'AGENDA_NOT_AGREED', level: 'advarsel', message: meetingText.warnings.agendaNotAgreed });
  }

  if (t.childScope === 'et_barn' && !m.childId && m.status !== 'aflyst') {
    out.push({ code: 'NO_CHILD', level: 'advarsel', message: meetingText.warnings.noChild });
  }

  const planned = m.items.reduce((s, i) => s + i.minutes, 0);
  const available = minutesBetween(m.startTime, m.endTime);
  if (available > 0 && planned > available) {
    out.push({
      code: 'AGENDA_TOO_LONG',
      level: 'advarsel',
      message: meetingText.warnings.overPlanned(planned, available),
    });
  }

  if (t.agenda.some((a) => a.block === '0-2') && open && !m.items.some((i) => i.block === '0-2' && (i.childId || i.anonLabel))) {
    out.push({ code: 'BLOCK_0_2_EMPTY', level: 'info', message: meetingText.warnings.block02Empty });
  }

  for (const p of t.participants.filter((p) => p.fixed)) {
    const roles = p.rule === 'raadgiver_efter_sagsstatus' ? ['distriktsraadgiver', 'myndighedssagsbehandler'] : [p.role];
    if (open && !m.participants.some((x) => roles.includes(x.role))) {
      out.push({ code: 'FIXED_ROLE_MISSING', level: 'info', message: meetingText.warnings.fixedRoleMissing(roleLabel(p.role).toLowerCase()) });
    }
  }

  if (t.consentForNamedChild && open) {
    for (const it of m.items.filter((i) => i.childId && i.basis === 'samtykke')) {
      const cov = consentCoverage(db, it.childId!, 'tvaerfagligt_moede', m.date);
      if (!cov.valid) {
        out.push({ code: 'CONSENT_INVALID', level: 'fejl', message: meetingText.warnings.consentInvalid(it.childName, cov.explanation) });
        continue;
      }
      const people = m.participants.filter((p) => p.guestItemId === null || p.guestItemId === it.id).map((p) => ({ personId: p.personId, name: p.name, roles: [roleLabel(p.role), p.role] }));
      // The item's own subject only: the template's block text („Fast reserveret tid …") is not a topic.
      const templateText = t.agenda.find((a) => a.key === it.key)?.description ?? '';
      const topic = it.description.trim() && it.description.trim() !== templateText.trim() ? it.description : null;
      const reasons = renewalReasons(cov.consents, people, topic);
      if (reasons.length) out.push({ code: 'CONSENT_RENEWAL', level: 'advarsel', message: meetingText.warnings.consentRenewal(it.childName, reasons.join('; ')) });
    }
  }

  // A meeting about a child dated after the child's stop date (issue 21, item 2): a wrong date or a wrong stop date.
  if (m.status !== 'aflyst') {
    const ids = [...new Set([m.childId, ...m.items.map((i) => i.childId)].filter((x): x is string => !!x))];
    const left = stmt(db, 'SELECT name, left_at FROM children WHERE id IN (SELECT value FROM json_each(?)) AND left_at IS NOT NULL AND left_at < ?').all(JSON.stringify(ids), m.date) as {
      name: string;
      left_at: string;
    }[];
    for (const c of left) {
      out.push({
        code: 'CHILD_LEFT',
        level: 'fejl',
        message: meetingText.warnings.childLeft(c.name, formatLongDate(c.left_at), formatLongDate(m.date)),
      });
    }
  }

  const current = STANDARD_PACK.templates.find((x) => x.id === m.templateId);
  if (current && current.version > m.templateVersion) {
    out.push({
      code: 'TEMPLATE_OUTDATED',
      level: 'info',
      message: meetingText.warnings.oldTemplate(m.templateVersion, current.version),
    });
  }
  return out;
}
