import type { RoleCode } from '../../../../shared/domain/roles';
import type { Attendance } from '../../../../shared/schemas/codes';
import type { Db } from '../types';
import { typed } from './typed';

/** One row of `participants`: a person on a meeting, in a role. */
export interface ParticipantRow {
  id: string;
  meeting_id: string;
  person_id: string;
  role: RoleCode;
  attendance: Attendance;
  consultative: number;
  /** A guest comes for this one item only. */
  guest_item_id: string | null;
  /** JSON array of the phase keys the participant is present in. */
  phases: string;
  position: number;
  /** The person's name, initials and organisation frozen on the meeting (migration 0100); null until frozen. */
  snap_name: string | null;
  snap_initials: string | null;
  snap_organisation: string | null;
  snap_at: string | null;
}

export type NewParticipant = Pick<ParticipantRow, 'id' | 'meeting_id' | 'person_id' | 'role' | 'consultative' | 'guest_item_id' | 'phases' | 'position' | 'attendance'>;

/** A participant with the name, initials and organisation to show: the frozen ones once frozen, else today's. */
export interface ParticipantWithPerson {
  id: string;
  person_id: string;
  name: string;
  initials: string;
  organisation: string;
  role: RoleCode;
  attendance: Attendance;
  consultative: number;
  guest_item_id: string | null;
  phases: string;
}

/** A participant who may take a task: the person's directory details with the participant's role and place. */
export interface AvailableParticipant {
  id: string;
  initials: string;
  name: string;
  role: RoleCode;
  attendance: Attendance;
  position: number;
}

const q = {
  byId: typed<[string], Pick<ParticipantRow, 'id' | 'meeting_id' | 'person_id'>>('SELECT id, meeting_id, person_id FROM participants WHERE id = ?'),
  isOn: typed<[string, string], unknown>('SELECT 1 FROM participants WHERE meeting_id = ? AND person_id = ?'),
  nextPosition: typed<[string], { p: number }>('SELECT coalesce(max(position), -1) + 1 AS p FROM participants WHERE meeting_id = ?'),
  insert: typed<NewParticipant, never>(
    `INSERT INTO participants (id, meeting_id, person_id, role, consultative, guest_item_id, phases, position, attendance)
     VALUES (@id, @meeting_id, @person_id, @role, @consultative, @guest_item_id, @phases, @position, @attendance)`,
  ),
  setAttendance: typed<[Attendance, string], never>('UPDATE participants SET attendance = ? WHERE id = ?'),
  setRole: typed<[RoleCode, string], never>('UPDATE participants SET role = ? WHERE id = ?'),
  setConsultative: typed<[number, string], never>('UPDATE participants SET consultative = ? WHERE id = ?'),
  setGuestItem: typed<[string | null, string], never>('UPDATE participants SET guest_item_id = ? WHERE id = ?'),
  clearGuestItem: typed<[string], never>('UPDATE participants SET guest_item_id = NULL WHERE guest_item_id = ?'),
  phasesOf: typed<[string], Pick<ParticipantRow, 'id' | 'phases'>>('SELECT id, phases FROM participants WHERE meeting_id = ?'),
  setPhases: typed<[string, string], never>('UPDATE participants SET phases = ? WHERE id = ?'),
  absentAtEnd: typed<[string], never>("UPDATE participants SET attendance = 'fravaerende' WHERE meeting_id = ? AND attendance = 'forventet' AND guest_item_id IS NULL"),
  guestsPresentAtEnd: typed<[string], never>("UPDATE participants SET attendance = 'til_stede' WHERE meeting_id = ? AND attendance = 'forventet' AND guest_item_id IS NOT NULL"),
  remove: typed<[string], never>('DELETE FROM participants WHERE id = ?'),
  removeSamplePeople: typed<[], never>('DELETE FROM participants WHERE person_id IN (SELECT id FROM people WHERE is_sample = 1)'),
  count: typed<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE meeting_id = ?'),
  countGuests: typed<[string], { n: number }>('SELECT count(*) AS n FROM participants WHERE guest_item_id = ?'),
  personIds: typed<[string], { person_id: string }>('SELECT person_id FROM participants WHERE meeting_id = ?'),
  withPerson: typed<[string], ParticipantWithPerson>(
    // Once the referat is approved, the names are the ones frozen on the meeting (migration 0100), never today's.
    `SELECT pa.id, pa.person_id, coalesce(pa.snap_name, pe.name) AS name, coalesce(pa.snap_initials, pe.initials) AS initials,
            coalesce(pa.snap_organisation, pe.organisation) AS organisation, pa.role, pa.attendance, pa.consultative,
            pa.guest_item_id, pa.phases
       FROM participants pa JOIN people pe ON pe.id = pa.person_id
      WHERE pa.meeting_id = ? ORDER BY pa.position`,
  ),
  available: typed<[string, string], AvailableParticipant>(
    `SELECT p.id, p.initials, p.name, pa.role, pa.attendance, pa.position FROM participants pa JOIN people p ON p.id = pa.person_id
      WHERE pa.meeting_id = ? AND pa.attendance NOT IN ('afbud', 'fravaerende') AND (pa.guest_item_id IS NULL OR pa.guest_item_id = ?)`,
  ),
  freezeNames: typed<{ meeting: string; at: string }, never>(
    `UPDATE participants
        SET snap_name = (SELECT name FROM people WHERE people.id = participants.person_id),
            snap_initials = (SELECT initials FROM people WHERE people.id = participants.person_id),
            snap_organisation = (SELECT organisation FROM people WHERE people.id = participants.person_id),
            snap_at = @at
      WHERE meeting_id = @meeting AND snap_at IS NULL`,
  ),
};

