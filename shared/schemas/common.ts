import { z } from 'zod';
import { isValidIsoDate } from '../format/danishDate';
import { LIMITS } from './limits';

export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Ugyldigt id');
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives som ÅÅÅÅ-MM-DD')
  .refine(isValidIsoDate, 'Datoen findes ikke i kalenderen');
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Klokkeslæt skal skrives som TT:MM');
export const TimestampSchema = z.string().max(40);
export const ShortText = z.string().trim().max(LIMITS.shortText);
export const LongText = z.string().max(LIMITS.longText);
export const InitialsSchema = z
  .string()
  .trim()
  .min(1, 'Initialer mangler')
  .max(8, 'Initialer må højst være 8 tegn')
  .regex(/^[\p{L}.-]+$/u, 'Initialer må kun indeholde bogstaver, punktum og bindestreg');

export const Empty = z.strictObject({});
export const ByIdSchema = z.strictObject({ id: IdSchema });
export const OkSchema = z.strictObject({ ok: z.literal(true) });
