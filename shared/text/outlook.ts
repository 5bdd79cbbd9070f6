/**
 * Danish text for invitations and e-mail drafts that open in the kommune's Outlook (issue 19): the subject lines and
 * bodies of the drafts, the calendar invitation's summary and description, the core's refusals and the screen's words.
 *
 * Subjects and bodies never name a child: a subject line travels and is indexed outside secure mail. They name the
 * meeting type and the date („Referat – ressourceteammøde 3. december 2026“).
 */

/** „Ressourceteammøde“ → „ressourceteammøde“ (the meeting type inside a sentence or a subject line). */
function lower(type: string): string {
  return type.charAt(0).toLocaleLowerCase('da-DK') + type.slice(1);
}

export interface MailTextInput {
  /** The meeting type, e.g. „Ressourceteammøde“. */
  type: string;
  /** „3. december 2026“. */
  longDate: string;
  /** „torsdag den 3. december 2026“. */
  weekdayDate: string;
  /** „12:30 - 14:00“. */
  time: string;
  place: string;
  /** The document ids attached. */
  documentIds: string[];
  /** The signature: name, then the unit, organisation and kommune lines that are set. */
  signature: string[];
}

const SECURE_NOTE = 'Mailen og det vedhæftede dokument indeholder fortrolige oplysninger. Send den kun med sikker mail.';

function ids(list: string[]): string {
  return list.length === 1 ? `dokument-id ${list[0]}` : `dokument-id ${list.slice(0, -1).join(', ')} og ${list.at(-1)}`;
}

function signed(lines: string[], input: MailTextInput): string {
  return [...lines, '', 'Venlig hilsen', ...input.signature].join('\n');
}