/** The participant's id, meeting and person. */
export function byId(db: Db, id: string): Pick<ParticipantRow, 'id' | 'meeting_id' | 'person_id'> | undefined {
  return q.byId(db).get(id);
}

/** Whether the person is already on the meeting. */
export function isOnMeeting(db: Db, meetingId: string, personId: string): boolean {
  return q.isOn(db).get(meetingId, personId) !== undefined;
}

/** The position after the meeting's last participant; 0 for a meeting without any. */
export function nextPosition(db: Db, meetingId: string): number {
  return q.nextPosition(db).get(meetingId)?.p ?? 0;
}

export function insert(db: Db, row: NewParticipant): void {
  q.insert(db).run(row);
}

export function setAttendance(db: Db, id: string, attendance: Attendance): void {
  q.setAttendance(db).run(attendance, id);
}

export function setRole(db: Db, id: string, role: RoleCode): void {
  q.setRole(db).run(role, id);
}

export function setConsultative(db: Db, id: string, consultative: boolean): void {
  q.setConsultative(db).run(consultative ? 1 : 0, id);
}

/** Makes the participant a guest of one item, or (null) a participant of the whole meeting. */
export function setGuestItem(db: Db, id: string, itemId: string | null): void {
  q.setGuestItem(db).run(itemId, id);
}

/** The item is gone: its guests become participants of the whole meeting. */
export function clearGuestItem(db: Db, itemId: string): void {
  q.clearGuestItem(db).run(itemId);
}

/** Each participant's id and phases (a JSON array of phase keys). */
export function phasesOf(db: Db, meetingId: string): Pick<ParticipantRow, 'id' | 'phases'>[] {
  return q.phasesOf(db).all(meetingId);
}

/** Sets the phases (a JSON array of phase keys) the participant is present in. */
export function setPhases(db: Db, id: string, phases: string): void {
  q.setPhases(db).run(phases, id);
}

/**
 * The meeting has ended: anyone never checked in is recorded as absent – except guests, who came for their item and
 * are recorded as present.
 */
export function settleAttendanceAtEnd(db: Db, meetingId: string): void {
  q.absentAtEnd(db).run(meetingId);
  q.guestsPresentAtEnd(db).run(meetingId);
}

export function remove(db: Db, id: string): void {
  q.remove(db).run(id);
}

/** Takes the fictitious sample people off every meeting. */
export function removeSamplePeople(db: Db): void {
  q.removeSamplePeople(db).run();
}

/** How many participants the meeting has. */
export function count(db: Db, meetingId: string): number {
  return q.count(db).get(meetingId)?.n ?? 0;
}

/** How many guests come for the item. */
export function countGuests(db: Db, itemId: string): number {
  return q.countGuests(db).get(itemId)?.n ?? 0;
}

/** The people on the meeting, in no particular order. */
export function personIds(db: Db, meetingId: string): string[] {
  return q.personIds(db).all(meetingId).map((r) => r.person_id);
}

/** The meeting's participants in order, with the names to show (frozen once the referat is approved). */
export function withPerson(db: Db, meetingId: string): ParticipantWithPerson[] {
  return q.withPerson(db).all(meetingId);
}

/**
 * The participants who are there or may still come – not those with afbud or absent – with today's directory details;
 * a guest only when `itemId` is their item. In no particular order.
 */
export function available(db: Db, meetingId: string, itemId: string): AvailableParticipant[] {
  return q.available(db).all(meetingId, itemId);
}

/** Freezes each participant's name, initials and organisation as the directory has them now; the first freeze wins. */
export function freezeNames(db: Db, meetingId: string, at: string): void {
  q.freezeNames(db).run({ meeting: meetingId, at });
}
