/**
 * The data file, its key, backups and restores, and starting the app: the lock screen's causes, the refusals of
 * restore and key change, and the file dialogs' titles. The short default per error code is in `errors.ts`.
 */
export const dataFileText = {
  lock: {
    enter: 'Tovholder er låst. Skriv adgangskoden for at åbne datafilen.',
    choose:
      'Computerens sikre nøglering er ikke tilgængelig. Vælg en adgangskode, som beskytter datafilens nøgle. Skriv den ned et sikkert sted – uden den kan data ikke åbnes.',
    keychainGone:
      'Datafilens nøgle er låst med computerens nøglering, men nøgleringen er ikke tilgængelig nu – fx fordi du er logget ind som en anden bruger eller via fjernskrivebord. Log ind som den bruger, der oprettede data, og start Tovholder igen, eller gendan fra en sikkerhedskopi. Intet er ændret.',
    restoreNeedsKeychain:
      'Gendannelse herfra kræver computerens nøglering, som ikke er tilgængelig. Log ind som den bruger, der oprettede data, og prøv igen. Intet er ændret.',
  },
  key: {
    keychainUnavailable: 'Styresystemets nøglering er ikke tilgængelig, så datafilens nøgle kan ikke låses op. Filen er ikke ændret.',
    passphraseNeeded: 'Skriv adgangskoden for at låse datafilen op.',
    keyFromOutside: 'Nøglen styres udefra i denne installation.',
    keyLength: 'Databasenøglen skal være 32 byte.',
    rekeyFailed: 'Nøglen kunne ikke skiftes. Datafilen og den gamle nøgle er uændrede.',
  },
  open: {
    cannotOpen: 'Datafilen kunne ikke åbnes. Tjek at mappen findes, og at du har adgang til den.',
    startFailed: 'Tovholder kunne ikke starte. Datafilen er ikke ændret.',
  },
  backup: {
    notInDataFolder:
      'Sikkerhedskopien kan ikke gemmes i Tovholders egen datamappe, hvor den kunne erstatte datafilen eller dens nøgle. Vælg en anden mappe, helst et andet drev. Intet er ændret.',
  },
  restore: {
    changedSinceChosen: (children: number, meetings: number) =>
      `Filen er ændret, siden du valgte den: den rummer nu ${children} ${children === 1 ? 'barn' : 'børn'} og ${meetings} ${meetings === 1 ? 'møde' : 'møder'}. Vælg den igen, så du ser, hvad du gendanner. Intet er ændret.`,
    readerHoldsLog: 'Datafilen læses af et andet program lige nu, så den kan ikke skiftes ud. Luk det og prøv igen. Intet er ændret.',
    copyGone: 'Sikkerhedskopien findes ikke (længere).',
    lockedWithDataKey:
      'Denne sikkerhedskopi er låst med datafilens nøgle, som ikke kan låses op lige nu. Vælg en sikkerhedskopi, du har lavet med en adgangskode. Intet er ændret.',
    notWithCurrentKey: 'Sikkerhedskopien kan ikke åbnes med datafilens nuværende nøgle. Intet er ændret.',
    choiceExpired: 'Vælg sikkerhedskopien igen – valget er udløbet. Intet er ændret.',
    fileGone: 'Filen findes ikke (længere). Vælg sikkerhedskopien igen. Intet er ændret.',
    notAFile: 'Det valgte er ikke en almindelig fil og kan ikke være en sikkerhedskopi. Intet er ændret.',
    emptyFile: 'Filen er tom (0 byte) og kan ikke være en sikkerhedskopi. Intet er ændret. Vælg en anden fil.',
    truncated: (bytes: number) => `Filen er kun ${bytes} byte og er derfor afkortet eller ikke en sikkerhedskopi. Intet er ændret. Vælg en anden kopi.`,
    safetyCopyFailed: 'Sikkerhedskopien af de nuværende data kunne ikke gemmes, så gendannelsen er ikke begyndt. Intet er ændret.',
  },
  files: {
    noAccess: 'Filen kunne ikke gemmes der: Tovholder har ikke adgang til mappen. Vælg et andet sted.',
  },
  dialogs: {
    saveBackup: 'Gem sikkerhedskopi',
    chooseBackup: 'Vælg sikkerhedskopi',
    backupFilter: 'Tovholder-sikkerhedskopi',
  },
  audit: {
    passphraseSet: 'Satte adgangskode på datafilens nøgle',
    passphraseRemoved: 'Fjernede adgangskoden fra datafilens nøgle',
    restoredFromSafetyCopy: 'Gendannede fra en sikkerhedskopi lavet før en gendannelse',
    restoredFromBackup: 'Gendannede fra en sikkerhedskopi',
  },
  bridge: {
    badJson: 'Kaldet var ikke gyldig JSON eller var for stort.',
    methodNotAllowed: 'Metoden er ikke tilladt',
  },
  /** The lock gate's own answers, before the core is open. */
  lockGate: {
    refused: 'Kaldet blev afvist.',
    passphraseShort: 'Adgangskoden skal have mindst 8 tegn.',
  },
} as const;
