import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailDraft, MailGroups, MailKind } from '../../../shared/schemas/outlook';
import { outlookText } from '../../../shared/text/outlook';
import type { Core } from '../app/core';
import { audit } from '../audit/auditLog';
import { protectedGuard } from '../children/caseRepo';
import { nowTs } from '../context';
import { AppError } from '../errors';
import { assertDispatchAllowed, recordDispatch } from '../exports/dispatch';
import { buildDocument, registerDocument, type BuiltDocument } from '../exports/exportService';
import { newId } from '../ids';
import { firstGuardHit } from '../privacy/anonymousGuard';
import { getProfile } from '../settings/kommune';
import { dispatchInputs, groupState, mailTextInput, planGroups, type GroupPlan } from './mailGroups';
import { decideMailDraft, getMailDraft, insertMailDraft, type MailDraftRow } from './outlookRepo';
import { saveAndOpen } from './saveAndOpen';
import * as agendaItems from '../db/tables/agendaItems';
import * as peopleTable from '../db/tables/people';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Query: the recipient groups for „Send indkaldelse" / „Send referat", and whether a draft may be made for each. */
export function mailGroups(core: Core, meetingId: string, kind: MailKind): MailGroups {
  const { meeting, groups } = planGroups(core, meetingId, kind);
  return {
    meetingId,
    kind,
    groups: groups.map((g) => ({
      key: g.key,
      label: g.label,
      recipients: g.recipients,
      withoutEmail: g.withoutEmail,
      documents: g.documents,
      subject: g.subject,
      ...groupState(core, meeting.id, g),
    })),
  };
}

/** The attachment's name: the document kind, the meeting type's date and the document id – never a child's name. */
function attachmentName(doc: BuiltDocument, date: string): string {
  return `${doc.kind}-${date}-${doc.documentId}.docx`;
}

/** RFC 5322 message with the documents attached and `X-Unsent: 1`, so Outlook opens it as a draft to send. */
export async function composeDraft(input: {
  from: { name: string; address: string } | null;
  to: { name: string; address: string }[];
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer }[];
  date: Date;
}): Promise<Buffer> {
  const mail = new MailComposer({
    ...(input.from ? { from: input.from } : {}),
    to: input.to,
    subject: input.subject,
    text: input.text,
    date: input.date,
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
    attachments: input.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: DOCX_MIME })),
  });
  return mail.compile().build();
}

function senderAddress(core: Core): { name: string; address: string } | null {
  const profile = getProfile(core.db);
  if (!profile?.personId) return null;
  const row = peopleTable.byId(core.db, profile.personId);
  return row?.email.trim() ? { name: row.name, address: row.email.trim() } : null;
}

function findGroup(core: Core, meetingId: string, kind: MailKind, key: string): { meeting: ReturnType<typeof planGroups>['meeting']; g: GroupPlan } {
  const { meeting, groups } = planGroups(core, meetingId, kind);
  const g = groups.find((x) => x.key === key);
  if (!g) throw new AppError('NOT_FOUND', outlookText.errors.unknownGroup, 'groupKey');
  return { meeting, g };
}

function fileTag(type: string): string {
  return type
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function toDraft(row: MailDraftRow, extra: { path: string | null; bytes: number; opened: boolean; dispatchIds: string[] }): MailDraft {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    kind: row.kind,
    groupKey: row.group_key,
    subject: row.subject,
    recipients: JSON.parse(row.recipients) as MailDraft['recipients'],
    documentIds: JSON.parse(row.document_ids) as string[],
    status: row.status,
    ...extra,
  };
}

/**
 * „Gem og åbn kladde": checks the dispatch as it will be recorded (legal basis, oral information to the parents
 * first), builds the documents through the checked document model, writes one .eml for the group where the user
 * chooses and opens it. The documents are registered as exports, the draft is stored as open; nothing is recorded as
 * sent until the user confirms it (`confirmDraft`).
 */
