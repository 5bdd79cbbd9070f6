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

export interface LinealenLevel {
  level: string;
  heading: string;
}

export const LINEALEN_SCALES: Record<LinealenVariant, { name: string; levels: LinealenLevel[] }> = {
  thisted: {
    name: 'Børnelinealen, Thisted (niveau 1–5)',
    levels: [
      { level: '1', heading: 'Børn i almindelighed' },
      { level: '2', heading: 'Børn, der viser begyndende tegn på mistrivsel' },
      { level: '3', heading: 'Børn med forskellige vanskeligheder, der kræver involvering af sekundære fagprofessionelle' },
      { level: '4', heading: 'Børn med væsentlige behov for særlig støtte' },
      { level: '5', heading: 'Børn med åbenbar risiko for varig skade' },
    ],
  },
  kolding: {
    name: 'Børnelinealen, Kolding (kategori 2, 3, 4a, 4b)',
    levels: [
      { level: '2', heading: 'Børn i faldende trivsel' },
      { level: '3', heading: 'Sårbare børn' },
      { level: '4a', heading: 'Udsatte børn' },
      { level: '4b', heading: 'Truede børn' },
    ],
  },
  farver: {
    name: 'Børnelinealen, farver (grøn, gul, rød)',
    levels: [
      { level: 'grøn', heading: 'Grøn' },
      { level: 'gul', heading: 'Gul' },
      { level: 'rød', heading: 'Rød' },
    ],
  },
};

/** The level codes of Børnelinealen in each variant a kommune may use. */
export const LINEALEN_LEVELS: Record<LinealenVariant, readonly string[]> = {
  thisted: LINEALEN_SCALES.thisted.levels.map((l) => l.level),
  kolding: LINEALEN_SCALES.kolding.levels.map((l) => l.level),
  farver: LINEALEN_SCALES.farver.levels.map((l) => l.level),
};

export const LINEALEN_NAMES: Record<LinealenVariant, string> = { thisted: 'Thisted-udgaven', kolding: 'Kolding-udgaven', farver: 'farve-udgaven' };
