import { z } from 'zod';
import { IdSchema, IsoDateSchema, ShortText } from './common';

export const ChildSummarySchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  birthDate: z.string(),
  institution: z.string(),
  stue: z.string(),
  socialSag: z.boolean(),
  isSample: z.boolean(),
});
export type ChildSummary = z.infer<typeof ChildSummarySchema>;

export const ChildSaveSchema = z.strictObject({
  id: IdSchema.optional(),
  name: z.string().trim().min(1, 'Barnets navn mangler').max(120),
  birthDate: IsoDateSchema,
  cpr: z.string().trim().max(11).nullable().default(null),
  institution: ShortText,
  stue: ShortText,
  language: ShortText.default('dansk'),
  socialSag: z.boolean(),
  tovholderPersonId: IdSchema.nullable().default(null),
});
export type ChildSave = z.infer<typeof ChildSaveSchema>;

export const GuardianSchema = z.strictObject({
  personId: IdSchema,
  name: z.string(),
  initials: z.string(),
  relation: z.string(),
  custody: z.boolean(),
  orienteringsret: z.boolean(),
});
export type Guardian = z.infer<typeof GuardianSchema>;

export const ChildDetailSchema = ChildSummarySchema.extend({
  cpr: z.string().nullable(),
  language: z.string(),
  tovholderPersonId: IdSchema.nullable(),
  /** The stafetholder's name and initials as the directory has them; null when none is chosen. */
  tovholder: z.strictObject({ name: z.string(), initials: z.string() }).nullable(),
  guardians: z.array(GuardianSchema),
});
export type ChildDetail = z.infer<typeof ChildDetailSchema>;

export const GuardianAddSchema = z.strictObject({
  childId: IdSchema,
  /** An existing person, or a new one created from name + initials. */
  personId: IdSchema.optional(),
  name: z.string().trim().min(1, 'Forælderens navn mangler').max(120).optional(),
  initials: z.string().trim().min(1).max(8).optional(),
  relation: z.string().trim().max(40).default('forælder'),
  custody: z.boolean().default(true),
  orienteringsret: z.boolean().default(false),
});
