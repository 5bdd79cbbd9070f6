import { z } from 'zod';
import { ByIdSchema, Empty, IdSchema, IsoDateSchema, OkSchema, ShortText, TimeSchema } from '../schemas/common';
import { ChildDetailSchema, ChildSaveSchema, ChildSummarySchema, GuardianAddSchema } from '../schemas/child';
import {
  AgendaItemSchema,
  ATTENDANCE,
  FollowupListInSchema,
  FollowupPageSchema,
  FollowupSchema,
  ItemAddSchema,
  ItemPatchSchema,
  MeetingCreateSchema,
  MeetingDetailSchema,
  MeetingPatchSchema,
  MeetingSummarySchema,
} from '../schemas/meeting';
import { PersonSaveSchema, PersonSchema, PersonSearchInSchema, PersonSearchOutSchema } from '../schemas/person';
import { AddSignerInputSchema, ReferatBodySchema, ReferatStateSchema, SignInputSchema } from '../schemas/referat';
import { HandleplanSchema, HandleplanViewSchema, TransitionFormSchema, TransitionFormViewSchema } from '../schemas/forms';
import { DocumentModelSchema, ExportInputSchema, ExportResultSchema, VerifyResultSchema } from '../schemas/documents';
import { CaseDetailSchema, ChildUpdateSchema, ConsentInputSchema, DEADLINE_ENTRY, DispatchInputSchema, PARENT_CONTACT_KINDS, SearchResponseSchema } from '../schemas/case';
import { TRIVSEL_LEVELS } from '../schemas/forms';
import { OUTCOME_CODES, TRIVSEL_DIMENSIONS } from '../templates/schema';
import { FirstRunSchema, KommuneSettingsSchema, OrganisationSchema, ProfileSaveSchema, SettingsStateSchema } from '../schemas/settings';
import { ROLE_CODES } from '../domain/roles';
import { TemplateSchema } from '../templates/schema';
import { LIMITS } from '../schemas/limits';
import {
  CalendarInvitationInSchema,
  CalendarInvitationResultSchema,
  MailConfirmInSchema,
  MailDraftInSchema,
  MailDraftSchema,
  MailGroupsInSchema,
  MailGroupsSchema,
  SeriesInvitationInSchema,
} from '../schemas/outlook';
import { PreparationFormSchema, PreparationSaveSchema } from '../schemas/preparation';

/**
 * The one IPC contract (STYLE §3). Channels are named `domain.verb`; every input is parsed at the door and every
 * reply is `{ ok, value } | { ok: false, error }`. Main and the loopback bridge serve the same handler table.
 */

/**
 * A query reads and never writes – not a row, not an audit entry – so the renderer may re-run it freely. A command
 * may write; after it commits the core emits `data.changed` for what it touched (shared/ipc/events.ts).
 */
const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ kind: 'query' as const, input, output });
const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ kind: 'command' as const, input, output });

const AppInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  encrypted: z.boolean(),
  transport: z.enum(['electron', 'bridge']),
});

/** „Om Tovholder“: the facts IT asks for, and the licence notices generated at build time (issue 18, item 4). */
const AboutSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** When `npm run build` made this build (ISO); null when run from sources without it. */
  builtAt: z.string().nullable(),
  dataFolder: z.string(),
  dataFile: z.string(),
  /** The database format: the number of the newest migration applied (`PRAGMA user_version`). */
  schemaVersion: z.number().int(),
  encryption: z.string(),
  keyProtection: z.enum(['os', 'passphrase', 'os+passphrase', 'explicit']),
  /** The app's own licence (package.json), as the build recorded it. */
  licence: z.string().nullable(),
  policy: z.strictObject({ file: z.string().nullable(), state: z.enum(['none', 'applied', 'invalid']), message: z.string() }),
  /** Null when the build's notices are missing. */
  thirdParty: z.array(z.strictObject({ name: z.string(), version: z.string(), licence: z.string(), text: z.string() })).nullable(),
});

const PASSPHRASE_MAX = 200;

/**
 * The lock screen's state. `choose`: first run without a keychain, pick a passphrase. `enter`: the key is protected
 * by a passphrase. `restore`: the data cannot be opened for the reason given; no passphrase would help, and the
 * way forward is to fix the cause or restore from a backup.
 */
const LockStatusSchema = z.strictObject({ state: z.enum(['ready', 'locked']), mode: z.enum(['choose', 'enter', 'restore']).nullable(), reason: z.string().nullable() });

