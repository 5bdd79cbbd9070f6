import { z } from 'zod';
import { IdSchema } from './common';
import { HandleplanSchema, TransitionFormSchema } from './forms';

/** The editable content of a referat (SPEC §6.2). Generated from the meeting, then edited and approved. */
export const ReferatItemSchema = z.strictObject({
  number: z.number().int().min(1),
  title: z.string().max(300),
  ownerInitials: z.string().max(8).nullable(),
  ownerName: z.string().max(120).nullable(),
  /** Child items: the child's name, or the anonymous label. Used for per-child excerpts. */
  childId: IdSchema.nullable(),
  childLabel: z.string().max(200).nullable(),
  anonymous: z.boolean(),
  purpose: z.array(z.string().max(500)).max(20),
  guests: z.array(z.strictObject({ name: z.string().max(120), initials: z.string().max(8) })).max(20),
  text: z.string().max(50_000),
  /** Structured sections (læringskompetencer, barnets perspektiv) as label → text. */
  sections: z.array(z.strictObject({ label: z.string().max(200), text: z.string().max(8000) })).max(20),
  decisions: z.array(z.string().max(4000)).max(50),
  outcome: z.string().max(200).nullable(),
  followups: z.array(z.strictObject({ initials: z.string().max(8), text: z.string().max(2000), dueDate: z.string().nullable() })).max(50),
});
export type ReferatItem = z.infer<typeof ReferatItemSchema>;

export const ReferatBodySchema = z.strictObject({
  organisation: z.string().max(200),
  unit: z.string().max(200),
  /** The kommune from the first-run guide (referater made before it was kept have none). */
  kommune: z.string().max(120).optional(),
  meetingName: z.string().max(300),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string().max(300),
  /** „Mødeleder: Karim Østergaard (KØ)" – as the chair was named at the time. Absent in bodies made before issue 21. */
  chair: z.string().max(200).nullable().optional(),
  deltagere: z
    .array(z.strictObject({ name: z.string().max(120), initials: z.string().max(8), role: z.string().max(120).nullable(), referent: z.boolean(), consultative: z.boolean() }))
    .max(80),
  afbud: z.array(z.string().max(200)).max(80),
  fravaerende: z.array(z.string().max(200)).max(80),
  bemaerk: z.string().max(4000),
  phases: z.array(z.strictObject({ title: z.string().max(200), present: z.array(z.string().max(200)) })).max(5),
  showRoles: z.boolean(),
  items: z.array(ReferatItemSchema).max(200),
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

export const ReferatStateSchema = z.strictObject({
  meetingId: IdSchema,
  policy: z.enum(['kraevet', 'valgfrit', 'intet']),
  versions: z.array(ReferatVersionSchema),
  current: ReferatVersionSchema.nullable(),
  body: ReferatBodySchema.nullable(),
  signatures: z.array(SignatureSchema),
  requiredSigners: z.array(z.strictObject({ label: z.string(), who: z.string(), suggestedName: z.string().nullable(), signed: z.boolean() })),
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
