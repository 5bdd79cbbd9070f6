/**
 * The words for a child's wellbeing and the levels of Børnelinealen, written once. The kommune chooses the variant
 * (settings: `trivselLabels`, `linealenVariant`); the case page, the overgangsskema on screen and in Word, and the
 * timeline all take their words from here.
 */
import type { TrivselLevel } from '../schemas/forms';

export const TRIVSEL_LABELS: Record<'aalborg' | 'farver', Record<TrivselLevel, string>> = {
  aalborg: { trivsel: 'Trivsel', ekstra: 'Ekstra opmærksomhed', bekymring: 'Bekymring' },
  farver: { trivsel: 'Grøn', ekstra: 'Gul', bekymring: 'Rød' },
};

/** The wellbeing words of the kommune's variant (the Aalborg words when none is set). */
export function trivselLabels(variant: string | undefined | null): Record<TrivselLevel, string> {
  return TRIVSEL_LABELS[variant === 'farver' ? 'farver' : 'aalborg'];
}

/** „Trivsel / ekstra opmærksomhed / bekymring", for choosing a variant in the settings. */
export function trivselVariantSummary(variant: 'aalborg' | 'farver'): string {
  return Object.values(TRIVSEL_LABELS[variant])
    .map((w, i) => (i === 0 ? w : w.toLowerCase()))
    .join(' / ');
}

export const LINEALEN_VARIANTS = ['thisted', 'kolding', 'farver'] as const;
export type LinealenVariant = (typeof LINEALEN_VARIANTS)[number];

/** The levels of Børnelinealen in each variant a kommune may use. */
export const LINEALEN_LEVELS: Record<LinealenVariant, readonly string[]> = {
  thisted: ['1', '2', '3', '4', '5'],
  kolding: ['2', '3', '4a', '4b'],
  farver: ['grøn', 'gul', 'rød'],
};

export const LINEALEN_NAMES: Record<LinealenVariant, string> = { thisted: 'Thisted-udgaven', kolding: 'Kolding-udgaven', farver: 'farve-udgaven' };
