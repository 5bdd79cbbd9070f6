import { lowerFirst } from '../referat/referatText';

/**
 * Words for who signs a referat (issue 16, item 8): one signature in several roles, signers the chair adds, and what
 * the core says when adding or removing one is refused. Used by the core, the screen and the Word document alike.
 */
export const referatSignersText = {
  /** „Mødeleder og referent“: one person in two roles signs once, in both. */
  bothRoles: (labels: readonly string[]): string =>
    labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).map((l, i) => (i === 0 ? l : lowerFirst(l))).join(', ')} og ${lowerFirst(labels[labels.length - 1]!)}`,
  noReferat: 'Der er ikke lavet et referat endnu. Lav referatet, før du tilføjer underskrivere.',
  sealedNoAdd: 'Referatet er forseglet, så der kan ikke tilføjes underskrivere. Brug „Ret referatet“ for at lave en ny version.',
  sealedNoRemove: 'Referatet er forseglet, så underskriverne ligger fast.',
  alreadySignedNoRemove: 'Der er allerede underskrevet på denne version, så listen over underskrivere ligger fast. Træk godkendelsen tilbage for at ændre den.',
  duplicate: (name: string, as: string) => `${name} skriver allerede under som ${as}. En person underskriver kun én gang.`,
  notAdded: 'Underskriveren findes ikke blandt de tilføjede. Kun tilføjede underskrivere kan fjernes.',
  auditAdded: (label: string, version: number) => `Tilføjede en underskriver (${label}) på referat version ${version}`,
  auditRemoved: (label: string, version: number) => `Fjernede en tilføjet underskriver (${label}) fra referat version ${version}`,
} as const;
