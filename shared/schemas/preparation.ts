import { z } from 'zod';
import { LINEALEN_VARIANTS } from '../domain/scales';
import { IdSchema } from './common';

const text = z.string().max(4000).default('');

/** One professional's preparation for one child (or anonymous) item of a fokusteammøde (SPEC §3.6, §9.1 req. 14). */
export const PreparationEntrySchema = z.strictObject({
  id: IdSchema,
  itemId: IdSchema,
  /** The child's name, or the item's anonymous label. */
  itemLabel: z.string(),
  itemNumber: z.number().int(),
  personId: IdSchema,
  personName: z.string(),
  roleLabel: z.string(),
  /** The current bekymringsniveau on Børnelinealen, with the scale it was given on (issue 21, item 3). */
  linealenVariant: z.enum(LINEALEN_VARIANTS).nullable(),
  linealenLevel: z.string().nullable(),
  /** „Thisted niveau 3: Børn med …" – the level named with its own scale. */
  levelLabel: z.string().nullable(),
  observed: z.string(),
  tried: z.string(),
  questions: z.string(),
  updatedAt: z.string(),
  /** Written or changed after the form was sent to the participants. */
  changedAfterSent: z.boolean(),
});
export type PreparationEntry = z.infer<typeof PreparationEntrySchema>;

export const PreparationFormSchema = z.strictObject({
  meetingId: IdSchema,
  /** Entries can be written and changed until the meeting starts; the reason when not. */
  editable: z.boolean(),
  lockedReason: z.string().nullable(),
  /** The date all participants must have the form by („senest 3 dage før“). */
  deadline: z.string(),
  daysBefore: z.number().int(),
  sentAt: z.string().nullable(),
  /** Days after the deadline the form was sent; 0 when on time or not sent. */
  sentDaysLate: z.number().int(),
  /** The kommune's Børnelinealen today: the scale new levels are given on. */
  scale: z.strictObject({ variant: z.enum(LINEALEN_VARIANTS), name: z.string(), levels: z.array(z.strictObject({ level: z.string(), heading: z.string() })) }),
  /** The items one prepares for (children and anonymous cases), and the professionals who prepare. */
  items: z.array(z.strictObject({ itemId: IdSchema, number: z.number().int(), label: z.string() })),
  people: z.array(z.strictObject({ personId: IdSchema, name: z.string(), roleLabel: z.string() })),
  entries: z.array(PreparationEntrySchema),
});
export type PreparationForm = z.infer<typeof PreparationFormSchema>;

export const PreparationSaveSchema = z.strictObject({
  meetingId: IdSchema,
  itemId: IdSchema,
  personId: IdSchema,
  linealenLevel: z.string().trim().max(10).nullable().default(null),
  observed: text,
  tried: text,
  questions: text,
});
