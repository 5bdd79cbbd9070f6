/** The core's words about settings, the profile, settings files and template packs. Field names in `settingLabels.ts`. */
export const settingsText = {
  packNotFound: 'Skabelonpakken findes ikke. Indlæs den først.',
  linealenKept: (kept: number) =>
    `Børnelinealen: ${kept} ${kept === 1 ? 'barn har' : 'børn har'} et niveau på en anden skala. Niveauerne beholder deres egen skala og er markeret på barnet.`,
  profile: {
    chosenPersonGone: 'Den valgte person findes ikke i personkartoteket. Intet er ændret.',
    namesakeExists: (namesake: string, current: string) =>
      `Der findes allerede en person, der hedder ${namesake}. Vælg „Det er ${namesake}“ i stedet for at omdøbe ${current}. Intet er ændret.`,
    yourProfileIs: (current: string) => `Din profil er ${current} i personkartoteket. `,
    namesake: (namesake: string) => `Der findes allerede en person, der hedder ${namesake}. `,
    choose: (from: string, other: string, namesake: string | null) =>
      `${from}${other}Vælg, om du er den samme person med nyt navn, en anden person, eller ${namesake ?? 'en eksisterende person'}. Intet er ændret.`,
  },
  file: {
    issueAt: (prefix: string, where: string, message: string) => `${prefix}: ${where}: ${message}. Intet er ændret.`,
    issueField: (prefix: string, field: string, message: string) => `${prefix}: feltet „${field}“ ${message}. Intet er ændret.`,
    notJson: 'Filen er ikke gyldig JSON. Intet er ændret.',
    packInvalid: 'Skabelonpakken er ugyldig',
    settingsInvalid: 'Indstillingsfilen er ugyldig',
    tooLarge: 'Filen er for stor til at være en indstillingsfil. Intet er ændret.',
    unreadable: 'filen kunne ikke læses',
    standardPackReadOnly: 'Standardpakken kan ikke overskrives. Giv kommunens pakke sit eget packId.',
  },
  dialogs: {
    chooseImport: 'Vælg indstillinger eller skabelonpakke',
    importFilter: 'Tovholder-indstillinger (JSON)',
    savePack: 'Gem skabelonpakke',
    saveSettings: 'Gem indstillinger',
  },
  audit: {
    packLoaded: (name: string, version: number | string) => `Indlæste skabelonpakken „${name}“ version ${version}`,
    imported: (pack: boolean, file: string) => `Indlæste ${pack ? 'skabelonpakke' : 'indstillingsfil'} fra ${file}`,
    rejected: (file: string, why: string) => `Afviste ${file}: ${why}`,
    packSaved: (name: string, version: number | string) => `Gemte skabelonpakken „${name}“ version ${version} i en fil`,
    settingsSaved: (packs: number) => `Gemte indstillinger og ${packs} skabelonpakker i en fil`,
  },
  jsonFilter: 'JSON',
} as const;
