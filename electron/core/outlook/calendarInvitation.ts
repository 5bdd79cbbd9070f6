import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { addDays, addMinutes, formatDateWithWeekday, formatTimeRange } from '../../../shared/format/danishDate';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { CalendarInvitationResult } from '../../../shared/schemas/outlook';
import { outlookText } from '../../../shared/text/outlook';
import type { Core } from '../app/core';
import { audit } from '../audit/auditLog';
import { protectedGuard } from '../children/caseRepo';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { newId } from '../ids';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { firstGuardHit } from '../privacy/anonymousGuard';
import { COPENHAGEN_TZID, copenhagenVtimezone } from './copenhagenZone';
import { getCalendarIdentity, personContacts, saveCalendarIdentity, type CalendarIdentityRow } from './outlookRepo';
import { saveAndOpen } from './saveAndOpen';
import * as meetingsTable from '../db/tables/meetings';

type Role = 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';

export interface InvitationPeople {
  organizer: { name: string; email: string };
  attendees: { name: string; email: string; role: Role }[];
  withoutEmail: string[];
}

/** One appointment in the file: the meeting's Danish clock time, its identity and what it says. */
export interface InvitationEvent {
  uid: string;
  sequence: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  summary: string;
  description: string;
  cancelled: boolean;
  /** A regular series: weekly every `weeks`, `count` times, without the dates in `exclude`. */
  repeat: { weeks: number; count: number; exclude: string[] } | null;
}

/**
 * Builds the iCalendar text (RFC 5545) with ical-generator: METHOD:REQUEST (or CANCEL), the Europe/Copenhagen
 * VTIMEZONE, every time as local time with TZID, DTSTAMP in UTC. A pure function of its input.
 */
export function buildInvitationIcs(input: { method: 'REQUEST' | 'CANCEL'; stamp: Date; people: InvitationPeople; events: InvitationEvent[] }): string {
  const cal = ical({
    prodId: { company: 'Tovholder', product: 'Tovholder', language: 'DA' },
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // No calendar-wide zone (DTSTAMP stays UTC); each event names its zone, and the generator writes its VTIMEZONE.
  cal.timezone({ name: null, generator: copenhagenVtimezone });
  for (const e of input.events) {
    const ev = cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: input.stamp,
      start: `${e.date}T${e.startTime}:00`,
      end: `${e.date}T${e.endTime}:00`,
      timezone: COPENHAGEN_TZID,
      summary: e.summary,
      location: e.place,
      description: e.description,
    });
    if (e.cancelled) ev.status(ICalEventStatus.CANCELLED);
    if (e.repeat) {
      ev.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: e.repeat.weeks,
        count: e.repeat.count,
        ...(e.repeat.exclude.length ? { exclude: e.repeat.exclude.map((d) => `${d}T${e.startTime}:00`) } : {}),
      });
    }
    ev.organizer({ name: input.people.organizer.name, email: input.people.organizer.email });
    for (const a of input.people.attendees) {
      ev.createAttendee({ name: a.name, email: a.email, role: a.role === 'OPT-PARTICIPANT' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ, rsvp: true });
    }
  }
  return cal.toString();
}