export async function saveDraft(core: Core, input: { meetingId: string; kind: MailKind; groupKey: string; confirmWithoutOral: boolean }): Promise<MailDraft | null> {
  const { meeting, g } = findGroup(core, input.meetingId, input.kind, input.groupKey);
  if (g.recipients.length === 0) throw new AppError('CONFLICT', outlookText.errors.noRecipients, 'email');
  for (const d of dispatchInputs(input.meetingId, g, ['TH-KONTROL'], input.confirmWithoutOral)) assertDispatchAllowed(core, d);

  const docs: BuiltDocument[] = [];
  for (const d of g.docs) docs.push(await buildDocument(core, { meetingId: input.meetingId, kind: d.kind, childId: d.childId }));
  const documentIds = docs.map((d) => d.documentId);
  const text = mailTextInput(core, meeting, documentIds);
  const subject = g.subject;
  const body = g.textKind === 'uddrag' ? outlookText.body.uddrag(text) : outlookText.body[g.textKind](text, g.recipients.every((r) => r.toParents));
  const hit = firstGuardHit(protectedGuard(core.db), [
    ...(g.textKind === 'indkaldelse' ? [{ field: 'place', text: meeting.place }] : []),
    { field: 'subject', text: subject },
    { field: 'body', text: body },
  ]);
  if (hit) throw new AppError('PRIVACY_GUARD', outlookText.errors.privacy(outlookText.errors.fields[hit.field] ?? hit.field, hit.what), hit.field);

  const eml = await composeDraft({
    from: senderAddress(core),
    to: g.recipients.map((r) => ({ name: r.name, address: r.email })),
    subject,
    text: body,
    attachments: docs.map((d) => ({ filename: attachmentName(d, meeting.date), content: d.buffer })),
    date: core.now(),
  });
  const groupTag = g.textKind === 'uddrag' ? `uddrag-${g.key.slice('uddrag:'.length, 'uddrag:'.length + 6)}` : `${g.textKind}-${g.key}`;
  const saved = await saveAndOpen(core, eml, {
    title: outlookText.dialogs.saveMailDraft,
    defaultName: `${groupTag}-${fileTag(meeting.template.name)}-${meeting.date}.eml`,
    filter: { name: outlookText.dialogs.mailFilter, extensions: ['eml'] },
  });
  if (!saved) return null;
  for (const d of docs) await registerDocument(core, d);
  const id = newId();
  core.db.transaction(() => {
    insertMailDraft(core.db, {
      id,
      meetingId: input.meetingId,
      kind: input.kind,
      groupKey: g.key,
      childId: g.groupChildId,
      childIds: g.childIds,
      recipients: g.recipients,
      documentIds,
      subject,
      fileName: saved.path,
      confirmWithoutOral: input.confirmWithoutOral,
      at: nowTs(core),
      by: core.actor(),
    });
    audit(core, 'mail.draft', 'meeting', input.meetingId, `Lavede mailkladde „${subject}“ til ${g.recipients.length} modtager(e)`);
  })();
  return toDraft(getMailDraft(core.db, id)!, { path: saved.path, bytes: saved.bytes, opened: saved.opened, dispatchIds: [] });
}

/**
 * The user says whether the draft was sent. „Sendt": every recipient is written to the dispatch log, through the same
 * legal-basis check as a dispatch recorded by hand (channel „sikker mail", the document id, the basis); „Ikke sendt":
 * the draft is set aside and nothing is recorded.
 */
export function confirmDraft(core: Core, input: { draftId: string; sent: boolean }): MailDraft {
  return core.db.transaction(() => {
    const row = getMailDraft(core.db, input.draftId);
    if (!row) throw new AppError('NOT_FOUND', outlookText.errors.draftNotFound, 'draftId');
    if (row.status !== 'aaben') throw new AppError('CONFLICT', outlookText.errors.draftDecided);
    const at = nowTs(core);
    const dispatchIds: string[] = [];
    if (input.sent) {
      const recipients = JSON.parse(row.recipients) as MailDraft['recipients'];
      const childIds = row.child_id ? [row.child_id] : (JSON.parse(row.child_ids) as string[]);
      const childBasis = basisByChild(core, row.meeting_id, childIds);
      for (const d of dispatchInputs(row.meeting_id, { recipients, childIds, childBasis }, JSON.parse(row.document_ids) as string[], row.confirm_without_oral === 1)) {
        dispatchIds.push(recordDispatch(core, d));
      }
      decideMailDraft(core.db, row.id, 'sendt', at, core.actor());
    } else {
      decideMailDraft(core.db, row.id, 'annulleret', at, core.actor());
      audit(core, 'mail.cancel', 'meeting', row.meeting_id, outlookText.audit.draftNotSent(row.subject));
    }
    return toDraft(getMailDraft(core.db, row.id)!, { path: row.file_name, bytes: 0, opened: false, dispatchIds });
  })();
}

/** The basis an item records for a child (underretning, without consent), read again when the draft is confirmed. */
function basisByChild(core: Core, meetingId: string, childIds: string[]): GroupPlan['childBasis'] {
  const out: GroupPlan['childBasis'] = {};
  for (const r of agendaItems.forMeeting(core.db, meetingId)) {
    if (r.child_id && childIds.includes(r.child_id) && (r.basis === 'underretning' || r.basis === 'uden_samtykke')) out[r.child_id] = r.basis;
  }
  return out;
}
