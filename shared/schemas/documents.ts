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
  .strictObject({ path: z.string(), bytes: z.number().int(), documentId: z.string(), warnings: z.array(z.string()) })
  .nullable();

/** Where a checked file differs from what Tovholder exported. */
export const VERIFY_DIFFERENCES = ['tekst', 'billede', 'sidehoved', 'sidefod', 'status', 'segl'] as const;
export type VerifyDifference = (typeof VERIFY_DIFFERENCES)[number];

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
});
export type DocumentModel = z.infer<typeof DocumentModelSchema>;
