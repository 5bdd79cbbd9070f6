/**
 * The scales a kommune may use (SPEC §3.4, §9.3 req. 25–26). A stored value always carries the scale it was
 * recorded on, so a later change of the kommune's setting never reinterprets it (issue 21, item 3).
 */
import { LINEALEN_SCALES, LINEALEN_VARIANTS, TRIVSEL_LABELS, type LinealenLevel, type LinealenVariant } from '../text/wellbeing';

export { LINEALEN_SCALES, LINEALEN_VARIANTS, type LinealenLevel, type LinealenVariant };

/** „Thisted niveau 3: Børn med forskellige vanskeligheder …" – a level always named with its own scale. */
export function linealenLabel(variant: LinealenVariant, level: string): string {
  const scale = LINEALEN_SCALES[variant];
  const found = scale.levels.find((l) => l.level === level);
  const prefix = variant === 'thisted' ? `Thisted niveau ${level}` : variant === 'kolding' ? `Kolding kategori ${level}` : `Farve ${level}`;
  return found && variant !== 'farver' ? `${prefix}: ${found.heading}` : prefix;
}

export const TRIVSEL_LABEL_SETS = ['aalborg', 'farver'] as const;
export type TrivselLabelSet = (typeof TRIVSEL_LABEL_SETS)[number];

/** The words for the overall trivsel position, per label set, in running text (from the one catalogue, `shared/text/wellbeing`). */
export const TRIVSEL_WORDS: Record<TrivselLabelSet, Record<'trivsel' | 'ekstra' | 'bekymring', string>> = {
  aalborg: lowerWords(TRIVSEL_LABELS.aalborg),
  farver: lowerWords(TRIVSEL_LABELS.farver),
};

function lowerWords(words: Record<'trivsel' | 'ekstra' | 'bekymring', string>): Record<'trivsel' | 'ekstra' | 'bekymring', string> {
  const low = (w: string) => w.charAt(0).toLocaleLowerCase('da-DK') + w.slice(1);
  return { trivsel: low(words.trivsel), ekstra: low(words.ekstra), bekymring: low(words.bekymring) };
}

export function trivselWord(labels: string, level: string): string {
  const set = TRIVSEL_WORDS[labels as TrivselLabelSet] ?? TRIVSEL_WORDS.aalborg;
  return set[level as keyof typeof set] ?? level;
}
