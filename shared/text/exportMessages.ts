/**
 * The core's words in and about documents: the indkaldelse/dagsorden and handleplan in Word, the legal-basis
 * check, dispatches, excerpts and the document check („Kontrollér dokument“). The overgangsskema is in
 * `transitionForm.ts`, the signature page in `signatures.ts`.
 */
export const exportText = {
  dagsorden: {
    title: 'Indkaldelse og dagsorden',
    subtitleAboutChild: (meeting: string, child: string) => `${meeting} om ${child}`,
    documentTitle: (meeting: string) => `Dagsorden: ${meeting}`,
    labels: { date: 'Dato:', time: 'Tid:', place: 'Sted:', chair: 'Mødeleder:', referent: 'Referent:', participants: 'Deltagere:' },
    consultative: ', konsultativ rolle',
    purpose: 'Formål',
    agenda: 'Dagsorden',
    block02: ' · reserveret tid til 0–2-årige',
    previousForApproval: (prev: string) => `${prev} til godkendelse.`,
    previousNotApproved: (prev: string) => `${prev} er ikke godkendt i Tovholder endnu.`,
    guests: (list: string) => `Deltager i punktet: ${list}`,
    carriedFollowups: 'Opfølgning fra tidligere møder',
    followup: (initials: string, text: string, due: string | null) => `(${initials} følger op) ${text}${due ? ` – senest ${due}` : ''}`,
    preparation: 'Forberedelse',
    preparationForm: (deadline: string, daysBefore: number) =>
      `Udfyld forberedelsesskemaet med det aktuelle bekymringsniveau og en kort beskrivelse af problemstillingen. Skemaet sendes til alle deltagere senest ${deadline} (${daysBefore} dage før mødet).`,
    agendaAgreed: 'Dagsordenen er aftalt med forældrene før mødet. Tænk over, hvad der lykkes for barnet – ikke kun udfordringerne.',
    readAgenda: 'Læs dagsordenen, og tag det med, du ved om barnet eller emnet.',
    parents: 'Forældrene',
    parentNote: {
      ja: 'Forældrene deltager i mødet. Tal med forældrene – ikke om dem.',
      nej: 'Forældrene deltager ikke i mødet.',
      kun_samtykke:
        'Forældrene deltager ikke i mødet. Et barn drøftes kun med navn, når forældrene har givet informeret samtykke og ved, hvem der deltager, og hvad der drøftes. Efter mødet taler pædagogen eller lederen med forældrene om, hvad der videre skal ske.',
    },
  },
  handleplan: {
    title: 'Handleplan',
    subtitle: (child: string, born: string) => `${child}, født ${born}`,
    documentTitle: (child: string) => `Handleplan: ${child}`,
    madeAt: 'Udarbejdet på:',
    participants: 'Deltagere:',
    purpose: 'Formål',
    goalsHeading: 'Mål og opfølgning',
    goalColumns: ['Mål', 'Konkrete kriterier', 'Tidsramme', 'Ansvarlig', 'Opfølgning'] as const,
    smtte: 'SMTTE',
    smtteParts: { sammenhaeng: 'Sammenhæng', maal: 'Mål', tegn: 'Tegn', tiltag: 'Tiltag', evaluering: 'Evaluering' },
    madeWithParents: 'Handleplanen er lavet sammen med forældrene.',
  },
  dispatch: {
    basisLabels: {
      samtykke: 'Forældrenes samtykke',
      aftale_med_foraeldrene: 'Aftale med forældrene',
      paragraf_3a: 'Retningslinjer efter § 3 a',
      underretning: 'Underretning',
      uden_samtykke: 'Udveksling uden samtykke',
      foraeldre: 'Til forældrene selv',
      egen_myndighed: 'Inden for egen myndighed',
    },
    onlyParents: (basis: string, recipient: string) =>
      `„${basis}“ dækker kun udsendelse til barnets forældre, ikke til ${recipient}. Vælg det grundlag, der dækker modtageren.`,
    parentsBasis: (parentsBasis: string, basis: string) => `Modtageren er forældrene, så grundlaget er „${parentsBasis}“, ikke „${basis}“.`,
    otherAuthority: (basis: string, authority: string, own: string) =>
      `„${basis}“ dækker ikke ${authority}, som er en anden myndighed end ${own}. Vælg samtykke eller et andet grundlag, der dækker en anden myndighed.`,
    notOrientedOrally: 'Forældrene er ikke registreret som orienteret mundtligt. Bekræft, hvis dokumentet alligevel skal sendes nu.',
    noConsent: 'Der er ikke et gyldigt samtykke til at videregive oplysninger om barnet. Vælg et andet grundlag, eller registrér samtykket først.',
    no3a: 'Kommunen bruger ikke retningslinjer efter § 3 a som grundlag for overlevering. Vælg samtykke.',
  },
  model: {
    childHasNoItem: 'Barnet har ikke et punkt i referatet.',
    theChild: 'barnet',
    excerptNamesOther: (number: number | string, child: string, others: string) =>
      `Uddraget kan ikke laves: punkt ${number} om ${child} nævner også ${others}, som hører til et andet barn. Ret punktet i referatet (eller opret en rettelse), før uddraget laves.`,
    placeIsSuggestion: (place: string) => `Skriv, hvor mødet holdes, før indkaldelsen går ud: „${place}“ er et forslag, ikke et sted.`,
    makeTransitionFirst: 'Lav overgangsskemaet under „Referat“ først.',
    makeReferatFirst: 'Lav referatet først.',
    chooseExcerptChild: 'Vælg det barn, uddraget skal handle om.',
    overPlanned: (planned: number, length: number) => `Dagsordenen varer ${planned} minutter, men mødet er sat til ${length} minutter. Forkort punkterne, eller forlæng mødet.`,
    excerptNote: (names: string, documentId: string) =>
      `Uddraget indeholder kun det, der handler om ${names}. Mødets øvrige punkter og den frie bemærkning kan handle om andre børn og er udeladt. Uddraget er taget fra referat ${documentId}.`,
  },
  legalBasis: {
    withoutConsent: (number: number | string, child: string | null) =>
      `Punkt ${number} (${child}) er drøftet uden samtykke efter reglerne om udveksling af oplysninger. Videregiv det kun til de parter, reglerne omfatter.`,
    leftOut: (number: number | string, child: string | null, explanation: string | null) => `Punkt ${number} (${child}) er udeladt: ${explanation}.`,
    leftOutLabel: 'Barn (udeladt)',
    leftOutText: 'Punktet er udeladt, fordi forældrenes samtykke ikke længere dækker, at oplysningerne videregives.',
    /** Starts with „OBS“: the Word document shows it in bold red. */
    transitionNotCovered: (explanation: string | null) =>
      `OBS: Overleveringen er ikke dækket af forældrenes samtykke (${explanation}). Skemaet må ikke sendes til den modtagende institution, før samtykket er givet.`,
    transitionBy3a: 'Oplysningerne gives videre efter kommunens retningslinjer efter dagtilbudslovens § 3 a, stk. 3.',
  },
  verify: {
    differenceWords: {
      tekst: 'teksten',
      billede: 'underskriftsbilledet (et indlejret billede)',
      sidehoved: 'sidehovedet',
      sidefod: 'sidefoden',
      status: 'statusmærket (UDKAST)',
      segl: 'seglværdien',
    },
    tooLarge: 'Filen er for stor til at være et Tovholder-dokument.',
    unreadable: 'Filen kunne ikke læses.',
    notWord: (file: string) => `„${file}“ er ikke et Word-dokument.`,
    noDocumentId: 'Dokumentet er ikke lavet af Tovholder (det har intet dokument-id).',
    unknownId: (id: string) => `Dokument-id ${id} findes ikke i denne Tovholder.`,
    superseded: (version: number | null, newer: number, correctedOn: string, reason: string | null) =>
      ` OBS: Version ${version} er erstattet af version ${newer} (rettet ${correctedOn}${reason ? `. Begrundelse: ${reason}` : ''}). Brug version ${newer}.`,
    draft: (version: number | null, sealedOn: string | null) =>
      ` Filen er et UDKAST af version ${version}, lavet før referatet blev godkendt. Det er ikke den godkendte eller forseglede version` +
      (sealedOn ? ` – version ${version} blev forseglet ${sealedOn} og kan have et andet indhold.` : '.'),
    approvedNotSealed: (version: number | null, approved: boolean) => ` Den svarer til version ${version}${approved ? ', som var godkendt, men ikke forseglet' : ''}.`,
    chooseWord: 'Vælg Word-dokument eller PDF',
    wordFilter: 'Word-dokument eller PDF',
    pdfInApp: 'PDF laves i Tovholder-programmet. Her: brug „Udskriv“ og vælg „Gem som PDF“ i udskriftsdialogen.',
  },
  unknownKind: 'Dokumenttypen kendes ikke.',
  /** Save dialogs for Word and PDF. */
  dialogs: {
    saveWord: 'Gem Word-dokument',
    wordFilter: 'Word-dokument',
    savePdf: 'Gem som PDF',
    pdfFilter: 'PDF',
  },
  /** Words every Word document carries: page footer, status line, properties, title, document id. */
  docx: {
    appName: 'Tovholder',
    description: (documentId: string) => `Tovholder-dokument ${documentId}`,
    page: 'Side ',
    pageOf: ' af ',
    seal: (groups: string) => `Segl: ${groups}`,
    draft: 'UDKAST – ikke godkendt',
    approvedNotSealed: 'Godkendt, ikke forseglet',
    referat: 'Referat',
    excerpt: 'Uddrag af referat',
    documentId: (id: string) => `Dokument-id: ${id}`,
  },
} as const;
