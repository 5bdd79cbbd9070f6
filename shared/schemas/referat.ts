import { z } from 'zod';
import { IdSchema } from './common';
import { LIMITS, REFERAT_LIMITS as R } from './limits';
import { HandleplanSchema, TransitionFormSchema } from './forms';
import { MEETING_STATUSES } from './meeting';

/** The editable content of a referat (SPEC §6.2). Generated from the meeting, then edited and approved. */
export const ReferatItemSchema = z.strictObject({
  number: z.number().int().min(1),
  title: z.string().max(R.itemTitle),
  ownerInitials: z.string().max(LIMITS.initials).nullable(),
  ownerName: z.string().max(LIMITS.personName).nullable(),
  /** Child items: the child's name, or the anonymous label. Used for per-child excerpts. */
  childId: IdSchema.nullable(),
  childLabel: z.string().max(R.childLabel).nullable(),
  anonymous: z.boolean(),
  purpose: z.array(z.string().max(LIMITS.purposeBullet)).max(LIMITS.purposeBullets),
  guests: z.array(z.strictObject({ name: z.string().max(LIMITS.personName), initials: z.string().max(LIMITS.initials) })).max(LIMITS.guestsPerItem),
  text: z.string().max(R.itemText),
  /** Structured sections (læringskompetencer, barnets perspektiv) as label → text. */
  sections: z.array(z.strictObject({ label: z.string().max(LIMITS.shortText), text: z.string().max(R.sectionText) })).max(20),
  decisions: z.array(z.string().max(LIMITS.decisionText)).max(LIMITS.decisionsPerItem),
  outcome: z.string().max(R.outcome).nullable(),
  followups: z
    .array(z.strictObject({ initials: z.string().max(LIMITS.initials), text: z.string().max(LIMITS.followupText), dueDate: z.string().nullable() }))
    .max(LIMITS.followupsPerItem),
});
export type ReferatItem = z.infer<typeof ReferatItemSchema>;

export const ReferatBodySchema = z.strictObject({
  organisation: z.string().max(200),
  unit: z.string().max(200),
  /** The kommune from the first-run guide (referater made before it was kept have none). */
  kommune: z.string().max(LIMITS.shortText).optional(),
  meetingName: z.string().max(R.meetingName),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string().max(R.place),
  /** „Mødeleder: Karim Østergaard (KØ)" – as the chair was named at the time. Absent in bodies made before issue 21. */
  chair: z.string().max(R.nameWithInitials + LIMITS.shortText).nullable().optional(),
  deltagere: z
    .array(
      z.strictObject({
        name: z.string().max(LIMITS.personName),
        initials: z.string().max(LIMITS.initials),
        role: z.string().max(LIMITS.personName).nullable(),
        referent: z.boolean(),
        consultative: z.boolean(),
      }),
    )
    .max(LIMITS.participants),
  afbud: z.array(z.string().max(R.nameWithInitials)).max(LIMITS.participants),
  fravaerende: z.array(z.string().max(R.nameWithInitials)).max(LIMITS.participants),
  bemaerk: z.string().max(R.bemaerk),
  phases: z.array(z.strictObject({ title: z.string().max(LIMITS.shortText), present: z.array(z.string().max(R.nameWithInitials)) })).max(5),
  showRoles: z.boolean(),
  items: z.array(ReferatItemSchema).max(LIMITS.agendaItems),
  /** Overgangsmøder: the overgangsskema, approved and signed together with the referat. */
  transition: z
    .strictObject({
      childName: z.string(),
      birthDate: z.string(),
      cpr: z.string().nullable(),
      transitionLabel: z.string(),
      form: TransitionFormSchema,
      competences: z.array(z.strictObject({ label: z.string(), text: z.string() })),
      childLooksForward: z.string(),
      childWorries: z.string(),
      schoolNote: z.boolean(),
    })
    .optional(),
  /** Netværksmøder: the handleplan, approved and signed together with the referat. */
  handleplan: z.strictObject({ childName: z.string(), birthDate: z.string(), plan: HandleplanSchema }).optional(),
});
export type ReferatBody = z.infer<typeof ReferatBodySchema>;

