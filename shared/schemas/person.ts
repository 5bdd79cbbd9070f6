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

/**
 * Person search (`person.search`, issue 16 item 6). `kinds` follows how the screens pick: professionals
 * (`isProfessional`), parents, the family's private network.
 */
export const PERSON_KINDS = ['fagperson', 'foraelder', 'netvaerk'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSON_SEARCH_LIMIT = { default: 20, max: 50 } as const;

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

/** Why a hit comes first: on the meeting, or holding custody of the child. */
export const PERSON_RELATIONS = ['deltager', 'forældremyndighed'] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];
export const RELATION = { meeting: PERSON_RELATIONS[0], custody: PERSON_RELATIONS[1] } as const;

export const PersonHitSchema = PersonSchema.extend({ relation: z.enum(PERSON_RELATIONS).nullable() });
export type PersonHit = z.infer<typeof PersonHitSchema>;

export const PersonSearchOutSchema = z.strictObject({ people: z.array(PersonHitSchema), next: PersonCursorSchema.nullable() });
export type PersonSearchOut = z.infer<typeof PersonSearchOutSchema>;
