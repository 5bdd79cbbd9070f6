import type { DispatchBasis } from '../../../shared/schemas/case';
import type { ExportKind } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { MailGroup, MailKind, MailRecipient } from '../../../shared/schemas/outlook';
import { formatDateWithWeekday, formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import { outlookText, type MailTextInput } from '../../../shared/text/outlook';
import type { Core } from '../app/core';
import { todayIso } from '../context';
import { AppError } from '../errors';
import { assertDispatchAllowed } from '../exports/dispatch';
import { documentModel } from '../exports/exportService';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { getReferatState } from '../referat/referatService';
import { getProfile } from '../settings/kommune';
import { getOrganisation } from '../settings/organisation';
import { custodyHolders, personContacts, type PersonContact } from './outlookRepo';

/** The text of the draft: the indkaldelse, the referat, or a child's excerpt (to that child's custody holders only). */
export type MailTextKind = 'indkaldelse' | 'referat' | 'uddrag';

/** One recipient group, with everything the draft and the later dispatch record need. */
export interface GroupPlan extends Omit<MailGroup, 'state' | 'message'> {
  textKind: MailTextKind;
  docs: { kind: ExportKind; childId?: string }[];
  /** The children whose information the documents carry: one dispatch row per recipient and child. */
  childIds: string[];
  /** The one child a parents' group concerns. */
  groupChildId: string | null;
  /** A child discussed under underretning or without consent keeps that basis for every recipient. */
  childBasis: Record<string, DispatchBasis>;
}

/** An item's text left out of a referat because consent no longer covers it (legalBasis.ts). */
const OMITTED_LABEL = 'Barn (udeladt)';

function basisFor(core: Core, p: PersonContact): DispatchBasis {
  const own = getOrganisation(core.db).kommune.trim();
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('da-DK');
  return !own || !p.authority.trim() || norm(p.authority).includes(norm(own)) ? 'egen_myndighed' : 'samtykke';
}

function recipientsOf(core: Core, people: PersonContact[], toParents: boolean): { recipients: MailRecipient[]; withoutEmail: string[] } {
  const recipients: MailRecipient[] = [];
  const withoutEmail: string[] = [];
  for (const p of people) {
    if (!p.email) withoutEmail.push(p.name);
    else recipients.push({ personId: p.id, name: p.name, email: p.email, authority: p.authority, basis: toParents ? 'foraeldre' : basisFor(core, p), toParents });
  }
  return { recipients, withoutEmail };
}

/** The words every draft of this meeting uses: type, date, time, place, and the sender's signature. */
export function mailTextInput(core: Core, m: MeetingDetail, documentIds: string[]): MailTextInput {
  const profile = getProfile(core.db);
  const org = getOrganisation(core.db);
  const signature = [profile?.name ?? core.actor(), profile?.workplace ?? '', org.unit, org.forvaltning, org.kommune ? `${org.kommune}${/kommune/i.test(org.kommune) ? '' : ' Kommune'}` : '']
    .map((s) => s.trim())
    .filter((s, i, all) => s && all.indexOf(s) === i);
  return {
    type: m.template.name,
    longDate: formatLongDate(m.date),
    weekdayDate: formatDateWithWeekday(m.date),
    time: formatTimeRange(m.startTime, m.endTime),
    place: m.place,
    documentIds,
    signature,
  };
}

export function subjectOf(kind: MailTextKind, input: MailTextInput): string {
  return outlookText.subject[kind](input);
}

/**
 * The recipient groups for „Send indkaldelse" or „Send referat", from the participants' and custody holders' e-mail
 * addresses:
 * - `deltagere`: every participant who is not a parent of a child on the meeting – the whole dagsorden or referat;
 * - `foraeldre`: a one-child meeting the parents take part in – that child's custody holders;
 * - `uddrag:<childId>` (referat of a meeting about several children): each named child's custody holders get the
 *   excerpt about their own child, never the whole referat.
 */
export function planGroups(core: Core, meetingId: string, kind: MailKind): { meeting: MeetingDetail; groups: GroupPlan[] } {
  const m = getMeetingDetail(core.db, meetingId, todayIso(core));
  const docKinds: ExportKind[] = [];
  let namedChildren: { childId: string; label: string }[];
  if (kind === 'referat') {
    const r = getReferatState(core, m.id);
    if (!r.current || !r.body || r.current.status === 'udkast') throw new AppError('CONFLICT', outlookText.errors.noReferat);
    const model = documentModel(core, { meetingId: m.id, kind: 'referat' });
    namedChildren = (model.body?.items ?? [])
      .filter((it) => it.childId && !it.anonymous && it.childLabel !== OMITTED_LABEL)
      .map((it) => ({ childId: it.childId!, label: it.childLabel ?? '' }));
    docKinds.push('referat');
    if (r.body.transition) docKinds.push('overgangsskema');
    if (r.body.handleplan) docKinds.push('handleplan');
  } else {
    if (m.status !== 'planlagt' && m.status !== 'indkaldt') throw new AppError('CONFLICT', outlookText.errors.notConvenable);
    namedChildren = m.items.filter((it) => it.childId && it.kind !== 'anonym').map((it) => ({ childId: it.childId!, label: it.childName ?? '' }));
    docKinds.push('dagsorden');
  }
  if (m.childId && !namedChildren.some((c) => c.childId === m.childId)) namedChildren.unshift({ childId: m.childId, label: m.childName ?? '' });
  const unique = namedChildren.filter((c, i) => namedChildren.findIndex((x) => x.childId === c.childId) === i);
  const childIds = unique.map((c) => c.childId);

  const childBasis: Record<string, DispatchBasis> = {};
  for (const it of m.items) {
    if (it.childId && (it.basis === 'underretning' || it.basis === 'uden_samtykke')) childBasis[it.childId] = it.basis;
  }

  const parentIds = new Set(childIds.flatMap((id) => custodyHolders(core.db, id).map((p) => p.id)));
  for (const p of m.participants) if (p.role === 'foraelder') parentIds.add(p.personId);
  const contacts = personContacts(core.db, m.participants.map((p) => p.personId));
  const staff = [...new Set(m.participants.map((p) => p.personId))].filter((id) => !parentIds.has(id)).map((id) => contacts.get(id)!).filter(Boolean);

  const groups: GroupPlan[] = [];
  const base = { childIds, childBasis };
  groups.push({
    key: 'deltagere',
    label: outlookText.groups.deltagere,
    ...recipientsOf(core, staff, false),
    documents: docKinds.map((k) => ({ kind: k, childId: null, childLabel: null })),
    subject: '',
    textKind: kind,
    docs: docKinds.map((k) => ({ kind: k })),
    groupChildId: null,
    ...base,
  });
  const oneChild = m.template.childScope === 'et_barn' && m.childId;
  if (oneChild && m.template.parents === 'ja') {
    const parentDocs = docKinds.filter((k) => k !== 'overgangsskema');
    groups.push({
      key: 'foraeldre',
      label: outlookText.groups.foraeldre,
      ...recipientsOf(core, custodyHolders(core.db, m.childId!), true),
      documents: parentDocs.map((k) => ({ kind: k, childId: m.childId, childLabel: m.childName })),
      subject: '',
      textKind: kind,
      docs: parentDocs.map((k) => ({ kind: k })),
      groupChildId: m.childId,
      childIds: [m.childId!],
      childBasis: {},
    });
  } else if (kind === 'referat' && m.template.childScope === 'flere_boern') {
    for (const c of unique) {
      groups.push({
        key: `uddrag:${c.childId}`,
        label: outlookText.groups.uddrag(c.label),
        ...recipientsOf(core, custodyHolders(core.db, c.childId), true),
        documents: [{ kind: 'uddrag', childId: c.childId, childLabel: c.label }],
        subject: '',
        textKind: 'uddrag',
        docs: [{ kind: 'uddrag', childId: c.childId }],
        groupChildId: c.childId,
        childIds: [c.childId],
        childBasis: {},
      });
    }
  }
  const text = mailTextInput(core, m, []);
  for (const g of groups) g.subject = subjectOf(g.textKind, text);
  return { meeting: m, groups };
}

/** Every dispatch row a confirmed draft would write: one per recipient and child (or one per recipient without a child). */
export function dispatchInputs(meetingId: string, plan: Pick<GroupPlan, 'recipients' | 'childIds' | 'childBasis'>, documentIds: string[], confirmWithoutOral: boolean) {
  const children: (string | null)[] = plan.childIds.length ? plan.childIds : [null];
  return plan.recipients.flatMap((r) =>
    children.flatMap((childId) =>
      documentIds.map((documentId) => ({
        documentId,
        childId,
        meetingId,
        recipient: r.name,
        recipientAuthority: r.toParents ? '' : r.authority,
        channel: 'sikker_mail' as const,
        basis: r.toParents || !childId ? r.basis : (plan.childBasis[childId] ?? r.basis),
        note: `E-mail: ${r.email}`,
        toParents: r.toParents,
        confirmWithoutOral,
      })),
    ),
  );
}

/** Whether a draft for the group may be made now: the same checks the dispatch record runs when it is confirmed. */
export function groupState(core: Core, meetingId: string, g: GroupPlan): Pick<MailGroup, 'state' | 'message'> {
  if (g.recipients.length === 0) return { state: 'afvist', message: outlookText.errors.noRecipients };
  try {
    for (const input of dispatchInputs(meetingId, g, ['TH-KONTROL'], false)) assertDispatchAllowed(core, input);
    return { state: 'klar', message: null };
  } catch (err) {
    if (err instanceof AppError) return { state: err.code === 'CONFIRM_NEEDED' ? 'bekraeft' : 'afvist', message: err.message };
    throw err;
  }
}
