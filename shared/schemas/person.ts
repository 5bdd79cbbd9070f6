import { z } from 'zod';
import { ROLE_CODES } from '../domain/roles';
import { IdSchema, InitialsSchema, ShortText } from './common';

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1, 'Navn mangler').max(120),
  initials: InitialsSchema,
  role: z.enum(ROLE_CODES),
  organisation: ShortText,
  /** The forvaltningsmyndighed the person belongs to (PRODUCT-RESEARCH §3.1). */
  authority: ShortText,
  email: z.string().trim().max(200),
  phone: z.string().trim().max(40),
  /** Distriktsrådgiver „med/uden myndighedsrolle" (SPEC req. 4); null for other roles. */
  authorityRole: z.enum(['med', 'uden']).nullable(),
  isSample: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonSaveSchema = PersonSchema.omit({ id: true, isSample: true }).extend({ id: IdSchema.optional() });
export type PersonSave = z.infer<typeof PersonSaveSchema>;
