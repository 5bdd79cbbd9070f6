import { z } from 'zod';
import { IdSchema } from './common';
import { ReferatBodySchema, ReferatStateSchema } from './referat';
import { PreparationFormSchema } from './preparation';

export const EXPORT_KINDS = ['referat', 'dagsorden', 'overgangsskema', 'handleplan', 'uddrag', 'forberedelsesskema'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  referat: 'Referat',
  dagsorden: 'Dagsorden og indkaldelse',
  overgangsskema: 'Overgangsskema',
  handleplan: 'Handleplan',
  uddrag: 'Uddrag af referat (kun ét barn)',
  forberedelsesskema: 'Forberedelsesskema',
};

export const ExportInputSchema = z.strictObject({
  meetingId: IdSchema,
  kind: z.enum(EXPORT_KINDS),
  childId: IdSchema.optional(),
});

export const ExportResultSchema = z
  .strictObject({
    path: z.string(),
    bytes: z.number().int(),
    documentId: z.string(),
    warnings: z.array(z.string()),
    /** Whose digital signatures the file carries (issue 20); empty for an unsigned file. */
    signedBy: z.array(z.string()).optional(),
    /** Why a sealed document is not digitally signed, when it is not. */
    unsignedNote: z.string().nullable().optional(),
  })
  .nullable();

/** Where a checked file differs from what Tovholder exported. */
export const VERIFY_DIFFERENCES = ['tekst', 'billede', 'sidehoved', 'sidefod', 'status', 'segl'] as const;
export type VerifyDifference = (typeof VERIFY_DIFFERENCES)[number];

/** One digital signature in a checked .docx or .pdf. */
export const SignatureCheckSchema = z.strictObject({
  format: z.enum(['docx', 'pdf']),
  signer: z.string(),
  subject: z.string(),
  issuer: z.string(),
  fingerprint: z.string(),
  /** A certificate Tovholder made („lokalt certifikat"), not one issued by the kommune. */
  localCertificate: z.boolean(),
  signedAt: z.string().nullable(),
  /** The signature value is made with the certificate's key over what it signs. */
  valid: z.boolean(),
  /** Nothing the signature covers has changed, and (PDF) it covers the whole file. */
  unchanged: z.boolean(),
  /** The certificate is on the kommune's list of trusted certificates. */
  trusted: z.boolean(),
  certificateValidFrom: z.string(),
  certificateValidTo: z.string(),
  /** One sentence in Danish that says all of the above. */
  summary: z.string(),
});
export type SignatureCheck = z.infer<typeof SignatureCheckSchema>;

export const VerifyResultSchema = z.strictObject({
  status: z.enum(['uaendret', 'aendret', 'ukendt']),
  message: z.string(),
  documentId: z.string().nullable(),
  kind: z.string().nullable(),
  version: z.number().int().nullable(),
  meetingTitle: z.string().nullable(),
  exportedAt: z.string().nullable(),
  sealedAt: z.string().nullable(),
  /** The parts that differ; empty when the file is unchanged. */
  differences: z.array(z.enum(VERIFY_DIFFERENCES)),
  /** The file is a draft exported before approval – never the sealed version. */
  draft: z.boolean(),
  /** A newer version (a correction) replaces the one in the file. */
  supersededBy: z.number().int().nullable(),
  /** The file's digital signatures (issue 20), checked by themselves – also for a file made by another installation. */
  signatures: z.array(SignatureCheckSchema).optional(),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

/**
 * The one checked document model behind Word, PDF and print (exports/documentModel.ts): the body after the consent
 * ledger, the legal basis and the privacy guard have decided what is left out, with the warnings that go with it,
 * and the header, footer and status every page carries.
 */
export const DocumentModelSchema = z.strictObject({
  kind: z.enum(EXPORT_KINDS),
  documentId: z.string(),
  fileName: z.string(),
  meetingId: IdSchema,
  childId: IdSchema.nullable(),
  version: z.number().int().nullable(),
  status: z.enum(['dagsorden', 'udkast', 'godkendt', 'forseglet']),
  seal: z.string().nullable(),
  /** „Vesterå Kommune · Børn og Unge · Dagtilbud Nord". */
  header: z.string(),
  kommune: z.string(),
  organisation: z.string(),
  unit: z.string(),
  /** „Segl: a1b2 …", „UDKAST – ikke godkendt", „Godkendt, ikke forseglet"; none for a dagsorden. */
  footerStatus: z.string().nullable(),
  author: z.string(),
  /** „Rettet version 2 – erstatter version 1. Begrundelse: …". */
  correction: z.string().nullable(),
  warnings: z.array(z.string()),
  transitionNote: z.string().nullable(),
  body: ReferatBodySchema.nullable(),
  state: ReferatStateSchema.nullable(),
  /** The forberedelsesskema's entries, for that document only (issue 21, item 6). */
  preparation: PreparationFormSchema.nullable(),
  /** A sealed document's digital signatures (issue 20): who signs the file and with what, and what that proves. */
  digitalSigning: z.strictObject({ lines: z.array(z.string()), meaning: z.string() }).nullable().optional(),
});
export type DocumentModel = z.infer<typeof DocumentModelSchema>;