/** The organizer (the convener, else the chair) and every other participant with an e-mail address, by role. */
export function invitationPeople(core: Core, m: MeetingDetail): InvitationPeople {
  const organizerId = m.convenerId ?? m.chairId;
  if (!organizerId) throw new AppError('CONFLICT', outlookText.errors.noConvener, 'convenerId');
  const contacts = personContacts(core.db, [organizerId, ...m.participants.map((p) => p.personId)]);
  const organizer = contacts.get(organizerId);
  if (!organizer) throw new AppError('CONFLICT', outlookText.errors.noConvener, 'convenerId');
  if (!organizer.email) throw new AppError('INVALID_INPUT', outlookText.errors.organizerNoEmail(organizer.name), 'email');
  const attendees: InvitationPeople['attendees'] = [];
  const withoutEmail: string[] = [];
  const seen = new Set<string>([organizerId]);
  // A person who is both a regular participant and a guest for one item is required.
  const ordered = [...m.participants].sort((a, b) => Number(a.guestItemId !== null) - Number(b.guestItemId !== null));
  for (const p of ordered) {
    if (seen.has(p.personId)) continue;
    seen.add(p.personId);
    const email = contacts.get(p.personId)?.email ?? '';
    if (!email) withoutEmail.push(p.name);
    else attendees.push({ name: p.name, email, role: p.guestItemId ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT' });
  }
  return { organizer: { name: organizer.name, email: organizer.email }, attendees, withoutEmail };
}

/**
 * The dagsorden as text for the invitation's description. A calendar entry travels outside secure mail, so a child
 * on the agenda is never named (the Word dagsorden, sent with secure mail, names the child); an anonymous item keeps
 * its anonymous label. The text is then run through the privacy guard, which refuses a name or CPR number that a
 * title, description or the place would still carry.
 */
export function agendaDescription(core: Core, m: MeetingDetail): string {
  const c = outlookText.calendar;
  const lines = [c.heading, m.template.name, c.when(formatDateWithWeekday(m.date), formatTimeRange(m.startTime, m.endTime)), c.place(m.place), '', c.agenda];
  let clock = m.startTime;
  m.items.forEach((it, i) => {
    const end = addMinutes(clock, it.minutes);
    const named = it.childId !== null;
    const label = named ? c.childItem : it.kind === 'anonym' && it.anonLabel ? `${it.title}: ${it.anonLabel}` : it.title;
    lines.push(`${i + 1}. ${label} (${formatTimeRange(clock, end)})`);
    if (!named && it.description) lines.push(`   ${it.description.replace(/\n+/g, ' ')}`);
    clock = end;
  });
  lines.push('', c.footer);
  if (m.status === 'aflyst') lines.unshift(c.cancelled(m.cancelledReason ?? ''), '');
  return lines.join('\n');
}

function guardInvitation(core: Core, m: MeetingDetail, description: string): void {
  const hit = firstGuardHit(protectedGuard(core.db), [
    { field: 'place', text: m.place },
    ...m.items.filter((it) => it.childId === null).flatMap((it) => [
      { field: 'title', text: it.kind === 'anonym' ? `${it.title} ${it.anonLabel ?? ''}` : it.title },
      { field: 'description', text: it.description },
    ]),
    { field: 'description', text: description },
  ]);
  if (hit) throw new AppError('PRIVACY_GUARD', outlookText.errors.privacy(outlookText.errors.fields[hit.field] ?? hit.field, hit.what), hit.field);
}

/** What a sent invitation was sent for: a change of date, time or place (or a cancellation) means a new SEQUENCE. */
function sentFor(m: Pick<MeetingDetail, 'date' | 'startTime' | 'endTime' | 'place' | 'status'>, extra = ''): string {
  return JSON.stringify([m.date, m.startTime, m.endTime, m.place, m.status === 'aflyst', extra]);
}

/** The identity the next invitation carries: the stored UID, and the SEQUENCE one up when what it is for changed. */
function nextIdentity(core: Core, kind: CalendarIdentityRow['kind'], subjectId: string, forWhat: string): CalendarIdentityRow {
  const row = getCalendarIdentity(core.db, kind, subjectId);
  if (!row) return { kind, subject_id: subjectId, uid: `${newId()}@tovholder`, sequence: 0, sent_for: forWhat };
  return { ...row, sequence: row.sent_for === forWhat ? row.sequence : row.sequence + 1, sent_for: forWhat };
}

function assertConvenable(m: MeetingDetail): void {
  if (m.status === 'i_gang' || m.status === 'afholdt' || m.status === 'godkendt') throw new AppError('CONFLICT', outlookText.errors.notConvenable);
}

function eventFor(core: Core, m: MeetingDetail, identity: CalendarIdentityRow, repeat: InvitationEvent['repeat'] = null): InvitationEvent {
  const description = agendaDescription(core, m);
  guardInvitation(core, m, description);
  return {
    uid: identity.uid,
    sequence: identity.sequence,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    summary: m.template.name,
    description,
    cancelled: m.status === 'aflyst',
    repeat,
  };
}

function fileTag(m: MeetingDetail): string {
  return m.template.name
    .toLocaleLowerCase('da-DK')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function saveIcs(core: Core, ics: string, defaultName: string) {
  return saveAndOpen(core, Buffer.from(ics, 'utf8'), { title: outlookText.dialogs.saveInvitation, defaultName, filter: { name: outlookText.dialogs.invitationFilter, extensions: ['ics'] } });
}

/**
 * The invitation for one meeting (or, once it is cancelled, the cancellation with the same UID). The UID and SEQUENCE
 * are stored only when the file is saved, so cancelling the save dialog changes nothing.
 */
export async function saveMeetingInvitation(core: Core, meetingId: string): Promise<CalendarInvitationResult | null> {
  const m = getMeetingDetail(core.db, meetingId, todayIso(core));
  assertConvenable(m);
  const cancelled = m.status === 'aflyst';
  const people = invitationPeople(core, m);
  const identity = nextIdentity(core, 'meeting', m.id, sentFor(m));
  const ics = buildInvitationIcs({ method: cancelled ? 'CANCEL' : 'REQUEST', stamp: core.now(), people, events: [eventFor(core, m, identity)] });
  const saved = await saveIcs(core, ics, `${cancelled ? 'aflysning' : 'indkaldelse'}-${fileTag(m)}-${m.date}.ics`);
  if (!saved) return null;
  core.db.transaction(() => {
    saveCalendarIdentity(core.db, identity, nowTs(core));
    audit(core, 'calendar.invitation', 'meeting', m.id, `Gemte ${cancelled ? 'aflysning' : 'kalenderinvitation'} (udgave ${identity.sequence})`);
  })();
  return { ...saved, uid: identity.uid, sequence: identity.sequence, method: cancelled ? 'CANCEL' : 'REQUEST', events: 1, recurring: false, attendees: people.attendees, withoutEmail: people.withoutEmail };
}

/**
 * The invitation for a whole series. A regular series – every meeting on the cadence from the first, same time and
 * place – is one appointment with an RRULE (a cancelled meeting becomes an EXDATE); otherwise each meeting is its own
 * appointment, with the meeting's own UID, so a later invitation for one meeting updates the same appointment.
 */
export async function saveSeriesInvitation(core: Core, seriesId: string): Promise<CalendarInvitationResult | null> {
  const series = stmt(core.db, 'SELECT id, cadence_weeks FROM series WHERE id = ?').get(seriesId) as { id: string; cadence_weeks: number } | undefined;
  if (!series) throw new AppError('NOT_FOUND', outlookText.errors.noSeries);
  const ids = meetingsTable.inSeries(core.db, seriesId).map((r) => r.id);
  const today = todayIso(core);
  const all = ids.map((id) => getMeetingDetail(core.db, id, today)).filter((m) => m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'aflyst');
  const active = all.filter((m) => m.status !== 'aflyst');
  const first = active[0];
  if (!first) throw new AppError('CONFLICT', outlookText.errors.nothingInSeries);
  const people = invitationPeople(core, first);
  const firstAll = all[0]!;
  const regular =
    all.length >= 2 &&
    all.every((m, i) => m.date === addDays(firstAll.date, i * 7 * series.cadence_weeks) && m.startTime === firstAll.startTime && m.endTime === firstAll.endTime && m.place === firstAll.place) &&
    firstAll.status !== 'aflyst';
  const stamp = core.now();
  if (regular) {
    const exclude = all.filter((m) => m.status === 'aflyst').map((m) => m.date);
    const identity = nextIdentity(core, 'series', seriesId, sentFor(firstAll, JSON.stringify([all.length, series.cadence_weeks, exclude])));
    const event = eventFor(core, firstAll, identity, { weeks: series.cadence_weeks, count: all.length, exclude });
    const ics = buildInvitationIcs({ method: 'REQUEST', stamp, people, events: [event] });
    const saved = await saveIcs(core, ics, `indkaldelse-serie-${fileTag(firstAll)}-${firstAll.date}.ics`);
    if (!saved) return null;
    core.db.transaction(() => {
      saveCalendarIdentity(core.db, identity, nowTs(core));
      audit(core, 'calendar.invitation', 'meeting', firstAll.id, outlookText.audit.seriesInvitation(identity.sequence));
    })();
    return { ...saved, uid: identity.uid, sequence: identity.sequence, method: 'REQUEST', events: 1, recurring: true, attendees: people.attendees, withoutEmail: people.withoutEmail };
  }
  const identities = active.map((m) => nextIdentity(core, 'meeting', m.id, sentFor(m)));
  const events = active.map((m, i) => eventFor(core, m, identities[i]!));
  const ics = buildInvitationIcs({ method: 'REQUEST', stamp, people, events });
  const saved = await saveIcs(core, ics, `indkaldelse-serie-${fileTag(first)}-${first.date}.ics`);
  if (!saved) return null;
  core.db.transaction(() => {
    for (const identity of identities) saveCalendarIdentity(core.db, identity, nowTs(core));
    audit(core, 'calendar.invitation', 'meeting', first.id, outlookText.audit.seriesInvitations(events.length));
  })();
  return { ...saved, uid: identities[0]!.uid, sequence: identities[0]!.sequence, method: 'REQUEST', events: events.length, recurring: false, attendees: people.attendees, withoutEmail: people.withoutEmail };
}
