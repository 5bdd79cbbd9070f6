/**
 * The core's words about meetings, agendas, the live meeting, follow-ups, outcomes and the plan's warnings:
 * refusals (with the field and the way forward), proposals and audit summaries.
 */
export const meetingText = {
  /** Things named in „… findes ikke (længere).“ */
  things: { meeting: 'Mødet', followup: 'Opfølgningen' },
  personNotInRegister: 'Personen findes ikke i personkartoteket.',
  itemNotOnAgenda: 'Punktet findes ikke på mødets dagsorden.',
  cancelled: 'Mødet er aflyst og kan ikke ændres.',
  agenda: {
    oneChildOnly: 'Denne mødeform handler om ét barn; der kan ikke tilføjes flere børn som punkter.',
    childrenInPhase: (phaseTitle: string) => `Konkrete børn drøftes i fasen „${phaseTitle}“, ikke her.`,
    kindNotAllowed: (template: string, kind: string) => `Skabelonen „${template}“ tillader ikke at tilføje punkter af typen „${kind}“.`,
    noBlock02: 'Skabelonen har ingen reserveret tid til 0–2-årige.',
    anonymousWithChild: 'Et anonymt punkt kan ikke have et navngivet barn.',
    defaultTitles: { barn: 'Barn', anonym: 'Anonym drøftelse' },
    anonLabelOnlyAnonymous: 'Kun anonyme punkter har en anonym betegnelse.',
    outcomeNotInTemplate: 'Udfaldet findes ikke på skabelonens liste.',
    childOnlyOnChildItems: 'Kun punkter om et barn kan knyttes til et barn.',
    fixedOrder: (template: string) => `Dagsordenen for „${template}“ har en fast rækkefølge.`,
    approvalFirst: '„Godkendelse af referat“ er altid punkt 1.',
    otherPhase: 'Punktet kan ikke flyttes til en anden fase af mødet.',
    fixedItem: 'Punktet er fast i skabelonen og kan ikke fjernes.',
  },
  consent: {
    exchangeUsed:
      'Barnet har allerede været drøftet uden samtykke på ét møde og ét opfølgende møde. Flere drøftelser kræver forældrenes samtykke.',
    missing: (explanation: string | null) =>
      `Barnet kan ikke sættes på dagsordenen med navn uden forældrenes samtykke: ${explanation}. ` +
      'Registrér samtykket under barnets sag, gør punktet anonymt, eller vælg udveksling uden samtykke (højst ét møde og ét opfølgende møde).',
  },
  limits: {
    agendaItems: (n: number) => `Dagsordenen har allerede ${n} punkter, som er det højeste antal. Saml punkter, eller lav et nyt møde til resten.`,
    decisions: (n: number) => `Punktet har allerede ${n} beslutninger, som er det højeste antal. Saml flere beslutninger i én.`,
    followups: (n: number) => `Punktet har allerede ${n} opfølgninger, som er det højeste antal. Saml flere opfølgninger i én.`,
    participants: (n: number) => `Mødet har allerede ${n} deltagere, som er det højeste antal.`,
    guests: (n: number) => `Punktet har allerede ${n} gæster, som er det højeste antal.`,
  },
  create: {
    notAboutOneChild: 'Denne mødeform handler ikke om et enkelt barn.',
    noSeries: 'Denne mødeform holdes efter behov og kan ikke oprettes som en fast serie.',
    childOnItems: 'Denne mødeform har barnet på de enkelte punkter, ikke på mødet.',
  },
  cancel: {
    runningOrHeld: 'Et møde, der er i gang eller afholdt, kan ikke aflyses.',
    series:
      'Mødet er en del af en fast mødeserie. Faste møder bør ikke aflyses – sagerne hober sig op, og børn bliver ikke drøftet i tide. Bekræft, hvis mødet alligevel skal aflyses.',
    cadence: 'Denne mødeform holdes med fast kadence og bør ikke aflyses. Bekræft, hvis mødet alligevel skal aflyses.',
  },
  escalation: {
    onlyDialog: 'Kun et dialogmøde kan eskaleres til et netværksmøde.',
    noChild: 'Dialogmødet handler ikke om et bestemt barn.',
    referatNotApproved:
      'Referatet fra dialogmødet skal være godkendt, før det kan sendes til familieafdelingen som bekræftelse på aftalen med forældrene.',
    dispatchNoteUnderretning: 'Vedlagt netværksmødet efter underretning',
    dispatchNoteAgreement: 'Sendt som bekræftelse på aftalen med forældrene om netværksmøde',
    audit: (underretning: boolean) => `Eskalerede dialogmøde til netværksmøde (${underretning ? 'underretning' : 'aftale med forældrene'})`,
  },
  followups: {
    whoFollowsUp: 'Hvem følger op? Skriv initialer, eller vælg en af mødets deltagere.',
    ambiguousInitials: (typed: string, names: string) => `Flere af mødets deltagere har initialerne „${typed}“: ${names}. Vælg personen på listen.`,
    unknownInitials: (typed: string) =>
      `Ingen af mødets deltagere har initialerne „${typed}“. Vælg en af mødets deltagere, eller skriv navnet på den eksterne person, der skal følge op.`,
    alreadyClosed: 'Opfølgningen er allerede lukket.',
    auditAddedUnderCorrection: 'Tilføjede opfølgning under rettelse af referatet',
    auditChangedUnderCorrection: 'Rettede opfølgning under rettelse af referatet',
    auditRemovedUnderCorrection: 'Fjernede opfølgning under rettelse af referatet',
  },
  forms: {
    transitionOnly: 'Kun overgangsmøder har et overgangsskema.',
    noHandleplan: 'Denne mødeform har ingen handleplan.',
  },
  live: {
    alreadyHeld: 'Mødet er allerede afholdt.',
    notRunning: 'Mødet er ikke i gang. Start mødet først.',
    itemInLaterPhase: (phase: string) => `Punktet hører til fasen „${phase}“. Skift til den fase og vælg, hvem der bliver, før punktet tages op.`,
    itemInPastPhase: (phase: string, current: string) => `Punktet hørte til fasen „${phase}“, som er afsluttet. Mødet er nu i fasen „${current}“.`,
    noSuchPhase: 'Mødet har ikke den fase.',
    unknownStaying: 'En af de valgte deltagere findes ikke på mødet.',
  },
  participants: {
    alreadyIn: 'Personen deltager allerede i mødet.',
  },
  outcomes: {
    followupTexts: {
      ppr_observation: 'PPR-observation af barnet aftales og gennemføres',
      underretning: 'Underretning sendes til myndighedsafdelingen efter kommunens procedure',
      samtale_med_foraeldrene: 'Samtale med forældrene om det videre forløb',
      foelg_op_naeste_moede: 'Barnet drøftes igen på næste møde',
      handleplan: 'Handleplan udarbejdes sammen med forældrene',
    },
    ownerInRole: (role: string) => `${role}, som er med på mødet`,
    ownerChair: 'Mødeleder, fordi ingen i rollen er med på mødet',
    ownerNone: 'Ingen i rollen er med på mødet, og mødet har ingen mødeleder. Vælg hvem der følger op.',
    netvaerkText: 'Netværksmøde om barnet. Distriktsrådgiveren bliver mødeleder og ejer, og barnets forældre indkaldes.',
    daysAfter: (days: number) => `${days} dage efter dette møde`,
    nextInSeries: 'Næste møde i serien',
    netvaerkLabel: (date: string) => `Netværksmøde ${date}`,
    changedSinceShown: 'Udfaldet er ændret, siden forslaget blev vist. Se forslaget for det valgte udfald, og bekræft det igen.',
    nothingPending: (outcome: string) => `Udfaldet „${outcome}“ har ikke noget forslag, der venter på at blive oprettet.`,
    auditNetvaerkCreated: (outcome: string) => `Oprettede netværksmøde efter bekræftet udfald „${outcome}“`,
    chooseOwner: 'Vælg hvem der følger op, før forslaget oprettes.',
    auditConfirmed: (outcome: string, netvaerk: boolean) => `Bekræftede udfald „${outcome}“: ${netvaerk ? 'netværksmøde oprettet' : 'opfølgning oprettet'}`,
    meetingEnded: 'Mødet er afsluttet, så udfaldet kan ikke længere fortrydes her. Luk opfølgningen med en bemærkning, eller aflys netværksmødet.',
    netvaerkUnderway: 'Netværksmødet er allerede indkaldt eller holdt. Aflys det i stedet, med en begrundelse.',
    followupClosed: 'Opfølgningen er allerede lukket og kan ikke fortrydes.',
    auditUndone: (outcome: string) => `Fortrød det, udfaldet „${outcome}“ havde oprettet`,
  },
  warnings: {
    noChair: 'Mødet har ingen mødeleder. Vælg en under „Roller“.',
    noReferent: 'Mødet har ingen referent. Vælg en under „Roller“.',
    preparationOverdue: (deadline: string, daysBefore: number) =>
      `Forberedelsesskemaet er ikke sendt, og fristen (${deadline}) er overskredet. Alle deltagere skal have det senest ${daysBefore} dage før mødet.`,
    preparationDue: (deadline: string, daysBefore: number) => `Send forberedelsesskemaet til alle deltagere senest ${deadline} (${daysBefore} dage før mødet).`,
    preparationLate: (sent: string, late: number, deadline: string, daysBefore: number) =>
      `Forberedelsesskemaet blev sendt ${sent}, ${late === 1 ? 'én dag' : `${late} dage`} efter fristen (${deadline}, ${daysBefore} dage før mødet).`,
    agendaNotAgreed: 'Dagsordenen er ikke aftalt med forældrene endnu. Aftal den før mødet.',
    noChild: 'Vælg hvilket barn mødet handler om.',
    overPlanned: (planned: number, available: number) => `Dagsordenens punkter fylder ${planned} minutter, men mødet varer ${available} minutter.`,
    block02Empty: 'Den reserverede tid til 0–2-årige er ikke brugt. Er der et lille barn, I bør drøfte?',
    fixedRoleMissing: (role: string) => `Skabelonen forventer en deltager med rollen ${role}.`,
    consentInvalid: (child: string | null, explanation: string | null) => `Samtykket for ${child} gælder ikke på mødedatoen: ${explanation}.`,
    consentRenewal: (child: string | null, reasons: string) => `Samtykket for ${child} bør fornyes: ${reasons}.`,
    childLeft: (child: string, leftAt: string, meetingDate: string) =>
      `${child} stoppede i dagtilbuddet ${leftAt}, men mødet ligger ${meetingDate}. Kontrollér mødets dato eller barnets stopdato.`,
    oldTemplate: (used: number, newest: number) => `Mødet bruger version ${used} af skabelonen; den nyeste er version ${newest}.`,
  },
  evtLast: '„Evt.“ er altid sidste punkt.',
  /** The name an anonymous agenda item carries when the user gives none (on screen, in the referat and in Word). */
  anonymousChild: 'Anonymt barn',
} as const;
