/**
 * One set of limits for what a user can record, used by the input schemas (checked at the door, the message names
 * the field) and by the referat schema the stored referat is read back with. Whatever the input accepts, the referat
 * built from it accepts: a referat is refused as damaged (RECORD_DAMAGED) only when it really is damaged.
 * test/unit/meetings/limits.test.ts fills every field to its limit and reads the referat back.
 */
export const LIMITS = {
  /** Titles, places, labels. */
  shortText: 200,
  /** Notes, descriptions, „Bemærk". */
  longText: 20_000,
  personName: 120,
  initials: 8,
  decisionText: 4000,
  followupText: 2000,
  purposeBullet: 500,
  purposeBullets: 20,
  formText: 4000,
  agendaItems: 200,
  decisionsPerItem: 50,
  followupsPerItem: 50,
  participants: 80,
  guestsPerItem: 20,
  /** The longest outcome label („Barnet drøftes på næste møde" and the like) plus „ – ". */
  outcomeLabel: 120,
} as const;

/** Limits of the referat, derived from the input limits (never smaller). */
export const REFERAT_LIMITS = {
  itemTitle: LIMITS.shortText,
  /** „<meeting title> om <child's name>". */
  meetingName: LIMITS.shortText + ' om '.length + LIMITS.personName,
  place: LIMITS.shortText,
  bemaerk: LIMITS.longText,
  /** The notes, or an edited text in the draft. */
  itemText: 50_000,
  outcome: LIMITS.outcomeLabel + LIMITS.longText,
  childLabel: Math.max(LIMITS.shortText, LIMITS.personName),
  /** „Name (INIT)". */
  nameWithInitials: LIMITS.personName + LIMITS.initials + 3,
  sectionText: 8000,
} as const;
