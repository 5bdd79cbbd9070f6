// From meeting.ts.
export const MEETING_STATUSES = ['planlagt', 'indkaldt', 'i_gang', 'afholdt', 'godkendt', 'aflyst'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planlagt: 'Planlagt',
  indkaldt: 'Indkaldt',
  i_gang: 'I gang',
  afholdt: 'Afholdt',
  godkendt: 'Forseglet',
  aflyst: 'Aflyst',
};

export const ATTENDANCE = ['forventet', 'til_stede', 'afbud', 'fravaerende'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  forventet: 'Ikke registreret',
  til_stede: 'Til stede',
  afbud: 'Afbud',
  fravaerende: 'Fraværende',
};

/** Rows per page of the follow-up list: the default and the most one call may ask for. */
export const FOLLOWUP_PAGE = { default: 100, max: 500 } as const;

// From person.ts.
/**
 * Person search (`person.search`, issue 16 item 6). `kinds` follows how the screens pick: professionals
 * (`isProfessional`), parents, the family's private network.
 */
export const PERSON_KINDS = ['fagperson', 'foraelder', 'netvaerk'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const PERSON_SEARCH_LIMIT = { default: 20, max: 50 } as const;

/** Why a hit comes first: on the meeting, or holding custody of the child. */
export const PERSON_RELATIONS = ['deltager', 'forældremyndighed'] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];

export const RELATION = { meeting: PERSON_RELATIONS[0], custody: PERSON_RELATIONS[1] } as const;

// From case.ts.
export const PARENT_CONTACT_KINDS = ['bekymring_orienteret', 'dagsorden_aftalt', 'samtale_efter', 'mundtlig_orientering'] as const;

export const PARENT_CONTACT_LABELS: Record<(typeof PARENT_CONTACT_KINDS)[number], string> = {
  bekymring_orienteret: 'Forældrene er orienteret om bekymringen',
  dagsorden_aftalt: 'Dagsordenen er aftalt med forældrene',
  samtale_efter: 'Samtale med forældrene efter mødet',
  mundtlig_orientering: 'Forældrene er orienteret mundtligt før skriftlig udsendelse',
};

// From forms.ts.
/** Overall trivsel position (SPEC §3.1); the labels shown are a kommune setting. */
export const TRIVSEL_LEVELS = ['trivsel', 'ekstra', 'bekymring'] as const;
export type TrivselLevel = (typeof TRIVSEL_LEVELS)[number];

/** The legal basis for passing information on at a transition (PRODUCT-RESEARCH §3.2). */
export const SHARING_BASES = ['samtykke', 'paragraf_3a'] as const;

export const SHARING_BASIS_LABELS: Record<(typeof SHARING_BASES)[number], string> = {
  samtykke: 'Forældrenes samtykke',
  paragraf_3a: 'Kommunens retningslinjer efter dagtilbudslovens § 3 a, stk. 3',
};

// From settings.ts.
export const RETENTION_KINDS = ['referat', 'overgangsskema', 'handleplan', 'samtykke', 'barn'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];
