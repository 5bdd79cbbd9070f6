import { z } from 'zod';
import { ROLE_CODES } from '../domain/roles';
import { IdSchema, InitialsSchema, ShortText } from './common';
import { PERSON_KINDS, PERSON_SEARCH_LIMIT, PERSON_RELATIONS } from './codes';
export { PERSON_KINDS, PERSON_SEARCH_LIMIT, PERSON_RELATIONS, RELATION } from './codes';
export type { PersonKind, PersonRelation } from './codes';

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

/** Where the next page starts: the last hit's Danish sort key and id (keyset paging, never an offset). */
export const PersonCursorSchema = z.strictObject({ key: z.string().max(400), id: z.string().max(64) });
export type PersonCursor = z.infer<typeof PersonCursorSchema>;

export const PersonSearchInSchema = z.strictObject({
  q: z.string().max(200).default(''),
  meetingId: IdSchema.optional(),
  childId: IdSchema.optional(),
  kinds: z.array(z.enum(PERSON_KINDS)).max(PERSON_KINDS.length).optional(),
  limit: z.number().int().min(1).max(PERSON_SEARCH_LIMIT.max).default(PERSON_SEARCH_LIMIT.default),
  after: PersonCursorSchema.nullable().optional(),
});
export type PersonSearchIn = z.input<typeof PersonSearchInSchema>;

export const PersonHitSchema = PersonSchema.extend({ relation: z.enum(PERSON_RELATIONS).nullable() });
export type PersonHit = z.infer<typeof PersonHitSchema>;

export const PersonSearchOutSchema = z.strictObject({ people: z.array(PersonHitSchema), next: PersonCursorSchema.nullable() });
export type PersonSearchOut = z.infer<typeof PersonSearchOutSchema>;
