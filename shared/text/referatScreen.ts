/** Words on the referat, overgangsskema and handleplan screens added in issue 16 (who signs, growing fields, proposals). */
export const referatScreenText = {
  signers: {
    add: 'Tilføj underskriver',
    addHelp: 'Fx en forælder eller PPR, der også skal underskrive. Kan tilføjes indtil referatet forsegles.',
    label: 'Underskriver som (rolle)',
    name: 'Navn',
    save: 'Tilføj',
    remove: (name: string) => `Fjern ${name} som underskriver`,
    removeShort: 'Fjern',
    added: 'Tilføjet',
    removeLocked: 'Når nogen har underskrevet, ligger listen over underskrivere fast.',
  },
  transition: {
    competences: 'De syv læringskompetencer',
    competencesHelp: 'Samme tekst som under mødets punkt „Læringskompetencer“: det, du skriver her, står også dér – og omvendt.',
    noCompetenceItem: 'Mødet har ikke et punkt til læringskompetencerne.',
    proposed: 'Foreslået ud fra barnet og mødet – ret det gerne. Forslaget gemmes først, når du ændrer noget i skemaet.',
    locked: 'Referatet er godkendt, så skemaet kan ikke ændres. Brug „Ret referatet“ for at ændre det.',
  },
  handleplanLocked: 'Referatet er godkendt, så handleplanen kan ikke ændres. Brug „Ret referatet“ for at ændre den.',
} as const;
