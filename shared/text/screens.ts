/**
 * Words on the screens that were written inline before (issue 15): labels, table heads and short sentences, grouped
 * by the screen or part that shows them. The bulk of the screens' text is in `da.ts`.
 */
export const screenText = {
  transport: {
    none: 'Tovholder kan ikke få forbindelse til sin datafil.',
    broken: 'Forbindelsen til Tovholders datafil blev afbrudt. Det, der allerede var gemt, er ikke gået tabt.',
  },
  unexpected: 'Der skete en uventet fejl.',
  notSaved: (error: string) => `Ikke gemt: ${error}`,
  meetingTabs: 'Mødets sider',
  followupOwner: (initials: string, externalName?: string | null) => `(${initials}${externalName ? `, ${externalName}` : ''} følger op)`,
  due: (date: string) => ` – senest ${date}`,
  child: {
    born: (date: string) => `Født ${date}`,
    socialCase: 'Social sag oprettet',
    noSocialCase: 'Ingen social sag',
    custody: ', forældremyndighed',
    orienteringsret: ', orienteringsret (uden forældremyndighed)',
    guardianName: 'Forælderens navn',
    hasCustody: 'Har forældremyndighed',
    addGuardian: 'Tilføj forælder',
    openMeeting: 'Åbn mødet',
    consentColumns: { guardian: 'Forælder', infoAndRecipients: 'Oplysninger og modtagere', given: 'Givet', expires: 'Udløber', status: 'Status' },
    consentRecipients: (list: string) => `Til: ${list}`,
    consentParticipants: (list: string) => `Deltagere vist: ${list}`,
    consentTopics: (list: string) => `Emner: ${list}`,
    /** What a new consent covers until the user writes otherwise. */
    defaultInfoTypes: 'Trivsel og udvikling\nIagttagelser i dagtilbuddet',
    contactSteps: (n: number) => `${n} trin: før, under og efter mødet. Mundtlig orientering registreres, før noget sendes skriftligt.`,
    dispatchBasis: (basis: string) => ` · grundlag: ${basis}`,
    trivselLevel: 'Vurdering',
    trivselText: 'Uddybning',
  },
  live: {
    held: 'Mødet er afholdt.',
    attendanceFor: (name: string) => `Fremmøde for ${name}`,
  },
  plan: {
    withoutConsent: 'Drøftes uden samtykke',
    openDialogMeeting: 'Åbn dialogmødet',
    actions: 'Handlinger',
  },
  referat: {
    correction: (reason: string) => `Rettelse: ${reason}`,
  },
  searchResults: 'Søgeresultater',
  settings: {
    transitionBases: { samtykke: 'Samtykke', paragraf_3a: 'Retningslinjer efter § 3 a' },
    specialNeedsDay: (label: string) => `${label}: dag`,
    month: 'måned',
    yearsBeforeSchool: 'år før skolestartsåret',
    packOption: (name: string, version: number | string, templates: number) => `${name} (version ${version}, ${templates} skabeloner)`,
  },
  verify: {
    documentId: (id: string) => `Dokument-id: ${id}`,
  },
  followups: {
    closedBy: (who: string) => `af ${who}`,
  },
  firstRun: {
    defaultForvaltning: 'Børn og Unge',
  },
  escalation: {
    defaultFamilyDepartment: 'Familieafdelingen',
  },
  audit: {
    columns: { when: 'Tidspunkt', who: 'Hvem', what: 'Hvad' },
  },
  retention: {
    stopped: (date: string) => `stoppet ${date}`,
  },
  backup: {
    size: (kb: number) => `(${kb} kB)`,
  },
} as const;
