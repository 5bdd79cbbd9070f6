import { z } from 'zod';
import { ROLE_CODES } from '../domain/roles';
import { TemplatePackSchema } from '../templates/schema';
import { IdSchema, InitialsSchema } from './common';
import { RETENTION_KINDS, type RetentionKind } from './codes';
export { RETENTION_KINDS } from './codes';
export type { RetentionKind } from './codes';

export const ProfileSchema = z.strictObject({
  personId: IdSchema.nullable().default(null),
  name: z.string().trim().min(1, 'Skriv dit navn').max(120),
  initials: InitialsSchema,
  role: z.enum(ROLE_CODES),
  /** The institution or district the user works in. */
  workplace: z.string().trim().max(200).default(''),
});
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * Saving the profile. When the name changes, the user says who the profile now is: the same person with a new name
 * („rename"), a new person („new"), or an existing person in the directory („existing").
 */
export const ProfileSaveSchema = ProfileSchema.omit({ personId: true }).extend({
  personChoice: z.enum(['rename', 'new', 'existing']).optional(),
  existingPersonId: IdSchema.optional(),
});

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

/** Used in every document header and sender block. */
export const OrganisationSchema = z.strictObject({
  forvaltning: z.string().trim().max(200).default(''),
  unit: z.string().trim().max(200).default(''),
  address: z.string().trim().max(300).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.string().trim().max(200).default(''),
  kommune: z.string().trim().max(120).default(''),
  logo: z.string().max(300_000, 'Logoet er for stort (højst ca. 200 kB)').regex(PNG_DATA_URL, 'Logoet skal være et PNG-billede').nullable().default(null),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * The kommune's rules in one place. Nothing here is a law hard-coded in the app: the kommune decides, and the
 * defaults are the cautious choice (CPR off, no automatic deletion until a period is set).
 */
export const KommuneSettingsSchema = z.strictObject({
  cprEnabled: z.boolean().default(false),
  linealenVariant: z.enum(['thisted', 'kolding', 'farver']).default('thisted'),
  trivselLabels: z.enum(['aalborg', 'farver']).default('aalborg'),
  transitionBasis: z.enum(['samtykke', 'paragraf_3a']).default('samtykke'),
  /** Deletion periods in months after the child has left the dagtilbud; null = not set by the kommune. */
  retentionMonths: z
    .strictObject(Object.fromEntries(RETENTION_KINDS.map((k) => [k, z.number().int().min(1).max(1200).nullable().default(null)])) as Record<RetentionKind, z.ZodDefault<z.ZodNullable<z.ZodNumber>>>)
    .default(Object.fromEntries(RETENTION_KINDS.map((k) => [k, null])) as Record<RetentionKind, null>),
  aarshjul: z
    .strictObject({
      /** Children start school in August of the year they turn this age. */
      schoolStartAge: z.number().int().min(5).max(7).default(6),
      schoolStartMonth: z.number().int().min(1).max(12).default(8),
      /** Children with special needs: overleveringsmøde by this day/month … */
      specialNeedsDay: z.number().int().min(1).max(31).default(1),
      specialNeedsMonth: z.number().int().min(1).max(12).default(11),
      /** … this many years before the school-start year (Vejle: „senest 1. november halvandet år før skolestart"). */
      specialNeedsYearsBefore: z.number().int().min(0).max(3).default(2),
      /** Overgangsbeskrivelse completed this many months before school start. */
      descriptionMonthsBefore: z.number().int().min(0).max(24).default(3),
    })
    .default({ schoolStartAge: 6, schoolStartMonth: 8, specialNeedsDay: 1, specialNeedsMonth: 11, specialNeedsYearsBefore: 2, descriptionMonthsBefore: 3 }),
  activePackId: z.string().max(64).nullable().default(null),
  templateOverrides: z
    .record(
      z.string().max(64),
      z.strictObject({ referatPolicy: z.enum(['kraevet', 'valgfrit', 'intet']).optional(), chair: z.enum(ROLE_CODES).optional() }),
    )
    .default({}),
  consentValidityMonths: z.number().int().min(1).max(60).default(12),
  /** Days the safety copy a restore leaves behind is kept before it is deleted (it holds everything the database held). */
  safetyCopyDays: z.number().int().min(1).max(365).default(30),
  /** Certificates the kommune trusts for signed documents (issue 20): the SHA-256 fingerprint and who it is. */
  trustedCertificates: z
    .array(z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Skal være et SHA-256-fingeraftryk (64 tegn 0-9 og a-f)'), subject: z.string().max(500) }))
    .max(500)
    .default([]),
  underretningUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, message: 'Skal være en https-adresse' })]).default(''),
});
export type KommuneSettings = z.infer<typeof KommuneSettingsSchema>;

/** One file a kommune hands every leader: organisation, rules and template packs. */
export const SettingsFileSchema = z.strictObject({
  format: z.literal('tovholder-indstillinger'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  organisation: OrganisationSchema,
  kommune: KommuneSettingsSchema,
  templatePacks: z.array(TemplatePackSchema).max(20).default([]),
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export const SettingsStateSchema = z.strictObject({
  profile: ProfileSchema.nullable(),
  organisation: OrganisationSchema,
  kommune: KommuneSettingsSchema,
  firstRunDone: z.boolean(),
  sampleLoaded: z.boolean(),
  dataFile: z.string(),
  packs: z.array(z.strictObject({ packId: z.string(), name: z.string(), version: z.number().int(), templates: z.number().int() })),
  changes: z.array(z.strictObject({ at: z.string(), actor: z.string(), summary: z.string() })),
});
export type SettingsState = z.infer<typeof SettingsStateSchema>;

export const FirstRunSchema = z.strictObject({
  profile: ProfileSchema.omit({ personId: true }),
  organisation: OrganisationSchema.partial().default({}),
  loadSample: z.boolean().default(false),
});
