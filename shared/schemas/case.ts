import { LINEALEN_VARIANTS, TRIVSEL_LABEL_SETS } from '../domain/scales';
import { z } from 'zod';
import { CONSENT_PURPOSES, CONSENT_RECIPIENT_KINDS } from '../domain/consentRules';
import { ROLE_CODES } from '../domain/roles';
import { TRIVSEL_DIMENSIONS } from '../templates/schema';
import { TRIVSEL_LEVELS } from './forms';
import { ChildDetailSchema } from './child';
import { IdSchema, IsoDateSchema } from './common';
import { PARENT_CONTACT_KINDS } from './codes';
export { PARENT_CONTACT_KINDS, PARENT_CONTACT_LABELS } from './codes';

export const ConsentSchema = z.strictObject({
  id: IdSchema,
  guardianPersonId: IdSchema,
  guardianName: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  infoTypes: z.array(z.string()),
  recipients: z.array(z.strictObject({ kind: z.enum(CONSENT_RECIPIENT_KINDS), name: z.string(), authority: z.string() })),
  purposeText: z.string(),
  givenDate: z.string(),
  obtainedBy: z.string(),
  /** Free text, from consents recorded before participants were chosen as people or roles. */
  participantsShown: z.array(z.string()),
  participants: z.array(
    z.strictObject({ kind: z.enum(['person', 'role']), personId: IdSchema.nullable(), role: z.enum(ROLE_CODES).nullable(), label: z.string() }),
  ),
  topics: z.array(z.string()),
  expires: z.string().nullable(),
  effectiveExpiry: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  status: z.enum(['gyldig', 'udloebet', 'tilbagekaldt']),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentInputSchema = z.strictObject({
  childId: IdSchema,
  guardianPersonIds: z.array(IdSchema).min(1, 'Vælg hvem der giver samtykke').max(4),
  purpose: z.enum(CONSENT_PURPOSES),
  infoTypes: z.array(z.string().trim().min(1).max(200)).min(1, 'Skriv hvilke oplysninger samtykket dækker').max(20),
  /** `kind` left out: the purpose's default kind (PURPOSE_RECIPIENT_KINDS). The core refuses a kind the purpose does not cover. */
  recipients: z
    .array(z.strictObject({ kind: z.enum(CONSENT_RECIPIENT_KINDS).optional(), name: z.string().trim().min(1).max(200), authority: z.string().trim().max(200) }))
    .min(1, 'Skriv hvem oplysningerne må gå til')
    .max(20),
  purposeText: z.string().trim().max(1000).default(''),
  givenDate: IsoDateSchema,
  obtainedBy: z.string().trim().min(1, 'Skriv hvem der har indhentet samtykket').max(120),
  participantsShown: z.array(z.string().trim().min(1).max(120)).max(40).default([]),
  /** The participants the parents were told about, chosen as people (directory) or catalogue roles. */
  participants: z
    .array(z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('person'), personId: IdSchema }), z.strictObject({ kind: z.literal('role'), role: z.enum(ROLE_CODES) })]))
    .max(40)
    .default([]),
  topics: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  expires: IsoDateSchema.nullable().default(null),
});

export const ParentContactSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(PARENT_CONTACT_KINDS),
  date: z.string(),
  byName: z.string(),
  note: z.string(),
  /** „Intern note“: only for professionals (issue 13, item 3). */
  noteInternal: z.boolean(),
  meetingId: IdSchema.nullable(),
});

export const TrivselSchema = z.strictObject({
  id: IdSchema,
  date: z.string(),
  dimensions: z.array(z.strictObject({ dimension: z.enum(TRIVSEL_DIMENSIONS), level: z.enum(TRIVSEL_LEVELS).nullable(), text: z.string() })),
  overall: z.enum(TRIVSEL_LEVELS),
  /** The label set the assessment was recorded with, and the overall position in those words. */
  labels: z.enum(TRIVSEL_LABEL_SETS),
  overallLabel: z.string(),
  note: z.string(),
  noteInternal: z.boolean(),
  byName: z.string(),
});

