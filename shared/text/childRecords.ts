/**
 * The core's words about a child's records: the case (stamdata, consent, contact with the parents, timeline), the
 * parents' access package (indsigt) and retention (the journaliseringspakke, its inventory and the deletion).
 */
const custodyWord = (custody: boolean) => (custody ? 'forældremyndighed' : 'uden forældremyndighed');

export const childText = {
  case: {
    cprDisabled: 'CPR-numre er slået fra i kommunens indstillinger.',
    tovholderProfessional: 'Stafetholderen skal være en fagperson fra personkartoteket – ikke en forælder eller en fra netværket.',
    cprInvalid: 'CPR-nummeret er ikke gyldigt: de første seks cifre skal være en dato (ddmmåå).',
    linealenLevels: (scale: string, levels: string) => `${scale} har niveauerne ${levels}. Intet er ændret.`,
    trivselLevel: (levels: string) => `Vælg en trivselsvurdering blandt: ${levels}. Intet er gemt.`,
    abuseReason: 'Skriv kort, hvorfor der er mistanke om overgreb.',
    notAGuardian: 'Personen er ikke registreret som forælder til barnet.',
    noCustody: (name: string) => `${name} har ikke forældremyndighed og kan ikke give samtykke.`,
    consentNotFound: 'Samtykket findes ikke.',
    contactBlocked: (contact: string) =>
      `Der er markeret mistanke om overgreb, så „${contact}“ kan ikke registreres. Følg kommunens procedure for underretning. Kun den mundtlige orientering registreres, mens markeringen står.`,
    timelineFollowup: (initials: string) => `Opfølgning (${initials})`,
    timelineFollowupClosed: 'Opfølgning lukket',
    due: (date: string) => ` – senest ${date}`,
    trivselReminder: (lastYear: number) =>
      `Barnet har ${lastYear === 0 ? 'ingen' : 'kun én'} trivselsvurdering det seneste år. Alle børn vurderes mindst to gange om året.`,
    /** A guardian's relation when none is given. */
    defaultRelation: 'forælder',
  },
  access: {
    title: (child: string) => `Indsigt: ${child}`,
    heading: (child: string) => `Oplysninger om ${child}`,
    handedOut: (when: string) => `Udleveret ${when} fra Tovholder. Her er alt, hvad Tovholder har registreret om barnet.`,
    none: 'Ingen.',
    stamdata: 'Stamdata',
    name: (v: string) => `Navn: ${v}`,
    birthDate: (v: string) => `Fødselsdato: ${v}`,
    institution: (v: string) => `Dagtilbud: ${v}`,
    language: (v: string) => `Sprog: ${v}`,
    socialCase: (yes: boolean) => `Social sag: ${yes ? 'ja' : 'nej'}`,
    linealen: (v: string) => `Børnelinealen: ${v}`,
    cpr: (v: string) => `CPR-nummer: ${v}`,
    guardians: 'Forældre',
    guardian: (name: string, custody: boolean) => `${name} (${custodyWord(custody)})`,
    consents: 'Samtykker',
    consent: (guardian: string, purpose: string, given: string, status: string) => `${guardian}: ${purpose}, givet ${given}, ${status}`,
    trivsel: 'Trivselsvurderinger',
    assessment: (date: string, overall: string, by: string) => `${date}: samlet ${overall} (vurderet af ${by})`,
    notAssessed: 'ikke vurderet',
    note: (v: string) => `Note: ${v}`,
    dispatches: 'Udsendte dokumenter',
    dispatch: (doc: string, to: string, when: string) => `${doc} til ${to}, ${when}`,
    timeline: 'Tidslinje',
    documents: 'Dokumenter i denne pakke',
    skipped: 'Dokumenter der ikke kunne medtages',
  },
  retention: {
    heldLabels: { dokumenter: 'som dokumenter', oversigt: 'i denne oversigt', udeladt: 'ikke medtaget' },
    inPackage: (held: string) => `Med i pakken: ${held}`,
    none: 'Ingen.',
    packageTitle: (child: string) => `Journaliseringspakke: ${child}`,
    packageIntro: (when: string) =>
      `Lavet ${when} i Tovholder, før sletning efter kommunens slettefrist. Oversigten viser hver kategori, sletningen fjerner, og hvordan pakken rummer den.`,
    packageDocuments: (n: number) => `Dokumenter i pakken (${n})`,
    packageSkipped: 'Dokumenter der ikke kunne laves',
    meetingAfterLeaving: (meeting: string, date: string, left: string) =>
      `${meeting} den ${date} ligger efter barnets stopdato (${left}). Kontrollér stopdatoen, før der slettes.`,
    childNotFound: 'Barnet findes ikke.',
    auditPackage: (docs: number, categories: number) => `Lavede journaliseringspakke med ${docs} dokumenter og ${categories} kategorier`,
    deletedLabel: 'Slettet efter slettefrist',
    deletedText: 'Punktet er slettet efter kommunens slettefrist.',
    nothingDue: 'Intet om barnet har nået kommunens slettefrist endnu.',
    packageOutdated: (when: string) =>
      `Barnets oplysninger er ændret, efter journaliseringspakken blev lavet (${when}). Lav en ny journaliseringspakke, eller skriv en begrundelse (mindst 10 tegn) for at slette uden. Intet er slettet.`,
    noPackage: 'Der er ikke lavet en journaliseringspakke for barnet. Lav den først, eller skriv en begrundelse (mindst 10 tegn) for at slette uden. Intet er slettet.',
    basisPackage: (when: string) => `journaliseringspakke lavet ${when}`,
    basisReason: (why: string) => `uden gyldig journaliseringspakke, begrundelse: ${why}`,
    auditDeleted: (due: string, meetings: number, items: number, basis: string) =>
      `Slettede efter slettefrist (${due}): ${meetings} møder slettet, ${items} punkter i fællesmøder tømt; ${basis}`,
    auditSafetyCopies: (n: number) => `Slettede ${n} sikkerhedskopi(er) fra før en gendannelse, som indeholdt de slettede oplysninger`,
    inventory: {
      stamdata: 'Barnets stamdata og forældre',
      childLine: (name: string, born: string, institution: string, stue: string | null, left: string | null) =>
        `${name}, født ${born}, ${institution}${stue ? `, ${stue}` : ''}${left ? `, stoppet ${left}` : ''}`,
      linealen: (v: string) => `Børnelinealen: ${v}`,
      guardian: (name: string, relation: string, custody: boolean) => `${name} (${relation}, ${custodyWord(custody)})`,
      contacts: 'Kontakt med forældrene',
      followups: 'Opfølgninger',
      followupLine: (initials: string, text: string, due: string | null, closed: boolean, meeting: string, date: string) =>
        `(${initials}) ${text}${due ? `, senest ${due}` : ''} – ${closed ? 'lukket' : 'åben'}; fra ${meeting}, ${date}`,
      handleplansWithoutReferat: 'Handleplaner fra møder uden referat kan ikke laves som dokument; de er listet her.',
      withReferat: 'Møder med referat (hele referatet, eller barnets uddrag af et møde om flere børn)',
      withoutReferat: 'Møder uden referat (planlagte, aflyste eller afholdte uden referat) med deres noter',
      confidential: 'Fortrolige møder uden referat',
      confidentialReason: 'Mødeformen er fortrolig og holder ikke referat. Kun mødets navn og dato er med.',
    },
  },
  /** The child's timeline: the titles and details of its entries. */
  timeline: {
    decision: 'Beslutning',
    document: (kind: string) => `Dokument: ${kind}`,
    consentGiven: 'Samtykke givet',
    consentWithdrawn: 'Samtykke tilbagekaldt',
    sentTo: (recipient: string) => `Sendt til ${recipient}`,
    dispatchDetail: (documentId: string, channel: string, basis: string) => `${documentId} (${channel}; grundlag: ${basis})`,
    wellbeing: 'Trivselsvurdering',
    overall: (word: string) => `Samlet: ${word}`,
    abuseMarked: 'Mistanke om overgreb markeret',
  },
  consentAlreadyWithdrawn: 'Samtykket er allerede tilbagekaldt.',
  /** Save dialogs for the access package and the journal package. */
  dialogs: {
    saveAccessPackage: 'Gem indsigtspakke',
    saveJournalPackage: 'Gem journaliseringspakke',
    zipFilter: 'Zip',
  },
  /** The parts of the retention inventory. */
  inventory: {
    consents: 'Samtykker',
    wellbeing: 'Trivselsvurderinger',
    dispatches: 'Udsendte dokumenter',
    documents: 'Registrerede eksporter',
    plans: 'Handleplaner',
  },
} as const;
