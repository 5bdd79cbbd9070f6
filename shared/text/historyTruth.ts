/**
 * Danish text for the forberedelsesskema, the readable revisionslog and the internal notes (issues 21 and 13).
 */
export const prepText = {
  title: 'Forberedelsesskema',
  intro: (daysBefore: number, deadline: string) =>
    `Hver fagperson forbereder sig til de børn, der skal drøftes: det aktuelle bekymringsniveau på Børnelinealen, hvad de har set, hvad de har prøvet, og hvad de vil spørge om. Skemaet sendes til alle deltagere senest ${deadline} (${daysBefore} dage før mødet).`,
  who: 'Fagperson',
  item: 'Barn / punkt',
  level: 'Aktuelt bekymringsniveau',
  levelNone: 'Ikke vurderet',
  observed: 'Hvad har du observeret?',
  tried: 'Hvad har du prøvet?',
  questions: 'Spørgsmål til mødet',
  save: 'Gem forberedelse',
  remove: 'Fjern',
  saved: 'Forberedelsen er gemt.',
  export: 'Gem forberedelsesskema (Word)',
  empty: 'Ingen har skrevet en forberedelse endnu.',
  inMeeting: 'Forberedelse til punktet',
  changedAfterSent: 'Ændret efter udsendelsen',
  lastChanged: (when: string) => `Senest ændret ${when}`,
  sentOn: (date: string) => `Sendt til deltagerne ${date}.`,
  sentLate: (date: string, days: number, deadline: string) =>
    `Sendt til deltagerne ${date}, ${days === 1 ? 'én dag' : `${days} dage`} efter fristen (${deadline}).`,
  notSent: (deadline: string) => `Ikke sendt endnu. Fristen er ${deadline}.`,
  // Core messages
  lockedStarted: 'Mødet er begyndt, så forberedelsen kan ikke længere ændres. Skriv det nye i mødets noter.',
  lockedOther: 'Mødet er ikke længere planlagt, så forberedelsen kan ikke ændres.',
  noPreparation: 'Denne mødeform har intet forberedelsesskema. Kun møder, hvis skabelon beder om forberedelse (fx fokusteammøde), har et.',
  notAnItem: 'Vælg et punkt om et barn eller en anonym drøftelse. Forberedelsen hører til et bestemt barn.',
  notAParticipant: 'Vælg en fagperson, der deltager i mødet. Tilføj personen under „Deltagere“ først.',
  parentCannotPrepare: 'Forberedelsesskemaet udfyldes af fagpersoner. Forældre deltager på anden vis.',
  badLevel: (scale: string, levels: string) => `${scale} har niveauerne ${levels}. Vælg et af dem. Intet er ændret.`,
  emptyEntry: 'Skriv mindst én af: bekymringsniveau, observationer, hvad der er prøvet, eller spørgsmål. Intet er gemt.',
  entryNotFound: 'Forberedelsen findes ikke (den kan være fjernet). Genindlæs mødet.',
  nothingToSend: 'Forberedelsesskemaet er tomt. Skriv mindst én forberedelse, før det markeres som sendt.',
  changedWarning: (n: number, sent: string) =>
    `${n === 1 ? 'Én forberedelse er' : `${n} forberedelser er`} skrevet eller ændret efter, at skemaet blev sendt ${sent}. Send skemaet igen, så alle har det samme.`,
  // Document
  docTitle: 'Forberedelsesskema',
  docMeeting: 'Møde:',
  docDeadline: 'Sendes senest:',
  docDeadlineValue: (date: string, days: number) => `${date} (${days} dage før mødet)`,
  docSent: 'Sendt:',
  docNotSent: 'Ikke sendt endnu',
  docScale: 'Skala:',
  docNoEntries: 'Ingen forberedelser er skrevet.',
  docBy: (name: string, role: string) => `${name}, ${role}`,
  logged: (n: number) => `Gemte forberedelse (${n} i alt)`,
  inventoryLabel: 'Forberedelser til fokusteammøder',
} as const;

export const auditExportText = {
  title: 'Revisionslog',
  button: 'Gem læsbar revisionslog (HTML)',
  dialogTitle: 'Gem læsbar revisionslog',
  made: (when: string, who: string) => `Udskrevet ${when} af ${who}.`,
  intro: 'Én række pr. hændelse, ældste først. Revisionsloggen viser hvem der gjorde hvad og hvornår – aldrig indholdet af noter om børn.',
  columns: { seq: 'Nr.', at: 'Tidspunkt', actor: 'Hvem', action: 'Handling', summary: 'Hvad' },
  chainHeading: 'Kontrol af kæden',
  logged: 'Gemte revisionsloggen som læsbar fil (HTML)',
  loggedJsonl: 'Gemte revisionsloggen (JSON Lines)',
  jsonlDialogTitle: 'Gem revisionslog',
  jsonlFilter: 'JSON Lines',
  htmlFilter: 'HTML',
} as const;

/** The parts of a settings file, named in Danish in its error messages. */
export const settingsFileText = {
  top: {
    format: 'Filtype',
    version: 'Version',
    exportedAt: 'Gemt (tidspunkt)',
    organisation: 'Organisation',
    kommune: 'Kommunens regler',
    templatePacks: 'Skabelonpakker',
  } as Record<string, string>,
} as const;

export const internalNoteText = {
  label: 'Intern note (kun til fagpersoner)',
  badge: 'Intern note',
  help: 'En intern note kommer ikke med i forældrenes indsigtspakke, medmindre du vælger at medtage den og skriver hvorfor.',
  warning: (n: number) =>
    `Barnets sag har ${n === 1 ? 'én intern note' : `${n} interne noter`} (og fagpersonernes forberedelse til møder). De kommer ikke med i indsigtspakken, medmindre du vælger at medtage dem og skriver hvorfor. Valget logges.`,
  legalBasis:
    'Hjemmel til at begrænse aktindsigten: forvaltningsloven § 12 (interne arbejdsdokumenter) og § 15 (afgørende hensyn til barnet eller andre private). Forældrene skal have en skriftlig afgørelse med begrundelse, når der gives delvis aktindsigt.',
  juristNote: 'Til kommunens jurist: Tovholder har ikke vurderet hjemlen i den konkrete sag. Kontrollér paragrafferne og beslutningen, før pakken udleveres.',
  mark: 'Markér som intern',
  unmark: 'Ikke intern',
  leaveOut: 'Udelad interne noter',
  include: 'Medtag interne noter',
  reason: 'Begrundelse for at medtage interne noter',
  reasonMissing: 'Skriv hvorfor de interne noter skal med i indsigtspakken (mindst 5 tegn).',
  confirmNeeded: 'Barnets sag har interne noter. Vælg, om de skal udelades af indsigtspakken eller medtages med en begrundelse.',
  loggedPrefix: 'Udleverede indsigt',
  loggedOut: 'interne noter og forberedelser udeladt',
  loggedIn: (reason: string) => `interne noter og forberedelser medtaget. Begrundelse: ${reason}`,
  preparationHeading: 'Forberedelse til møder',
  notFound: 'Noten findes ikke i barnets sag. Genindlæs siden.',
  logged: (what: string, internal: boolean) => (internal ? `Markerede en note i en ${what} som intern` : `Fjernede markeringen som intern fra en note i en ${what}`),
  /** What the marked note belongs to, in the log line above. */
  noteKinds: { foraeldrekontakt: 'forældrekontakt', trivsel: 'trivselsvurdering' },
  consentStatus: { gyldig: 'gyldigt', udloebet: 'udløbet', tilbagekaldt: 'tilbagekaldt' } as Record<string, string>,
} as const;
