/**
 * Danish text for the consent form's structured parts (issue 11, items 5 and 7): participants chosen as people or
 * catalogue roles, and recipients that follow the chosen purpose.
 */
export const consentText = {
  recipientKinds: {
    moedets_deltagere: 'Deltagerne i det tværfaglige møde',
    anden_myndighed: 'En anden myndighed',
    modtagende_institution: 'Den modtagende skole eller det modtagende dagtilbud',
    andet: 'Anden modtager',
  },
  defaultRecipientName: {
    moedets_deltagere: 'Ressourceteamet',
    anden_myndighed: '',
    modtagende_institution: 'Den modtagende skole eller det modtagende dagtilbud',
    andet: '',
  },
  recipientNotCovered: (purposeLabel: string, recipient: string, kindLabel: string, allowed: string) =>
    `Formålet „${purposeLabel}“ dækker ikke modtageren „${recipient}“ (${kindLabel.toLowerCase()}). Vælg det formål, modtageren hører til, eller vælg en modtager, formålet dækker: ${allowed}.`,
  authorityMissing: (recipient: string) =>
    `Skriv hvilken myndighed „${recipient}“ hører under: en videregivelse skal sige, hvilken myndighed oplysningerne går til.`,
  personUnknown: 'En af de valgte deltagere findes ikke i personregistret. Vælg personen igen, eller vælg rollen i stedet.',
  participantTwice: (label: string) => `„${label}“ er valgt to gange som deltager. Fjern den ene.`,
  // The form
  participantsLegend: 'Deltagere, forældrene fik at vide',
  participantsHelp: 'Vælg de personer eller roller, forældrene fik at vide ville deltage. Tovholder advarer, hvis andre kommer med.',
  pickPerson: 'Person',
  pickRole: 'Rolle',
  chooseRole: 'Vælg en rolle …',
  addRole: 'Tilføj rolle',
  remove: (label: string) => `Fjern ${label}`,
  noneChosen: 'Ingen deltagere valgt endnu.',
  roleSuffix: '(rolle)',
  oldFreeText: 'Deltagere (fritekst, registreret før)',
  recipientKind: 'Slags modtager',
  recipientName: 'Til hvem',
  recipientAuthority: 'Myndighed',
  recipientsLegend: 'Til hvem (følger formålet)',
  addRecipient: 'Tilføj modtager',
} as const;