export const SignatureSchema = z.strictObject({
  id: IdSchema,
  signerLabel: z.string(),
  name: z.string(),
  role: z.string(),
  method: z.enum(['tegnet', 'navn']),
  /** data:image/png;base64,… for drawn signatures. */
  imageDataUrl: z.string().nullable(),
  signedAt: z.string(),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const ReferatVersionSchema = z.strictObject({
  version: z.number().int(),
  status: z.enum(['udkast', 'godkendt', 'forseglet']),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  sealedAt: z.string().nullable(),
  seal: z.string().nullable(),
  documentId: z.string(),
  correctionReason: z.string().nullable(),
});
export type ReferatVersion = z.infer<typeof ReferatVersionSchema>;

/**
 * One row of the signing plan. A person in several of the template's roles (mødeleder and referent) is one row that
 * signs once for all of them (`roles`, `label` „Mødeleder og referent“); signers the chair added carry `addedId`.
 */
export const RequiredSignerSchema = z.strictObject({
  label: z.string(),
  /** The template's signer kind (`chair`, `referent`, `parents`, …), or `added` for a signer the chair added. */
  who: z.string(),
  suggestedName: z.string().nullable(),
  signed: z.boolean(),
  /** The template roles this signature covers, in the template's order (one, or several for one person). */
  roles: z.array(z.string()),
  personId: IdSchema.nullable(),
  /** Set for a signer the chair added (`referat.addSigner`); the id `referat.removeSigner` takes. */
  addedId: IdSchema.nullable(),
});
export type RequiredSigner = z.infer<typeof RequiredSignerSchema>;

/** The referat actions the core may allow; `ReferatState.allowed` says which it allows now (electron/core/referat/referatRules.ts). */
export const REFERAT_ACTIONS = ['generate', 'edit', 'approve', 'withdraw', 'sign', 'seal', 'correct', 'addSigner', 'removeSigner'] as const;
export type ReferatAction = (typeof REFERAT_ACTIONS)[number];

export const ReferatStateSchema = z.strictObject({
  meetingId: IdSchema,
  policy: z.enum(['kraevet', 'valgfrit', 'intet']),
  versions: z.array(ReferatVersionSchema),
  current: ReferatVersionSchema.nullable(),
  body: ReferatBodySchema.nullable(),
  signatures: z.array(SignatureSchema),
  requiredSigners: z.array(RequiredSignerSchema),
  /** What the core allows now, computed by the same checks that refuse the commands (issue 16, item 2). */
  allowed: z.strictObject(Object.fromEntries(REFERAT_ACTIONS.map((a) => [a, z.boolean()])) as Record<ReferatAction, z.ZodBoolean>),
  /** The meeting's status after the change (sealing marks the meeting „godkendt“), for the meeting owner's copy. */
  meetingStatus: z.enum(MEETING_STATUSES),
  /** Who approves by default: the chair, as named on the meeting. */
  suggestedApprover: z.string().nullable(),
});
export type ReferatState = z.infer<typeof ReferatStateSchema>;

/** Drawn signatures are PNG data URLs; this caps them at roughly 400 kB of image. */
export const MAX_SIGNATURE_DATA_URL = 550_000;

export const SignInputSchema = z.strictObject({
  meetingId: IdSchema,
  signerLabel: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1, 'Navnet på den, der underskriver, mangler').max(120),
  role: z.string().trim().max(120),
  method: z.enum(['tegnet', 'navn']),
  imageDataUrl: z
    .string()
    .max(MAX_SIGNATURE_DATA_URL, 'Underskriftsbilledet er for stort (højst ca. 400 kB)')
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'Underskriften skal være et PNG-billede')
    .nullable(),
});

/** A signer the chair adds before sealing: a parent, PPR or anyone else who should sign (issue 16, item 8). */
export const AddSignerInputSchema = z.strictObject({
  meetingId: IdSchema,
  label: z.string().trim().min(1, 'Skriv rollen, personen underskriver som (fx Forælder eller PPR-psykolog)').max(120),
  name: z.string().trim().min(1, 'Navnet på den, der skal underskrive, mangler').max(120),
  personId: IdSchema.nullable().default(null),
});