export const TimelineEventSchema = z.strictObject({
  at: z.string(),
  kind: z.enum(['moede', 'beslutning', 'opfoelgning', 'dokument', 'samtykke', 'udsendelse', 'trivsel', 'foraeldre', 'sag']),
  title: z.string(),
  detail: z.string(),
  actor: z.string(),
  meetingId: IdSchema.nullable(),
  /** The detail is an internal note (issue 13, item 3). */
  internal: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const DispatchSchema = z.strictObject({
  id: IdSchema,
  documentId: z.string(),
  recipient: z.string(),
  recipientAuthority: z.string(),
  channel: z.string(),
  basis: z.string(),
  note: z.string(),
  sentAt: z.string(),
  recordedBy: z.string(),
});

export const CaseDetailSchema = z.strictObject({
  child: ChildDetailSchema.extend({
    linealenLevel: z.string().nullable(),
    /** The scale the level was recorded on; it is never re-read on another scale. */
    linealenVariant: z.enum(LINEALEN_VARIANTS).nullable(),
    /** „Thisted niveau 3: Børn med …" – the level named with its own scale. */
    linealenLabel: z.string().nullable(),
    /** True when the kommune has since switched scale: the level is kept, labelled with the scale it belongs to. */
    linealenOtherScale: z.boolean(),
    specialNeeds: z.boolean(),
    abuseSuspected: z.boolean(),
    abuseReason: z.string().nullable(),
    leftAt: z.string().nullable(),
  }),
  consents: z.array(ConsentSchema),
  consentValidForMeetings: z.boolean(),
  consentProblem: z.string().nullable(),
  parentContacts: z.array(ParentContactSchema),
  /** `allowed`: the core accepts this kind of contact now (not while abuse is suspected, except the oral notice). */
  checklist: z.array(z.strictObject({ kind: z.enum(PARENT_CONTACT_KINDS), label: z.string(), done: z.boolean(), date: z.string().nullable(), allowed: z.boolean() })),
  trivsel: z.array(TrivselSchema),
  trivselReminder: z.string().nullable(),
  timeline: z.array(TimelineEventSchema),
  dispatches: z.array(DispatchSchema),
  deadlines: z.array(z.strictObject({ kind: z.string(), date: z.string(), label: z.string() })),
  underretningUrl: z.string(),
  /** Internal notes and professionals' preparations the access package leaves out unless confirmed. */
  internalNotes: z.number().int(),
  /**
   * What the core accepts now (issue 16, item 2), computed from the same functions that enforce it
   * (`children/caseRules.ts`): the screen offers exactly these choices and re-derives none of them.
   */
  allowed: z.strictObject({
    /** The Børnelinealen levels `child.update` accepts: the kommune's scale today, each with its words. */
    linealen: z.strictObject({
      variant: z.enum(LINEALEN_VARIANTS),
      scaleName: z.string(),
      levels: z.array(z.strictObject({ level: z.string(), label: z.string() })),
    }),
    /** The trivsel levels `trivsel.add` accepts, in the words of the label set a new assessment is stored with. */
    trivsel: z.strictObject({
      labels: z.enum(TRIVSEL_LABEL_SETS),
      levels: z.array(z.strictObject({ level: z.enum(TRIVSEL_LEVELS), label: z.string() })),
    }),
    /** The parent-contact kinds `parentContact.add` accepts now (while abuse is suspected only the oral notice). */
    parentContactKinds: z.array(z.enum(PARENT_CONTACT_KINDS)),
    /** Per consent purpose the recipient kinds `consent.record` accepts; the first is the form's default recipient. */
    consentRecipients: z.array(
      z.strictObject({
        purpose: z.enum(CONSENT_PURPOSES),
        kinds: z.array(z.enum(CONSENT_RECIPIENT_KINDS)).min(1),
        defaultRecipient: z.strictObject({ kind: z.enum(CONSENT_RECIPIENT_KINDS), name: z.string(), authority: z.string() }),
      }),
    ),
    /** `child.update` accepts a CPR number (the kommune has switched CPR on). */
    cpr: z.boolean(),
  }),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const ChildUpdateSchema = z.strictObject({
  id: IdSchema,
  cpr: z.string().trim().max(11).nullable().optional(),
  language: z.string().trim().max(60).optional(),
  tovholderPersonId: IdSchema.nullable().optional(),
  socialSag: z.boolean().optional(),
  linealenLevel: z.string().max(10).nullable().optional(),
  specialNeeds: z.boolean().optional(),
  leftAt: IsoDateSchema.nullable().optional(),
  institution: z.string().trim().max(200).optional(),
  stue: z.string().trim().max(200).optional(),
});

export const SearchResultSchema = z.strictObject({
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  snippet: z.string(),
  meetingId: IdSchema.nullable(),
  meetingTitle: z.string().nullable(),
  meetingDate: z.string().nullable(),
  childId: IdSchema.nullable(),
  childName: z.string().nullable(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchResponseSchema = z.strictObject({
  results: z.array(SearchResultSchema),
  /** More matched than are ranked: the best among the newest are shown. */
  narrowed: z.boolean(),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/** The legal bases a dispatch can record; `aftale_med_foraeldrene` is the dialogmøde → netværksmøde agreement (SPEC req. 3). */
export const DISPATCH_BASES = ['samtykke', 'aftale_med_foraeldrene', 'paragraf_3a', 'underretning', 'uden_samtykke', 'foraeldre', 'egen_myndighed'] as const;
export type DispatchBasis = (typeof DISPATCH_BASES)[number];

export const DispatchInputSchema = z.strictObject({
  documentId: z.string().min(1).max(100),
  childId: IdSchema.nullable().default(null),
  meetingId: IdSchema.nullable().default(null),
  recipient: z.string().trim().min(1, 'Hvem fik dokumentet?').max(200),
  recipientAuthority: z.string().trim().max(200).default(''),
  channel: z.enum(['e-boks', 'sikker_mail', 'brev', 'udleveret', 'andet']),
  basis: z.enum(DISPATCH_BASES, 'Vælg grundlaget for udsendelsen'),
  note: z.string().max(1000).default(''),
  toParents: z.boolean().default(false),
  /** Dispatch to others than the parents without recorded oral information: the user saw the warning. */
  confirmWithoutOral: z.boolean().default(false),
});

export const DEADLINE_ENTRY = z.strictObject({
  childId: IdSchema,
  childName: z.string(),
  kind: z.string(),
  date: z.string(),
  label: z.string(),
  /** The date has passed (today in Europe/Copenhagen): shown as overskredet, not as coming up. */
  overdue: z.boolean(),
});
