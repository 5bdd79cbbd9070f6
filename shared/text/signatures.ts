/** The signature page's words: the same on the paper view, the referat screen and in every Word document. */
export const signatureText = {
  heading: 'Underskrifter',
  columns: ['Rolle', 'Navn', 'Tidspunkt', 'Underskrift'] as const,
  notSigned: 'Ikke underskrevet',
  imageAlt: (name: string) => `Underskrift: ${name}`,
  /** A typed signature, as on the paper: „/Anne Jensen/ (skrevet navn)“. */
  typed: (name: string) => `/${name}/ (skrevet navn)`,
  typedPlain: (name: string) => `${name} (skrevet navn)`,
  approvedBy: (who: string, when: string) => `Godkendt af ${who} ${when}.`,
  sealed: (when: string, seal: string) => `Forseglet ${when}. Segl (SHA-256): ${seal}`,
} as const;
