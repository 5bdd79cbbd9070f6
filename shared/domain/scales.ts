/**
 * The scales a kommune may use (SPEC §3.4, §9.3 req. 25–26). A stored value always carries the scale it was
 * recorded on, so a later change of the kommune's setting never reinterprets it (issue 21, item 3).
 */
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

/** „Thisted niveau 3: Børn med forskellige vanskeligheder …" – a level always named with its own scale. */
export function linealenLabel(variant: LinealenVariant, level: string): string {
  const scale = LINEALEN_SCALES[variant];
  const found = scale.levels.find((l) => l.level === level);
  const prefix = variant === 'thisted' ? `Thisted niveau ${level}` : variant === 'kolding' ? `Kolding kategori ${level}` : `Farve ${level}`;
  return found && variant !== 'farver' ? `${prefix}: ${found.heading}` : prefix;
}

export const TRIVSEL_LABEL_SETS = ['aalborg', 'farver'] as const;
export type TrivselLabelSet = (typeof TRIVSEL_LABEL_SETS)[number];

/** The words for the overall trivsel position, per label set. */
export const TRIVSEL_WORDS: Record<TrivselLabelSet, Record<'trivsel' | 'ekstra' | 'bekymring', string>> = {
  aalborg: { trivsel: 'trivsel', ekstra: 'ekstra opmærksomhed', bekymring: 'bekymring' },
  farver: { trivsel: 'grøn', ekstra: 'gul', bekymring: 'rød' },
};

export function trivselWord(labels: string, level: string): string {
  const set = TRIVSEL_WORDS[labels as TrivselLabelSet] ?? TRIVSEL_WORDS.aalborg;
  return set[level as keyof typeof set] ?? level;
}
