/** Person search and the person picker (issue 16, item 6). */
export const personSearchText = {
  child: 'Barnet',
} as const;

export const personPickerText = {
  /** Group headings: why these people come first. */
  groups: { deltager: 'På mødet', forældremyndighed: 'Forældremyndighed', others: 'Øvrige personer' },
  more: 'Vis flere',
  loading: 'Søger …',
  none: 'Ingen personer passer på søgningen.',
  create: (name: string) => (name.trim() ? `Opret ny person „${name.trim()}“ …` : 'Opret ny person …'),
  found: (n: number, more: boolean) => (n === 0 ? 'Ingen fundet.' : `${n}${more ? ' eller flere' : ''} ${n === 1 ? 'person' : 'personer'} fundet. Brug pil op og ned.`),
  hint: 'Skriv begyndelsen af et navn, initialer, en rolle eller en arbejdsplads.',
  /** The directory. */
  directoryFind: 'Find en person',
  directoryMore: 'Vis flere personer',
  directoryShown: (n: number) => `Viser ${n} ${n === 1 ? 'person' : 'personer'} i alfabetisk orden.`,
} as const;