/** A new passphrase for a backup: typed twice, so one typo cannot make the backup unrestorable. */
const BackupInSchema = z
  .strictObject({
    passphrase: z.string().min(8, 'Adgangskoden skal have mindst 8 tegn').max(PASSPHRASE_MAX),
    repeat: z.string().max(PASSPHRASE_MAX),
  })
  .refine((v) => v.passphrase === v.repeat, { message: 'De to adgangskoder er ikke ens. Skriv den samme adgangskode begge steder.', path: ['repeat'] });

const RestoreCandidateSchema = z.strictObject({
  candidateId: z.string(),
  name: z.string(),
  kind: z.enum(['backup', 'safetyCopy']),
  summary: z.strictObject({
    children: z.number().int(),
    people: z.number().int(),
    meetings: z.number().int(),
    newestMeeting: z.string().nullable(),
    madeAt: z.string(),
    lastChange: z.string().nullable(),
    schemaVersion: z.number().int(),
    bytes: z.number().int(),
  }),
});

const SafetyCopySchema = z.strictObject({ name: z.string(), madeAt: z.string(), bytes: z.number().int() });

const FileResultSchema = z.strictObject({ path: z.string(), bytes: z.number().int() });

const SigningIdentitySchema = z.strictObject({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  source: z.enum(['lokal', 'importeret']),
  label: z.string(),
  subject: z.string(),
  issuer: z.string(),
  fingerprint: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  createdAt: z.string(),
});

const TemplateListItemSchema = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  type: z.string(),
  name: z.string(),
  variant: z.string().nullable(),
  purpose: z.string(),
  pack: z.string(),
});

/** The audit chain checked link by link and against its anchor outside the database; `message` is Danish. */
const AuditChainSchema = z.strictObject({ ok: z.boolean(), entries: z.number().int(), brokenAt: z.number().int().nullable(), message: z.string() });

