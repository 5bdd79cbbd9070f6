import { z } from 'zod';
import { IdSchema } from './common';
import { DISPATCH_BASES } from './case';

/** What a draft sends: the indkaldelse (dagsorden) before the meeting, the referat (or an excerpt) after it. */
export const MAIL_KINDS = ['indkaldelse', 'referat'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const CalendarInvitationInSchema = z.strictObject({ meetingId: IdSchema });
export const SeriesInvitationInSchema = z.strictObject({ seriesId: IdSchema });

export const CalendarInvitationResultSchema = z.strictObject({
  path: z.string(),
  bytes: z.number().int(),
  uid: z.string(),
  sequence: z.number().int(),
  method: z.enum(['REQUEST', 'CANCEL']),
  /** One VEVENT with an RRULE (a regular series), or one per meeting. */
  events: z.number().int(),
  recurring: z.boolean(),
  attendees: z.array(z.strictObject({ name: z.string(), email: z.string(), role: z.enum(['REQ-PARTICIPANT', 'OPT-PARTICIPANT']) })),
  /** Participants without an e-mail address: the user invites them another way. */
  withoutEmail: z.array(z.string()),
  opened: z.boolean(),
});
export type CalendarInvitationResult = z.infer<typeof CalendarInvitationResultSchema>;

export const MailRecipientSchema = z.strictObject({
  personId: IdSchema,
  name: z.string(),
  email: z.string(),
  authority: z.string(),
  /** The basis the core records for this recipient when the draft is confirmed as sent. */
  basis: z.enum(DISPATCH_BASES),
  toParents: z.boolean(),
});
export type MailRecipient = z.infer<typeof MailRecipientSchema>;

export const MailGroupSchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  recipients: z.array(MailRecipientSchema),
  withoutEmail: z.array(z.string()),
  /** The documents attached: kind, the child an excerpt is about (for the screen), and the attachment's file name. */
  documents: z.array(z.strictObject({ kind: z.enum(['dagsorden', 'referat', 'uddrag', 'overgangsskema', 'handleplan']), childId: IdSchema.nullable(), childLabel: z.string().nullable() })),
  subject: z.string(),
  /** `klar`: a draft can be made; `bekraeft`: only after the user confirms the warning; `afvist`: not allowed now. */
  state: z.enum(['klar', 'bekraeft', 'afvist']),
  message: z.string().nullable(),
});
export type MailGroup = z.infer<typeof MailGroupSchema>;

export const MailGroupsInSchema = z.strictObject({ meetingId: IdSchema, kind: z.enum(MAIL_KINDS) });
export const MailGroupsSchema = z.strictObject({ meetingId: IdSchema, kind: z.enum(MAIL_KINDS), groups: z.array(MailGroupSchema) });
export type MailGroups = z.infer<typeof MailGroupsSchema>;

export const MailDraftInSchema = z.strictObject({
  meetingId: IdSchema,
  kind: z.enum(MAIL_KINDS),
  groupKey: z.string().min(1).max(80),
  /** Dispatch to others than the parents before the parents were told orally: the user saw the warning. */
  confirmWithoutOral: z.boolean().default(false),
});

export const MailDraftSchema = z.strictObject({
  id: IdSchema,
  meetingId: IdSchema,
  kind: z.enum(MAIL_KINDS),
  groupKey: z.string(),
  subject: z.string(),
  recipients: z.array(MailRecipientSchema),
  documentIds: z.array(z.string()),
  status: z.enum(['aaben', 'sendt', 'annulleret']),
  path: z.string().nullable(),
  bytes: z.number().int(),
  opened: z.boolean(),
  dispatchIds: z.array(IdSchema),
});
export type MailDraft = z.infer<typeof MailDraftSchema>;

export const MailConfirmInSchema = z.strictObject({ draftId: IdSchema, sent: z.boolean() });
