import { z } from 'zod';
import { IsoDateSchema } from './common';
import { TRIVSEL_DIMENSIONS } from '../templates/schema';
import { TRIVSEL_LEVELS, SHARING_BASES } from './codes';
export { TRIVSEL_LEVELS, SHARING_BASES, SHARING_BASIS_LABELS } from './codes';
export type { TrivselLevel } from './codes';

const text = (max = 4000) => z.string().max(max).default('');

/**
 * The overgangsskema filled in by parents and professional together (SPEC §3.2, §9.1 req. 10–11). The seven
 * læringskompetencer and barnets perspektiv come from the meeting's own agenda items.
 */
export const TransitionFormSchema = z.strictObject({
  fromInstitution: text(200),
  toInstitution: text(200),
  contactPerson: text(200),
  strengths: text(),
  challenges: text(),
  trivsel: z
    .array(z.strictObject({ dimension: z.enum(TRIVSEL_DIMENSIONS), level: z.enum(TRIVSEL_LEVELS).nullable().default(null), text: text(2000) }))
    .max(4)
    .default([]),
  parentsPerspective: text(),
  healthInfo: text(),
  specialConsiderations: text(),
  ongoingEfforts: text(),
  startAgreements: text(),
  sharing: z
    .array(z.strictObject({ what: z.string().max(500), toWhom: z.string().max(200), basis: z.enum(SHARING_BASES) }))
    .max(20)
    .default([]),
  includeCpr: z.boolean().default(false),
});
export type TransitionForm = z.infer<typeof TransitionFormSchema>;

export const HandleplanGoalSchema = z.strictObject({
  goal: z.string().max(2000),
  criteria: z.string().max(2000),
  timeframe: z.string().max(200),
  responsible: z.string().max(200),
  followUpDate: IsoDateSchema.nullable().default(null),
});

/** Handleplan (SPEC §3.7, §9.3 req. 27): concrete, measurable goals with a time frame, built with the parents. */
export const HandleplanSchema = z.strictObject({
  purpose: text(2000),
  goals: z.array(HandleplanGoalSchema).max(20).default([]),
  smtte: z
    .strictObject({ sammenhaeng: text(), maal: text(), tegn: text(), tiltag: text(), evaluering: text() })
    .nullable()
    .default(null),
});
export type Handleplan = z.infer<typeof HandleplanSchema>;

export const FORM_KINDS = ['overgangsskema', 'handleplan'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export function emptyTransitionForm(): TransitionForm {
  return TransitionFormSchema.parse({ trivsel: TRIVSEL_DIMENSIONS.map((dimension) => ({ dimension })) });
}

export function emptyHandleplan(): Handleplan {
  return HandleplanSchema.parse({});
}

/** The fields of the overgangsskema Tovholder proposes from the child and the meeting (nothing is saved until an edit). */
export const PROPOSED_TRANSITION_FIELDS = ['fromInstitution', 'toInstitution', 'contactPerson'] as const;

/**
 * The overgangsskema tab (issue 16, item 8): the stored form – or, before anything is saved, the form with Fra, Til and
 * Kontaktperson proposed from the child and the meeting –, the seven læringskompetencer as stored on the meeting's
 * own agenda item (the same text the live meeting shows), and whether the meeting may be changed.
 */
export const TransitionFormViewSchema = z.strictObject({
  form: TransitionFormSchema,
  /** False until the form is first saved: `form` then holds the proposal. */
  saved: z.boolean(),
  /** Which fields of `form` are a proposal not yet saved. */
  proposed: z.array(z.enum(PROPOSED_TRANSITION_FIELDS)),
  /** The seven læringskompetencer in their fixed order, with the text stored on the meeting's agenda item. */
  competences: z.array(z.strictObject({ label: z.string(), text: z.string() })),
  /** The agenda item that stores them (`item.update` with `data.competences`); null when the meeting has none. */
  competenceItemId: z.string().nullable(),
  /** Whether the meeting may be changed (the same guard every change passes: not approved, sealed or cancelled). */
  editable: z.boolean(),
});
export type TransitionFormView = z.infer<typeof TransitionFormViewSchema>;

/** The handleplan tab: the stored plan and whether the meeting may be changed (the guard every change passes). */
export const HandleplanViewSchema = z.strictObject({ plan: HandleplanSchema, editable: z.boolean() });
export type HandleplanView = z.infer<typeof HandleplanViewSchema>;
