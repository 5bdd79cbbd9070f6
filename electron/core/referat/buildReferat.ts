import { meetingText } from '../../../shared/text/meetingMessages';
import { formatLongDate } from '../../../shared/format/danishDate';
import { roleLabel } from '../../../shared/domain/roles';
import type { MeetingDetail, Participant } from '../../../shared/schemas/meeting';
import type { ReferatBody, ReferatItem } from '../../../shared/schemas/referat';
import { LAERINGSKOMPETENCER, OUTCOME_LABELS } from '../../../shared/templates/schema';
import { previousReferatLine } from '../../../shared/referat/referatText';
import { referatMessages as RM } from '../../../shared/text/referatMessages';

export interface OrganisationHeader {
  organisation: string;
  unit: string;
  /** The kommune from the first-run guide, frozen with the referat like the organisation. */
  kommune?: string;
}

function nameWithInitials(p: Pick<Participant, 'name' | 'initials'>): string {
  return `${p.name} (${p.initials})`;
}

/**
 * Builds the referat from what was recorded in the meeting, laid out as Danish kommunale referater are
 * (SPEC §6.2): Deltagere with the referent last, Afbud/Fraværende/Bemærk kept even when empty, numbered items with
 * the owner's initials, „Beslutninger", „(XX følger op)" and guests who „deltog i drøftelsen".
 */
export interface ReferatExtras {
  transition?: ReferatBody['transition'];
  handleplan?: ReferatBody['handleplan'];
  /** The document id the handleplan is exported under, so the handleplan item can point to it. */
  handleplanDocumentId?: string;
}

/** The handleplan item of a netværksmøde points to the handleplan: its purpose and goals in short, and its document id. */
function handleplanSections(plan: NonNullable<ReferatBody['handleplan']>['plan'], documentId: string | undefined): ReferatItem['sections'] {
  const sections: ReferatItem['sections'] = [];
  if (plan.purpose.trim()) sections.push({ label: RM.build.handleplanPurpose, text: plan.purpose.trim() });
  plan.goals.forEach((g, i) => {
    if (!g.goal.trim()) return;
    const parts = [g.responsible.trim() && RM.build.responsible(g.responsible.trim()), g.followUpDate && RM.build.followUp(formatLongDate(g.followUpDate))].filter(Boolean);
    sections.push({ label: RM.build.goal(i + 1), text: `${g.goal.trim()}${parts.length ? ` (${parts.join(', ')})` : ''}` });
  });
  sections.push({
    label: RM.build.handleplan,
    text: RM.build.handleplanDocument(documentId),
  });
  return sections;
}

/** Læringskompetencer and barnets perspektiv as recorded on the meeting's own agenda items. */
export function transitionFromItems(m: MeetingDetail): Pick<NonNullable<ReferatBody['transition']>, 'competences' | 'childLooksForward' | 'childWorries'> {
  const comp = m.items.find((i) => i.kind === 'laeringskompetencer');
  const persp = m.items.find((i) => i.kind === 'barnets_perspektiv');
  return {
    competences: LAERINGSKOMPETENCER.map((label) => ({ label, text: comp?.data.competences?.[label]?.trim() ?? '' })),
    childLooksForward: persp?.data.childLooksForward?.trim() ?? '',
    childWorries: persp?.data.childWorries?.trim() ?? '',
  };
}

export function buildReferatBody(m: MeetingDetail, org: OrganisationHeader, extras: ReferatExtras = {}): ReferatBody {
  const childMeeting = m.template.childScope !== 'ingen';
  const regular = m.participants.filter((p) => p.guestItemId === null);
  const present = regular.filter((p) => p.attendance === 'til_stede' || p.attendance === 'forventet');
  const referent = present.find((p) => p.personId === m.referentId) ?? null;
  const deltagere = [...present.filter((p) => p !== referent), ...(referent ? [referent] : [])].map((p) => ({
    name: p.name,
    initials: p.initials,
    role: childMeeting ? roleLabel(p.role) : null,
    referent: p === referent,
    consultative: p.consultative,
  }));

  const phases =
    m.template.phases?.map((ph) => ({
      title: ph.title,
      present: present.filter((p) => p.phases.includes(ph.key)).map(nameWithInitials),
    })) ?? [];

  const items: ReferatItem[] = m.items.map((it, i) => {
    const sections: ReferatItem['sections'] = [];
    if (it.kind === 'laeringskompetencer') {
      for (const c of LAERINGSKOMPETENCER) {
        const text = it.data.competences?.[c]?.trim();
        if (text) sections.push({ label: c, text });
      }
    }
    if (it.kind === 'barnets_perspektiv') {
      if (it.data.childLooksForward?.trim()) sections.push({ label: RM.build.looksForward, text: it.data.childLooksForward.trim() });
      if (it.data.childWorries?.trim()) sections.push({ label: RM.build.worries, text: it.data.childWorries.trim() });
    }
    if (it.kind === 'evaluering' && it.data.evaluation?.trim()) sections.push({ label: RM.build.evaluation, text: it.data.evaluation.trim() });
    if (it.kind === 'handleplan') {
      sections.push(
        ...(extras.handleplan
          ? handleplanSections(extras.handleplan.plan, extras.handleplanDocumentId)
          : [{ label: RM.build.handleplan, text: RM.build.noHandleplan }]),
      );
    }
    let text = it.notes.trim();
    if (it.kind === 'godkendelse' && !text) {
      const prev = previousReferatLine(m.previousMeeting);
      // Only a referat that was approved can be approved here; otherwise the referat says so instead.
      text = !prev ? RM.build.approved : m.previousMeeting?.referatDocumentId ? RM.build.previousApproved(prev) : RM.build.previousNotApproved(prev);
    }
    const outcome = it.outcome ? `${OUTCOME_LABELS[it.outcome]}${it.outcomeNote.trim() ? ` – ${it.outcomeNote.trim()}` : ''}` : null;
    return {
      number: i + 1,
      title: it.title,
      ownerInitials: it.ownerInitials,
      ownerName: it.ownerName,
      childId: it.childId,
      childLabel: it.kind === 'anonym' ? (it.anonLabel ?? meetingText.anonymousChild) : it.childName,
      anonymous: it.kind === 'anonym',
      purpose: it.data.purposeBullets?.filter((b) => b.trim()) ?? [],
      guests: m.participants.filter((p) => p.guestItemId === it.id).map((p) => ({ name: p.name, initials: p.initials })),
      text,
      sections,
      decisions: it.decisions.map((d) => d.text),
      outcome,
      followups: it.followups.map((f) => ({ initials: f.ownerInitials, text: f.text, dueDate: f.dueDate })),
    };
  });

  const chair = m.participants.find((p) => p.personId === m.chairId && p.guestItemId === null) ?? null;
  return {
    organisation: org.organisation,
    unit: org.unit,
    ...(org.kommune ? { kommune: org.kommune } : {}),
    meetingName: m.childName && m.template.childScope === 'et_barn' ? `${m.title} om ${m.childName}` : m.title,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    chair: chair ? nameWithInitials(chair) : null,
    deltagere,
    afbud: regular.filter((p) => p.attendance === 'afbud').map(nameWithInitials),
    fravaerende: regular.filter((p) => p.attendance === 'fravaerende').map(nameWithInitials),
    bemaerk: m.remark,
    phases,
    showRoles: childMeeting,
    items,
    ...(extras.transition ? { transition: extras.transition } : {}),
    ...(extras.handleplan ? { handleplan: extras.handleplan } : {}),
  };
}