export const outlookText = {
  subject: {
    indkaldelse: (i: MailTextInput) => `Indkaldelse – ${lower(i.type)} ${i.longDate} kl. ${i.time.slice(0, 5)}`,
    referat: (i: MailTextInput) => `Referat – ${lower(i.type)} ${i.longDate}`,
    uddrag: (i: MailTextInput) => `Uddrag af referat – ${lower(i.type)} ${i.longDate}`,
  },
  body: {
    indkaldelse: (i: MailTextInput, toParents: boolean) =>
      signed(
        [
          toParents ? 'Kære forældre' : 'Kære alle',
          '',
          `Hermed indkaldelse til ${lower(i.type)}.`,
          '',
          `Dato: ${i.weekdayDate}`,
          `Tid: ${i.time}`,
          `Sted: ${i.place}`,
          '',
          `Indkaldelsen og dagsordenen er vedhæftet som Word-dokument (${ids(i.documentIds)}). Kalenderinvitationen kommer særskilt.`,
          '',
          SECURE_NOTE,
        ],
        i,
      ),
    referat: (i: MailTextInput, toParents: boolean) =>
      signed(
        [
          toParents ? 'Kære forældre' : 'Kære alle',
          '',
          toParents
            ? `Som aftalt får I her referatet fra mødet den ${i.longDate} (${lower(i.type)}).`
            : `Hermed referatet fra mødet den ${i.longDate} (${lower(i.type)}).`,
          `Referatet er vedhæftet som Word-dokument (${ids(i.documentIds)}).`,
          '',
          SECURE_NOTE,
        ],
        i,
      ),
    uddrag: (i: MailTextInput) =>
      signed(
        [
          'Kære forældre',
          '',
          `Som aftalt får I her uddraget af referatet fra mødet den ${i.longDate} (${lower(i.type)}) – den del, der handler om jeres barn.`,
          `Uddraget er vedhæftet som Word-dokument (${ids(i.documentIds)}).`,
          '',
          SECURE_NOTE,
        ],
        i,
      ),
  },
  calendar: {
    /** The invitation's description: the dagsorden as text, without the children's names. */
    heading: 'Indkaldelse og dagsorden',
    when: (weekdayDate: string, time: string) => `${weekdayDate}, kl. ${time}`,
    place: (place: string) => `Sted: ${place}`,
    agenda: 'Dagsorden',
    childItem: 'Drøftelse af et barn – navnet står i dagsordenen, der sendes med sikker mail',
    guest: 'deltager kun i dette punkt',
    footer: 'Dagsordenen med navne sendes som Word-dokument med sikker mail. Svar på invitationen i Outlook.',
    cancelled: (reason: string) => `Mødet er aflyst. ${reason}`.trim(),
  },
  groups: {
    deltagere: 'Deltagerne',
    foraeldre: 'Forældrene (forældremyndighed)',
    uddrag: (child: string) => `Forældrene til ${child} – kun uddraget om barnet`,
  },
  errors: {
    noConvener: 'Mødet har ingen indkalder. Vælg en indkalder (eller mødeleder) på mødet, før kalenderinvitationen laves.',
    organizerNoEmail: (name: string) =>
      `${name} er indkalder, men har ingen e-mailadresse. Skriv e-mailadressen på personen under Personer, så invitationen kan sendes fra Outlook.`,
    noSeries: 'Mødet hører ikke til en mødeserie.',
    nothingInSeries: 'Mødeserien har ingen planlagte møder at invitere til.',
    notConvenable: 'Mødet er afholdt. Der sendes ikke en invitation til et møde, der har været holdt.',
    unknownGroup: 'Modtagergruppen findes ikke længere for dette møde. Åbn „Send“ igen, og vælg gruppen.',
    noRecipients: 'Ingen i gruppen har en e-mailadresse. Skriv e-mailadresserne på personerne under Personer, eller send på anden vis.',
    draftDecided: 'Kladden er allerede registreret som sendt eller annulleret.',
    draftNotFound: 'Kladden findes ikke.',
    noReferat: 'Lav og godkend referatet, før det sendes.',
    privacy: (where: string, what: string) =>
      `${where} nævner ${what}. Emnelinjer og kalenderinvitationer sendes uden for sikker mail og må ikke identificere et barn. Ret teksten, og prøv igen.`,
    fields: {
      place: 'Mødestedet',
      title: 'Et punkts titel',
      description: 'Et punkts beskrivelse',
      subject: 'Emnelinjen',
      body: 'Mailens tekst',
    } as Record<string, string>,
  },
  screen: {
    sendIndkaldelse: 'Send indkaldelse',
    sendReferat: 'Send referat',
    invitation: 'Kalenderinvitation (Outlook)',
    seriesInvitation: 'Kalenderinvitation for hele serien',
    cancellation: 'Aflysning til kalenderen (Outlook)',
    invitationSaved: (path: string, sequence: number) => `Invitationen er gemt i ${path} (udgave ${sequence}) og åbnet. Send den fra Outlook.`,
    groupsTitle: 'Modtagere',
    recipients: 'Modtagere',
    withoutEmail: 'Uden e-mailadresse – send til dem på anden vis',
    attachments: 'Vedhæftet',
    basis: 'Grundlag',
    makeDraft: 'Gem og åbn kladde',
    draftSaved: (path: string) => `Kladden er gemt i ${path} og åbnet i dit mailprogram. Send den med sikker mail, og bekræft her.`,
    draftSavedNotOpened: (path: string) => `Kladden er gemt i ${path}. Åbn den i dit mailprogram, send den med sikker mail, og bekræft her.`,
    confirmSent: 'Sendt',
    cancelDraft: 'Ikke sendt',
    recorded: 'Udsendelsen er registreret i barnets sag.',
    cancelled: 'Kladden er lagt væk. Intet er registreret som sendt.',
    sendAnyway: 'Lav kladden alligevel',
    close: 'Luk',
    documents: {
      dagsorden: 'Indkaldelse og dagsorden (Word)',
      referat: 'Referat (Word)',
      uddrag: 'Uddrag af referatet (Word)',
      overgangsskema: 'Overgangsskema (Word)',
      handleplan: 'Handleplan (Word)',
    },
  },
  audit: {
    seriesInvitation: (sequence: number) => `Gemte kalenderinvitation for mødeserien (udgave ${sequence})`,
    seriesInvitations: (meetings: number) => `Gemte kalenderinvitationer for mødeseriens ${meetings} møder`,
    draftNotSent: (subject: string) => `Kladden „${subject}“ blev ikke sendt`,
  },
  /** Save dialogs for the calendar invitation and the mail drafts. */
  dialogs: {
    saveInvitation: 'Gem kalenderinvitation',
    invitationFilter: 'Kalenderinvitation',
    saveMailDraft: 'Gem mailkladde',
    mailFilter: 'E-mail',
  },
} as const;
