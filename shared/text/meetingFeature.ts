/**
 * Danish text for the meeting feature's rules and screens added in issue 16 (planning, the live meeting, a new
 * meeting). Older meeting text stays in da.ts / screens.ts / meetingMessages.ts.
 */
export const meetingFeatureText = {
  outcomes: {
    onlyOnChildItems: 'Et udfald vælges på et punkt om et barn. Vælg udfaldet under barnets punkt.',
  },
  familieraadslagning: {
    /** The follow-up text that records the offer; migration 0210 links existing offers by exactly this text. */
    followupText: 'Tilbyde familien en familierådslagning',
    onlyEscalated: 'Familierådslagning tilbydes på et netværksmøde, der er eskaleret fra et dialogmøde.',
    alreadyOffered: 'Familierådslagning er allerede tilbudt på dette møde. Se opfølgningen under mødets punkter.',
    noChair: 'Vælg en mødeleder under „Roller“ først – mødelederen står som ansvarlig for tilbuddet.',
    noItem: 'Mødet har ingen punkter at sætte tilbuddet på. Tilføj et punkt under „Dagsorden“.',
    audit: 'Tilbød familien en familierådslagning (opfølgning på netværksmødet)',
    offered: 'Familierådslagning er tilbudt og står som opfølgning på mødet.',
  },
};
