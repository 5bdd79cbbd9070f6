import { LIMITS } from './limits';
import { z } from 'zod';
import { ROLE_CODES } from '../domain/roles';
import { ITEM_KINDS, OUTCOME_CODES, TemplateSchema } from '../templates/schema';
import { IdSchema, IsoDateSchema, LongText, ShortText, TimeSchema } from './common';
import { MEETING_STATUSES, ATTENDANCE, FOLLOWUP_PAGE } from './codes';
export { MEETING_STATUSES, MEETING_STATUS_LABELS, ATTENDANCE, ATTENDANCE_LABELS, FOLLOWUP_PAGE } from './codes';
export type { MeetingStatus, Attendance } from './codes';

export const MeetingSummarySchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  type: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
  childName: z.string().nullable(),
  chairName: z.string().nullable(),
  seriesId: z.string().nullable(),
  isSample: z.boolean(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;

export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  personId: IdSchema,
  name: z.string(),
  initials: z.string(),
  organisation: z.string(),
  role: z.enum(ROLE_CODES),
  attendance: z.enum(ATTENDANCE),
  consultative: z.boolean(),
  /** Set when the person joins for one item only („… deltog i drøftelsen"). */
  guestItemId: IdSchema.nullable(),
  /** Phases the person was present in (distriktsmøde → flerfaglig sparring). */
  phases: z.array(z.string()),
  /**
   * Phased meetings (distriktsmøde → flerfaglig sparring): whether the person takes part in the phase the meeting is
   * in now. False for someone who left at the phase switch; null for a meeting without phases.
   */
  inCurrentPhase: z.boolean().nullable(),
  /** A professional (not a parent or the family's network): may hold a meeting role, own an item, prepare (issue 16). */
  isProfessional: z.boolean(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const FollowupSchema = z.strictObject({
  id: IdSchema,
  meetingId: IdSchema,
  meetingTitle: z.string(),
  meetingDate: z.string(),
  itemId: IdSchema.nullable(),
  childId: IdSchema.nullable(),
  /** The child the task concerns; null for a general item or an anonymous one (then `anonymous`). */
  childName: z.string().nullable(),
  anonymous: z.boolean(),
  ownerPersonId: IdSchema.nullable(),
  ownerInitials: z.string(),
  ownerName: z.string().nullable(),
  /** The owner is not in the person directory: recorded with a name only. */
  external: z.boolean(),
  text: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(['aaben', 'lukket']),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedNote: z.string().nullable(),
  /** Open and past its date (today in Europe/Copenhagen), wherever it is shown – also when carried to a later meeting. */
  overdue: z.boolean(),
});
export type Followup = z.infer<typeof FollowupSchema>;

/**
 * Where a page of the follow-up list ends (issue 17): the last row's place in the list's order – open before closed,
 * then due date ascending with no date last, then created, then id. Keyset pagination: the next page starts after it.
 */
export const FollowupCursorSchema = z.strictObject({ closed: z.boolean(), dueDate: IsoDateSchema.nullable(), createdAt: z.string().min(1).max(40), id: IdSchema });
export type FollowupCursor = z.infer<typeof FollowupCursorSchema>;
export const FollowupListInSchema = z.strictObject({
  scope: z.enum(['mine', 'alle']).default('alle'),
  personId: IdSchema.optional(),
  includeClosed: z.boolean().default(false),
  limit: z.number().int().min(1).max(FOLLOWUP_PAGE.max).default(FOLLOWUP_PAGE.default),
  after: FollowupCursorSchema.nullable().optional(),
});
/** The list's input after defaults (what the handler receives). */
export type FollowupListIn = z.output<typeof FollowupListInSchema>;
/** One page of the follow-up list; `next` is null on the last page. */
export const FollowupPageSchema = z.strictObject({ items: z.array(FollowupSchema), next: FollowupCursorSchema.nullable() });
export type FollowupPage = z.infer<typeof FollowupPageSchema>;

export const DecisionSchema = z.strictObject({ id: IdSchema, text: z.string() });
export type Decision = z.infer<typeof DecisionSchema>;

/** Structured content some item kinds carry. */
export const ItemDataSchema = z.strictObject({
  /** Læringskompetence → observation text (overgangsmøder). */
  competences: z.record(z.string().max(100), z.string().max(LIMITS.formText)).optional(),
  /** Barnets perspektiv: what the child looks forward to / worries about. */
  childLooksForward: z.string().max(LIMITS.formText).optional(),
  childWorries: z.string().max(LIMITS.formText).optional(),
  /** „har sat punktet på dagsordenen for at:" bullets. */
  purposeBullets: z.array(z.string().max(LIMITS.purposeBullet)).max(LIMITS.purposeBullets).optional(),
  /** Dialogmodellens evaluation. */
  evaluation: z.string().max(LIMITS.formText).optional(),
  /** What an outcome already created (follow-up or meeting id), so it is made once. */
  outcomeActions: z.record(z.string(), z.string()).optional(),
});
export type ItemData = z.infer<typeof ItemDataSchema>;

/**
 * What a chosen outcome leads to, proposed and not yet created (issue 11, item 1): a follow-up for a present participant
 * in the implied role (else the chair), due at the series' next meeting (else in 14 days), or a netværksmøde for the
 * child. Created only by `item.confirmOutcome`.
 */
export const OutcomeProposalSchema = z.strictObject({
  outcome: z.enum(OUTCOME_CODES),
  kind: z.enum(['opfoelgning', 'netvaerksmoede']),
  text: z.string(),
  ownerPersonId: IdSchema.nullable(),
  ownerInitials: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Why this owner: „deltager i rollen …" or „mødeleder". */
  ownerReason: z.string(),
  /** The follow-up's due date, or the new meeting's date. */
  date: z.string(),
  dateReason: z.string(),
});
export type OutcomeProposal = z.infer<typeof OutcomeProposalSchema>;

/** Something an outcome created after it was confirmed; `undoable` until the meeting ends. */
export const OutcomeCreatedSchema = z.strictObject({
  outcome: z.enum(OUTCOME_CODES),
  kind: z.enum(['opfoelgning', 'netvaerksmoede']),
  id: IdSchema,
  label: z.string(),
  undoable: z.boolean(),
});

export const AgendaItemSchema = z.strictObject({
  id: IdSchema,
  position: z.number().int(),
  key: z.string().nullable(),
  kind: z.enum(ITEM_KINDS),
  title: z.string(),
  ownerPersonId: IdSchema.nullable(),
  ownerInitials: z.string().nullable(),
  ownerName: z.string().nullable(),
  minutes: z.number().int(),
  elapsedSeconds: z.number().int(),
  childId: IdSchema.nullable(),
  childName: z.string().nullable(),
  anonLabel: z.string().nullable(),
  block: z.string().nullable(),
  phase: z.string().nullable(),
  description: z.string(),
  notes: z.string(),
  outcome: z.enum(OUTCOME_CODES).nullable(),
  outcomeNote: z.string(),
  basis: z.enum(['samtykke', 'uden_samtykke', 'underretning']).nullable(),
  data: ItemDataSchema,
  outcomeProposal: OutcomeProposalSchema.nullable(),
  outcomeCreated: z.array(OutcomeCreatedSchema),
  fixed: z.boolean(),
  /** The outcomes the core accepts on this item (the template's list on a child item, none elsewhere) – issue 16. */
  allowedOutcomes: z.array(z.enum(OUTCOME_CODES)),
  prompts: z.array(z.string()),
  decisions: z.array(DecisionSchema),
  followups: z.array(FollowupSchema),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const WarningSchema = z.strictObject({ code: z.string(), message: z.string(), level: z.enum(['info', 'advarsel', 'fejl']) });
export type Warning = z.infer<typeof WarningSchema>;

export const MeetingDetailSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  template: TemplateSchema,
  date: z.string(),
  /** Held on another day than planned: the day it was planned for (`date` is the day it was held). */
  plannedDate: z.string().nullable(),
  /** Starting now would be on another day than planned: the warning the chair must confirm (Danish), else null. */
  startOtherDay: z.string().nullable(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
  cancelledReason: z.string().nullable(),
  remark: z.string(),
  convenerId: IdSchema.nullable(),
  chairId: IdSchema.nullable(),
  ownerId: IdSchema.nullable(),
  referentId: IdSchema.nullable(),
  childId: IdSchema.nullable(),
  childName: z.string().nullable(),
  childSocialSag: z.boolean().nullable(),
  seriesId: IdSchema.nullable(),
  seriesIndex: z.number().int().nullable(),
  currentItemId: IdSchema.nullable(),
  currentPhase: z.string().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  agendaAgreedAt: z.string().nullable(),
  preparationSentAt: z.string().nullable(),
  escalatedFromId: IdSchema.nullable(),
  escalationReason: z.string().nullable(),
  participants: z.array(ParticipantSchema),
  items: z.array(AgendaItemSchema),
  carriedFollowups: z.array(FollowupSchema),
  /** The previous meeting, and the document id of its approved referat – what „Godkendelse af referat" approves. */
  previousMeeting: z.strictObject({ id: IdSchema, title: z.string(), date: z.string(), referatDocumentId: z.string().nullable() }).nullable(),
  warnings: z.array(WarningSchema),
  referatStatus: z.enum(['ingen', 'udkast', 'godkendt', 'forseglet']),
  isSample: z.boolean(),
  /**
   * Whether the core accepts changes to the meeting now, and if not, why (the Danish message a change would get).
   * Computed by the same guard that refuses changes (electron/core/meetings/guards.ts) – issue 16, item 2.
   */
  editable: z.boolean(),
  lockedReason: z.string().nullable(),
  /**
   * A netværksmøde escalated from a dialogmøde: familierådslagning is the next step to offer (SPEC req. 3). Null for
   * other meetings; `offered` once the offer was recorded as a follow-up (`meeting.offerFamilieraadslagning`),
   * `canOffer` while it may be recorded now, else `whyNot` (the message the command would get; null once offered).
   */
  familieraadslagning: z.strictObject({ offered: z.boolean(), canOffer: z.boolean(), whyNot: z.string().nullable() }).nullable(),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

export const MeetingCreateSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  date: IsoDateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema.optional(),
  place: ShortText.optional(),
  title: ShortText.optional(),
  childId: IdSchema.nullable().optional(),
  /** Create a recurring series by the template's cadence. */
  series: z.strictObject({ count: z.number().int().min(2).max(26), weeks: z.number().int().min(1).max(52) }).optional(),
});
export type MeetingCreate = z.infer<typeof MeetingCreateSchema>;

export const MeetingPatchSchema = z.strictObject({
  title: ShortText.min(1).optional(),
  date: IsoDateSchema.optional(),
  startTime: TimeSchema.optional(),
  endTime: TimeSchema.optional(),
  place: ShortText.optional(),
  remark: LongText.optional(),
  convenerId: IdSchema.nullable().optional(),
  chairId: IdSchema.nullable().optional(),
  ownerId: IdSchema.nullable().optional(),
  referentId: IdSchema.nullable().optional(),
  childId: IdSchema.nullable().optional(),
  agendaAgreed: z.boolean().optional(),
  preparationSent: z.boolean().optional(),
  convened: z.boolean().optional(),
});

export const ItemPatchSchema = z.strictObject({
  title: ShortText.min(1).optional(),
  minutes: z.number().int().min(0).max(480).optional(),
  ownerPersonId: IdSchema.nullable().optional(),
  childId: IdSchema.nullable().optional(),
  anonLabel: ShortText.nullable().optional(),
  block: z.enum(['0-2']).nullable().optional(),
  description: LongText.optional(),
  notes: LongText.optional(),
  outcome: z.enum(OUTCOME_CODES).nullable().optional(),
  outcomeNote: LongText.optional(),
  data: ItemDataSchema.optional(),
  /** The legal basis for naming the child on a consent-gated agenda, when it is not consent. */
  basis: z.enum(['samtykke', 'uden_samtykke', 'underretning']).nullable().optional(),
});

export const ItemAddSchema = z.strictObject({
  meetingId: IdSchema,
  kind: z.enum(ITEM_KINDS),
  title: ShortText.optional(),
  minutes: z.number().int().min(0).max(480).optional(),
  childId: IdSchema.nullable().optional(),
  anonLabel: ShortText.nullable().optional(),
  block: z.enum(['0-2']).nullable().optional(),
  phase: z.string().max(40).nullable().optional(),
  basis: z.enum(['samtykke', 'uden_samtykke', 'underretning']).nullable().optional(),
});
