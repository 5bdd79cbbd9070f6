import { z } from 'zod';
import { IdSchema } from './common';

export const EXPORT_KINDS = ['referat', 'dagsorden', 'overgangsskema', 'handleplan', 'uddrag'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  referat: 'Referat',
  dagsorden: 'Dagsorden og indkaldelse',
  overgangsskema: 'Overgangsskema',
  handleplan: 'Handleplan',
  uddrag: 'Uddrag af referat (kun ét barn)',
};

export const ExportInputSchema = z.strictObject({
  meetingId: IdSchema,
  kind: z.enum(EXPORT_KINDS),
  childId: IdSchema.optional(),
});

export const ExportResultSchema = z
  .strictObject({ path: z.string(), bytes: z.number().int(), documentId: z.string(), warnings: z.array(z.string()) })
  .nullable();

export const VerifyResultSchema = z.strictObject({
  status: z.enum(['uaendret', 'aendret', 'ukendt']),
  message: z.string(),
  documentId: z.string().nullable(),
  kind: z.string().nullable(),
  version: z.number().int().nullable(),
  meetingTitle: z.string().nullable(),
  exportedAt: z.string().nullable(),
  sealedAt: z.string().nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;