export const contract = {
  'app.info': query(Empty, AppInfoSchema),
  'app.about': query(Empty, AboutSchema),
  'app.status': query(
    Empty,
    LockStatusSchema,
  ),
  'app.unlock': command(
    z.strictObject({ passphrase: z.string().min(8, 'Adgangskoden skal have mindst 8 tegn').max(200) }),
    LockStatusSchema,
  ),

  'db.backup': command(BackupInSchema, FileResultSchema.nullable()),
  /** Restore, step 1: pick a backup file; it is checked and what it holds is returned for the user to confirm. */
  'db.restoreChoose': command(
    z.strictObject({ passphrase: z.string().min(1, 'Skriv sikkerhedskopiens adgangskode').max(PASSPHRASE_MAX) }),
    RestoreCandidateSchema.nullable(),
  ),
  'db.safetyCopies': query(Empty, z.array(SafetyCopySchema)),
  'db.restoreSafetyCopy': command(z.strictObject({ name: z.string().min(1).max(200) }), RestoreCandidateSchema),
  /** Restore, step 2: the confirmed candidate replaces the data; the current data are kept as a safety copy. */
  'db.restore': command(
    z.strictObject({ candidateId: z.string().min(1).max(64) }),
    z.strictObject({ restored: z.literal(true), safetyCopy: z.string().nullable() }),
  ),

  'settings.get': query(Empty, SettingsStateSchema),
  'settings.completeFirstRun': command(FirstRunSchema, SettingsStateSchema),
  'settings.saveProfile': command(ProfileSaveSchema, SettingsStateSchema),
  'settings.saveOrganisation': command(OrganisationSchema, SettingsStateSchema),
  'settings.saveKommune': command(KommuneSettingsSchema, SettingsStateSchema),
  'settings.export': command(Empty, FileResultSchema.nullable()),
  /** The active template pack as a file, a starting point for a kommune's own pack (docs/skabelonpakke.md). */
  'templates.exportPack': command(Empty, FileResultSchema.nullable()),
  'settings.import': command(Empty, SettingsStateSchema.nullable()),
  'sample.load': command(Empty, SettingsStateSchema),
  'sample.remove': command(Empty, SettingsStateSchema),

  'security.status': query(Empty, z.strictObject({ protection: z.enum(['os', 'passphrase', 'os+passphrase', 'explicit']), keychainAvailable: z.boolean() })),
  'security.setPassphrase': command(
    z.strictObject({ passphrase: z.string().min(8, 'Adgangskoden skal have mindst 8 tegn').max(200).nullable() }),
    z.strictObject({ protection: z.enum(['os', 'passphrase', 'os+passphrase', 'explicit']), keychainAvailable: z.boolean() }),
  ),
  'security.rekey': command(Empty, OkSchema),
  'audit.list': query(
    z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
    z.strictObject({
      entries: z.array(z.strictObject({ seq: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), actionLabel: z.string(), entityType: z.string(), summary: z.string() })),
      chain: AuditChainSchema,
      /** The same check, made when Tovholder started. */
      atStart: AuditChainSchema,
    }),
  ),
  'audit.export': command(Empty, FileResultSchema.nullable()),
  /** The revisionslog as a readable HTML page (Danish, one row per entry, the chain check at the top). */
  'audit.exportHtml': command(Empty, FileResultSchema.nullable()),
  'retention.candidates': query(
    Empty,
    z.array(
      z.strictObject({
        childId: IdSchema,
        childName: z.string(),
        leftAt: z.string(),
        due: z.array(z.enum(['referat', 'overgangsskema', 'handleplan', 'samtykke', 'barn'])),
        packageAt: z.string().nullable(),
        packageCurrent: z.boolean(),
        categories: z.array(z.strictObject({ key: z.string(), label: z.string(), count: z.number().int(), held: z.enum(['dokumenter', 'oversigt', 'udeladt']) })),
        flags: z.array(z.string()),
      }),
    ),
  ),
  'retention.journalPackage': command(
    z.strictObject({ childId: IdSchema, sagsnummer: z.string().trim().max(60).default(''), kle: z.string().trim().max(60).default('') }),
    FileResultSchema.nullable(),
  ),
  'retention.delete': command(
    z.strictObject({
      childId: IdSchema,
      confirmed: z.literal(true, 'Bekræft sletningen'),
      /** Needed when no journaliseringspakke was made after the last change; logged with the deletion. */
      reason: z.string().trim().max(500).optional(),
    }),
    z.strictObject({ deleted: z.array(z.string()), meetings: z.number().int(), items: z.number().int() }),
  ),
  'child.accessExport': command(
    z.strictObject({
      id: IdSchema,
      /** While „mistanke om overgreb" is marked: leave the marking out, or include it with a reason. */
      abuseFlag: z.enum(['udelad', 'medtag']).optional(),
      reason: z.string().trim().max(1000).default(''),
      /** While the case has internal notes (or preparations): leave them out, or include them with a reason. */
      internalNotes: z.enum(['udelad', 'medtag']).optional(),
      internalReason: z.string().trim().max(1000).default(''),
    }),
    FileResultSchema.nullable(),
  ),

  'template.list': query(Empty, z.array(TemplateListItemSchema)),
  'template.get': query(z.strictObject({ id: z.string().max(64), version: z.number().int().optional() }), TemplateSchema),

  'person.list': query(Empty, z.array(PersonSchema)),
  'person.save': command(PersonSaveSchema, PersonSchema),
  /** Query: a page of people matching `q` (word prefixes), the meeting's people and the child's custody holders first. */
  'person.search': query(PersonSearchInSchema, PersonSearchOutSchema),

  'child.list': query(Empty, z.array(ChildSummarySchema)),
  'child.save': command(ChildSaveSchema, ChildSummarySchema),
  'child.get': query(ByIdSchema, ChildDetailSchema),
  'child.addGuardian': command(GuardianAddSchema, ChildDetailSchema),
  'child.removeGuardian': command(z.strictObject({ childId: IdSchema, personId: IdSchema }), ChildDetailSchema),

  /** Query: the child's case. Writes nothing. */
  'child.case': query(ByIdSchema, CaseDetailSchema),
  /** Command: a person opens the child's case (once per visit); logged as „Åbnede barnets sag". */
  'child.open': command(ByIdSchema, CaseDetailSchema),
  'child.update': command(ChildUpdateSchema, CaseDetailSchema),
  'child.setAbuseFlag': command(z.strictObject({ childId: IdSchema, on: z.boolean(), reason: z.string().trim().max(2000).default('') }), CaseDetailSchema),
  'consent.record': command(ConsentInputSchema, CaseDetailSchema),
  'consent.withdraw': command(z.strictObject({ id: IdSchema, reason: z.string().trim().max(1000).default('') }), CaseDetailSchema),
  'parentContact.add': command(
    z.strictObject({
      childId: IdSchema,
      kind: z.enum(PARENT_CONTACT_KINDS),
      date: IsoDateSchema,
      byName: z.string().trim().min(1, 'Hvem talte med forældrene?').max(120),
      note: z.string().max(2000).default(''),
      /** „Intern note“: meant only for professionals; left out of the access package unless confirmed (issue 13, item 3). */
      noteInternal: z.boolean().default(false),
      meetingId: IdSchema.nullable().default(null),
    }),
    CaseDetailSchema,
  ),
  'trivsel.add': command(
    z.strictObject({
      childId: IdSchema,
      date: IsoDateSchema,
      dimensions: z.array(z.strictObject({ dimension: z.enum(TRIVSEL_DIMENSIONS), level: z.enum(TRIVSEL_LEVELS).nullable(), text: z.string().max(2000) })).length(4),
      overall: z.enum(TRIVSEL_LEVELS),
      note: z.string().max(4000).default(''),
      noteInternal: z.boolean().default(false),
    }),
    CaseDetailSchema,
  ),
  /** Marks an existing note in the child's case as internal, or not; logged. */
  'note.setInternal': command(
    z.strictObject({ childId: IdSchema, kind: z.enum(['foraeldrekontakt', 'trivsel']), id: IdSchema, internal: z.boolean() }),
    CaseDetailSchema,
  ),
  'dispatch.record': command(DispatchInputSchema, z.strictObject({ id: IdSchema })),
  'search.query': query(z.strictObject({ q: z.string().max(200) }), SearchResponseSchema),
  'deadlines.upcoming': query(Empty, z.array(DEADLINE_ENTRY)),

  'meeting.list': query(
    z.strictObject({ filter: z.enum(['kommende', 'afholdte', 'alle']).default('alle'), childId: IdSchema.optional() }),
    z.array(MeetingSummarySchema),
  ),
  'meeting.get': query(ByIdSchema, MeetingDetailSchema),
  'meeting.create': command(MeetingCreateSchema, MeetingDetailSchema),
  'meeting.update': command(z.strictObject({ id: IdSchema, patch: MeetingPatchSchema }), MeetingDetailSchema),
  'meeting.cancel': command(
    z.strictObject({ id: IdSchema, reason: z.string().trim().min(1, 'Skriv hvorfor mødet aflyses').max(1000), confirmed: z.boolean() }),
    MeetingDetailSchema,
  ),
  /** On another day than planned the core answers CONFIRM_NEEDED (`field: 'confirmOtherDay'`) naming both dates, until confirmed. */
  'meeting.start': command(ByIdSchema.extend({ confirmOtherDay: z.boolean().default(false) }), MeetingDetailSchema),
  'meeting.setCurrentItem': command(z.strictObject({ id: IdSchema, itemId: IdSchema }), MeetingDetailSchema),
  'meeting.switchPhase': command(
    z.strictObject({ id: IdSchema, phase: z.string().max(40), stayingParticipantIds: z.array(IdSchema).max(80) }),
    MeetingDetailSchema,
  ),
  'meeting.end': command(ByIdSchema, MeetingDetailSchema),
  /** Records the familierådslagning offer on an escalated netværksmøde as a follow-up for the chair (issue 16). */
  'meeting.offerFamilieraadslagning': command(ByIdSchema, MeetingDetailSchema),
  'meeting.escalate': command(
    z.strictObject({
      meetingId: IdSchema,
      reason: z.enum(['underretning', 'aftale_med_foraeldrene'], 'Vælg grundlaget for netværksmødet'),
      date: IsoDateSchema,
      startTime: TimeSchema,
      familieafdeling: z.string().trim().min(1, 'Skriv hvilken familieafdeling referatet sendes til').max(200),
    }),
    MeetingDetailSchema,
  ),

  'participant.add': command(
    z.strictObject({
      meetingId: IdSchema,
      personId: IdSchema,
      role: z.enum(ROLE_CODES),
      consultative: z.boolean().default(false),
      guestItemId: IdSchema.nullable().default(null),
    }),
    MeetingDetailSchema,
  ),
  'participant.update': command(
    z.strictObject({
      id: IdSchema,
      attendance: z.enum(ATTENDANCE).optional(),
      role: z.enum(ROLE_CODES).optional(),
      consultative: z.boolean().optional(),
      guestItemId: IdSchema.nullable().optional(),
    }),
    MeetingDetailSchema,
  ),
  'participant.remove': command(ByIdSchema, MeetingDetailSchema),

  'item.add': command(ItemAddSchema, MeetingDetailSchema),
  'item.update': command(z.strictObject({ id: IdSchema, patch: ItemPatchSchema }), AgendaItemSchema),
  /**
   * The same change as `item.update`, answered with the whole meeting: for planning, where an item's child or minutes
   * change the meeting's warnings and carried follow-ups – one call, nothing to re-fetch (issue 16).
   */
  'meeting.updateItem': command(z.strictObject({ id: IdSchema, patch: ItemPatchSchema }), MeetingDetailSchema),
  'item.move': command(z.strictObject({ id: IdSchema, direction: z.enum(['op', 'ned']) }), MeetingDetailSchema),
  'item.remove': command(ByIdSchema, MeetingDetailSchema),
  /** Creates what the item's outcome proposed: one follow-up or one netværksmøde. Nothing is created by choosing. */
  'item.confirmOutcome': command(
    z.strictObject({
      itemId: IdSchema,
      outcome: z.enum(OUTCOME_CODES),
      ownerPersonId: IdSchema.nullable().optional(),
      text: z.string().trim().min(1, 'Hvad skal der følges op på?').max(2000).optional(),
      date: IsoDateSchema.optional(),
    }),
    AgendaItemSchema,
  ),
  'item.undoOutcome': command(z.strictObject({ itemId: IdSchema, outcome: z.enum(OUTCOME_CODES) }), AgendaItemSchema),
  'item.recordTime': command(z.strictObject({ id: IdSchema, elapsedSeconds: z.number().int().min(0).max(86_400) }), OkSchema),

  'decision.add': command(z.strictObject({ itemId: IdSchema, text: z.string().trim().min(1, 'Beslutningen er tom').max(LIMITS.decisionText) }), AgendaItemSchema),
  'decision.update': command(z.strictObject({ id: IdSchema, text: z.string().trim().min(1, 'Beslutningen er tom').max(LIMITS.decisionText) }), AgendaItemSchema),
  'decision.remove': command(ByIdSchema, AgendaItemSchema),

  'followup.add': command(
    z.strictObject({
      itemId: IdSchema,
      ownerPersonId: IdSchema.nullable().default(null),
      ownerInitials: z.string().trim().min(1, 'Hvem følger op? Skriv initialer').max(8),
      /** When the initials are nobody at the meeting: the external person's name. */
      externalName: z.string().trim().max(LIMITS.personName).nullable().default(null),
      text: z.string().trim().min(1, 'Hvad skal der følges op på?').max(LIMITS.followupText),
      dueDate: IsoDateSchema.nullable().default(null),
    }),
    AgendaItemSchema,
  ),
  'followup.update': command(
    z.strictObject({
      id: IdSchema,
      patch: z.strictObject({
        ownerPersonId: IdSchema.nullable().optional(),
        ownerInitials: z.string().trim().min(1, 'Hvem følger op? Skriv initialer').max(8).optional(),
        externalName: z.string().trim().max(120).nullable().optional(),
        text: z.string().trim().min(1, 'Hvad skal der følges op på?').max(2000).optional(),
        dueDate: IsoDateSchema.nullable().optional(),
      }),
    }),
    FollowupSchema,
  ),
  'followup.remove': command(ByIdSchema, AgendaItemSchema),
  'followup.close': command(z.strictObject({ id: IdSchema, note: z.string().max(2000).default('') }), FollowupSchema),
  /** Query: one page of follow-ups, overdue first (keyset pagination on `after`; issue 17). */
  'followup.list': query(FollowupListInSchema, FollowupPageSchema),

  'form.getTransition': query(z.strictObject({ meetingId: IdSchema }), TransitionFormSchema),
  'form.saveTransition': command(z.strictObject({ meetingId: IdSchema, data: TransitionFormSchema }), TransitionFormSchema),
  'form.getHandleplan': query(z.strictObject({ meetingId: IdSchema }), HandleplanSchema),
  'form.saveHandleplan': command(z.strictObject({ meetingId: IdSchema, data: HandleplanSchema }), HandleplanSchema),

  /** The fokusteam's forberedelsesskema (issue 21, item 6): a query, and two commands while the meeting is planned. */
  'preparation.get': query(z.strictObject({ meetingId: IdSchema }), PreparationFormSchema),
  'preparation.save': command(PreparationSaveSchema, PreparationFormSchema),
  'preparation.remove': command(z.strictObject({ meetingId: IdSchema, entryId: IdSchema }), PreparationFormSchema),

  'referat.get': query(z.strictObject({ meetingId: IdSchema }), ReferatStateSchema),
  'referat.generate': command(z.strictObject({ meetingId: IdSchema }), ReferatStateSchema),
  'referat.update': command(z.strictObject({ meetingId: IdSchema, body: ReferatBodySchema }), ReferatStateSchema),
  'referat.approve': command(z.strictObject({ meetingId: IdSchema, approvedBy: ShortText.min(1, 'Hvem godkender referatet?') }), ReferatStateSchema),
  'referat.sign': command(SignInputSchema, ReferatStateSchema),
  'referat.seal': command(z.strictObject({ meetingId: IdSchema }), ReferatStateSchema),
  'referat.withdrawApproval': command(
    z.strictObject({ meetingId: IdSchema, reason: z.string().trim().min(1, 'Skriv hvorfor godkendelsen trækkes tilbage').max(2000) }),
    ReferatStateSchema,
  ),
  'referat.correct': command(
    z.strictObject({ meetingId: IdSchema, reason: z.string().trim().min(1, 'Skriv hvorfor referatet rettes').max(2000) }),
    ReferatStateSchema,
  ),
  /** Signers the chair adds before sealing, and removes while nobody has signed (issue 16, item 8). */
  'referat.addSigner': command(AddSignerInputSchema, ReferatStateSchema),
  'referat.removeSigner': command(z.strictObject({ meetingId: IdSchema, addedId: IdSchema }), ReferatStateSchema),
  /** The overgangsskema tab: the form or its proposal, the læringskompetencer from the meeting's item, `editable`. */
  'form.transitionView': query(z.strictObject({ meetingId: IdSchema }), TransitionFormViewSchema),
  /** The handleplan tab: the plan and `editable`. */
  'form.handleplanView': query(z.strictObject({ meetingId: IdSchema }), HandleplanViewSchema),

  'export.document': command(ExportInputSchema, ExportResultSchema),
  /** Signing identities (issue 20): a key and certificate per person, made here or imported from the kommune. */
  'signing.list': query(Empty, z.array(SigningIdentitySchema)),
  'signing.generate': command(z.strictObject({ personId: IdSchema.optional() }), SigningIdentitySchema),
  'signing.import': command(z.strictObject({ personId: IdSchema.optional(), password: z.string().max(1000) }), SigningIdentitySchema.nullable()),
  'signing.exportCertificate': command(z.strictObject({ id: IdSchema }), FileResultSchema.nullable()),
  'document.verify': command(Empty, VerifyResultSchema.nullable()),
  /** `unsigned`: a sealed document's PDF without the digital signature, to be signed elsewhere (NemLog-in, a signing service). */
  'export.pdf': command(z.strictObject({ meetingId: IdSchema, doc: z.enum(['referat', 'overgangsskema', 'uddrag']), childId: IdSchema.optional(), unsigned: z.boolean().optional() }), ExportResultSchema),
  /** The checked document model the print view shows: the same omissions and warnings as the Word file. */
  'export.model': query(ExportInputSchema, DocumentModelSchema),

  /** Command: saves the meeting's calendar invitation (.ics; a cancellation once it is cancelled) where the user chooses, and opens it. */
  'calendar.invitation': command(CalendarInvitationInSchema, CalendarInvitationResultSchema.nullable()),
  /** Command: the invitation for a whole series – an RRULE when the series is regular, else one event per meeting. */
  'calendar.seriesInvitation': command(SeriesInvitationInSchema, CalendarInvitationResultSchema.nullable()),
  /** Query: the recipient groups for „Send indkaldelse" / „Send referat". Writes nothing. */
  'mail.groups': query(MailGroupsInSchema, MailGroupsSchema),
  /** Command: saves one group's e-mail draft (.eml, X-Unsent) with the documents attached, and opens it. Records no dispatch. */
  'mail.draft': command(MailDraftInSchema, MailDraftSchema.nullable()),
  /** Command: the user confirms the draft was sent (the dispatch log is written) or sets it aside. */
  'mail.confirm': command(MailConfirmInSchema, MailDraftSchema),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The channels that only read (see `query` above). */
export type QueryChannel = { [C in Channel]: Contract[C]['kind'] extends 'query' ? C : never }[Channel];
export type CommandChannel = Exclude<Channel, QueryChannel>;

export function isQuery(name: Channel): name is QueryChannel {
  return contract[name].kind === 'query';
}

/** Push events from main to the renderer: menu commands, `data.changed` after each committed command, `progress` of long operations. */
export const EVENTS = ['menu.command', 'data.changed', 'progress'] as const;
export type EventName = (typeof EVENTS)[number];
