/** Danish messages for the error codes the core returns. One place, so the UI and the tests agree. */
export const ERROR_MESSAGES = {
  UNKNOWN_CHANNEL: 'Handlingen findes ikke i Tovholder.',
  INVALID_INPUT: 'Oplysningerne er ikke gyldige.',
  FORBIDDEN_SENDER: 'Kaldet kom fra et vindue, Tovholder ikke kender, og blev afvist.',
  NOT_FOUND: 'Det, du leder efter, findes ikke (længere).',
  CONFLICT: 'Handlingen kan ikke udføres i mødets nuværende tilstand.',
  SEALED: 'Referatet er godkendt og forseglet, så mødet kan ikke ændres. Brug „Ret referatet“ for at lave en ny version med en begrundelse.',
  APPROVED:
    'Referatet er godkendt, så mødet kan ikke ændres. Brug „Ret referatet“ for at lave en ny version med en begrundelse, eller træk godkendelsen tilbage med en begrundelse.',
  NOT_APPROVED: 'Referatet skal godkendes, før det kan underskrives.',
  SIGNATURES_MISSING: 'Der mangler underskrifter, før referatet kan forsegles.',
  CANCEL_NEEDS_CONFIRM: 'Mødet er en del af en fast mødeserie, og faste møder bør ikke aflyses. Bekræft aflysningen.',
  TEMPLATE_RULE: 'Skabelonen tillader ikke den ændring.',
  CONSENT_REQUIRED: 'Barnet kan ikke sættes på dagsordenen med navn uden et gyldigt samtykke fra forældrene.',
  PRIVACY_GUARD: 'Teksten indeholder oplysninger, der kan identificere et barn. Det er ikke tilladt i et anonymt punkt.',
  ORAL_INFO_FIRST: 'Forældrene skal orienteres mundtligt, før de får det skriftligt. Registrér den mundtlige orientering under barnets sag først.',
  CONFIRM_NEEDED: 'Handlingen kræver en bekræftelse.',
  LOCKED: 'Tovholder er låst. Skriv adgangskoden for at åbne datafilen.',
  RECORD_DAMAGED: 'En gemt udgave i datafilen kan ikke læses, fordi den er beskadiget. Intet er ændret. Gendan fra en sikkerhedskopi, eller kontakt support.',
  DB_WRONG_KEY: 'Databasen kunne ikke åbnes: nøglen passer ikke til datafilen. Filen er ikke ændret.',
  DB_DAMAGED: 'Datafilen er beskadiget eller er ikke en Tovholder-database. Filen er ikke ændret. Gendan fra en sikkerhedskopi.',
  DB_UNREADABLE: 'Datafilen kunne ikke læses: enten passer nøglen ikke, eller filen er beskadiget. Filen er ikke ændret.',
  DB_TOO_NEW: 'Datafilen er lavet af en nyere version af Tovholder. Opdatér programmet, før du åbner den. Filen er ikke ændret.',
  DB_LOCKED: 'Datafilen er i brug af et andet program. Luk det og prøv igen.',
  DATA_DIR_IN_USE:
    'Tovholders datamappe er allerede i brug af et andet Tovholder-vindue – måske i en anden brugers session eller på en anden computer, hvis mappen ligger på et netværksdrev. Luk det andet Tovholder og start igen. Intet er ændret.',
  DISK_FULL: 'Der er ikke mere plads på disken. Intet af det, der allerede var gemt, er gået tabt. Frigør plads og prøv igen.',
  BACKUP_FAILED: 'Sikkerhedskopien kunne ikke laves. Den eksisterende datafil er uændret.',
  RESTORE_BAD_FILE: 'Filen kunne ikke låses op: adgangskoden er forkert, eller filen er ikke en Tovholder-sikkerhedskopi. Intet er ændret.',
  RESTORE_EMPTY: 'Filen indeholder ingen data, så den ville erstatte alt med ingenting. Intet er ændret. Vælg en anden sikkerhedskopi.',
  RESTORE_DAMAGED: 'Sikkerhedskopien er beskadiget (den fejler SQLite-kontrollen af filens sammenhæng). Intet er ændret. Vælg en anden kopi.',
  RESTORE_NOT_TOVHOLDER: 'Filen kan åbnes, men den er ikke en Tovholder-database. Intet er ændret. Vælg en Tovholder-sikkerhedskopi.',
  RESTORE_TOO_NEW: 'Sikkerhedskopien er lavet af en nyere version af Tovholder. Opdatér programmet, og gendan derefter. Intet er ændret.',
  REKEY_UNAVAILABLE:
    'Databasens nøgle kan ikke skiftes her, fordi nøglen gives udefra (testbroen) og en ny nøgle ikke kan gemmes. Intet er ændret.',
  IO_ERROR: 'Filen kunne ikke skrives. Intet af det, der allerede var gemt, er gået tabt.',
  KEY_NEEDS_PASSPHRASE:
    'Styresystemets sikre nøglering er ikke tilgængelig på denne computer. Vælg en adgangskode, som beskytter datafilens nøgle.',
  KEY_WRONG_PASSPHRASE: 'Adgangskoden er forkert.',
  KEY_FILE_MISSING:
    'Nøglefilen (tovholder.key) mangler i datamappen, så datafilen kan ikke åbnes. Tovholder laver ikke en ny nøgle, så længe datafilen findes. Læg nøglefilen tilbage fra din sikkerhedskopi af mappen, eller gendan fra en Tovholder-sikkerhedskopi.',
  KEY_FILE_DAMAGED: 'Nøglefilen er beskadiget eller tilhører en anden bruger. Datafilen er ikke ændret.',
  INTERNAL: 'Der skete en uventet fejl. Det, der allerede var gemt, er ikke gået tabt. Prøv igen.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
