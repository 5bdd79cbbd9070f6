import type { ChannelOutput, ChannelParsedInput, CommandChannel } from '../../../shared/ipc/contract';
import type { Aggregate, DataChanged } from '../../../shared/ipc/events';
import type { Db } from '../db/types';

export type Change = Omit<DataChanged, 'channel' | 'seq'>;
type Resolver<C extends CommandChannel> = (input: ChannelParsedInput<C>, output: ChannelOutput<C>) => Change[];
/**
 * A command that can take something away (a child off an agenda, an item) also says, before it runs, what the
 * state it is about to change involves: after the commit the removed link is gone and cannot be looked up.
 */
type BeforeAndAfter<C extends CommandChannel> = { before: (input: ChannelParsedInput<C>) => Change[]; after: Resolver<C> };

/** What each command touched, for `data.changed` (issue 16, item 1). Exhaustive: a new command must say. */
export type ChangeMap = { [C in CommandChannel]: Resolver<C> | BeforeAndAfter<C> };

const any = (aggregate: Aggregate): Change[] => [{ aggregate, id: null }];
const one = (aggregate: Aggregate, id: string | null | undefined): Change[] => (id ? [{ aggregate, id }] : any(aggregate));

/**
 * The map from command to changed aggregates. A meeting change also names every child on the meeting's agenda,
 * because the child's case shows its meetings, items and follow-ups; a change to a child (name, consents, custody,
 * leaving date) also names every meeting the child is on, because the meeting shows the child's name and warns
 * about consent and leaving. Ids the input does not carry (an item's meeting) are looked up in the same database:
 * after the commit, or before it for what a command may take away.
 */
export function changeMap(db: () => Db): ChangeMap {
  const value = (sql: string, id: string): string | null => (db().prepare(sql).get(id) as { v: string | null } | undefined)?.v ?? null;
  const meetingOfItem = (itemId: string): string | null => value('SELECT meeting_id AS v FROM agenda_items WHERE id = ?', itemId);
  const childOfItem = (itemId: string): string | null => value('SELECT child_id AS v FROM agenda_items WHERE id = ?', itemId);

  /** The meeting and every child on its agenda (or the meeting's own child). */
  const meeting = (id: string | null | undefined): Change[] => {
    if (!id) return [...any('meeting'), ...any('child')];
    const children = db()
      .prepare('SELECT child_id AS c FROM agenda_items WHERE meeting_id = ? AND child_id IS NOT NULL UNION SELECT child_id FROM meetings WHERE id = ? AND child_id IS NOT NULL')
      .all(id, id) as { c: string }[];
    return [{ aggregate: 'meeting', id }, ...children.map((r) => ({ aggregate: 'child' as const, id: r.c }))];
  };
  /** The child and every meeting it is on. */
  const child = (id: string | null | undefined): Change[] => {
    if (!id) return [...any('child'), ...any('meeting')];
    const meetings = db()
      .prepare('SELECT meeting_id AS m FROM agenda_items WHERE child_id = ? UNION SELECT id FROM meetings WHERE child_id = ?')
      .all(id, id) as { m: string }[];
    return [{ aggregate: 'child', id }, ...meetings.map((r) => ({ aggregate: 'meeting' as const, id: r.m }))];
  };

  return {
    'app.unlock': () => any('all'),
    'db.backup': () => any('audit'),
    'db.restoreChoose': () => [],
    // Step 1 of a restore only reads the safety copy and shows what it holds.
    'db.restoreSafetyCopy': () => [],
    'db.restore': () => any('all'),
    // The kommune's settings (scales, templates) and the profile's person show on every meeting and case.
    'settings.completeFirstRun': () => [...any('settings'), ...any('person'), ...any('meeting'), ...any('child')],
    'settings.saveProfile': () => [...any('settings'), ...any('person'), ...any('meeting'), ...any('child')],
    'settings.saveOrganisation': () => any('settings'),
    'settings.saveKommune': () => [...any('settings'), ...any('meeting'), ...any('child')],
    'settings.export': () => any('audit'),
    'templates.exportPack': () => any('audit'),
    'settings.import': () => [...any('settings'), ...any('meeting'), ...any('child')],
    'sample.load': () => any('all'),
    'sample.remove': () => any('all'),
    'security.setPassphrase': () => any('settings'),
    'security.rekey': () => any('settings'),
    'audit.export': () => any('audit'),
    'audit.exportHtml': () => any('audit'),
    'retention.journalPackage': (i) => [...one('child', i.childId), ...any('audit')],
    // Deletes the child, its meetings' records and the parents nobody else needs.
    'retention.delete': () => [...any('child'), ...any('meeting'), ...any('person')],
    'child.accessExport': (i) => [...one('child', i.id), ...any('audit')],
    'person.save': (_i, o) => [...one('person', o.id), ...any('meeting'), ...any('child')],
    // A new child is on no meeting yet; an edited one may be renamed on every meeting it is on.
    'child.save': (i, o) => (i.id ? child(o.id) : one('child', o.id)),
    // A new guardian is a new person; custody decides whose consent a meeting needs.
    'child.addGuardian': (i, o) => [...child(i.childId), ...one('person', i.personId ?? o.guardians.find((g) => g.name === i.name)?.personId)],
    'child.removeGuardian': (i) => child(i.childId),
    'child.open': () => any('audit'),
    'child.update': (i) => child(i.id),
    'child.setAbuseFlag': (i) => child(i.childId),
    'consent.record': (i) => child(i.childId),
    'consent.withdraw': (_i, o) => child(o.child.id),
    'parentContact.add': (i) => child(i.childId),
    'trivsel.add': (i) => child(i.childId),
    'note.setInternal': (i) => child(i.childId),
    'dispatch.record': (i) => [...child(i.childId), ...(i.meetingId ? meeting(i.meetingId) : [])],
    'meeting.create': (_i, o) => meeting(o.id),
    // The patch may move the meeting to another child: the one it had is read before.
    'meeting.update': { before: (i) => meeting(i.id), after: (i) => meeting(i.id) },
    'meeting.cancel': (i) => meeting(i.id),
    'meeting.start': (i) => meeting(i.id),
    'meeting.setCurrentItem': (i) => meeting(i.id),
    'meeting.switchPhase': (i) => meeting(i.id),
    'meeting.offerFamilieraadslagning': (i) => meeting(i.id),
    // As item.update, answered with the whole meeting.
    'meeting.updateItem': { before: (i) => one('child', childOfItem(i.id)), after: (_i, o) => meeting(o.id) },
    'meeting.end': (i) => meeting(i.id),
    'meeting.escalate': (i, o) => [...meeting(i.meetingId), ...meeting(o.id)],
    'participant.add': (i) => meeting(i.meetingId),
    'participant.update': (_i, o) => meeting(o.id),
    'participant.remove': (_i, o) => meeting(o.id),
    'item.add': (_i, o) => meeting(o.id),
    // A new child on the item is read after; the child it held before, before.
    'item.update': { before: (i) => one('child', childOfItem(i.id)), after: (_i, o) => meeting(meetingOfItem(o.id)) },
    'item.move': (_i, o) => meeting(o.id),
    'item.remove': { before: (i) => one('child', childOfItem(i.id)), after: (_i, o) => meeting(o.id) },
    'item.confirmOutcome': (_i, o) => meeting(meetingOfItem(o.id)),
    'item.undoOutcome': (_i, o) => meeting(meetingOfItem(o.id)),
    // The live timer stores the time used every few seconds while it runs: a measurement, not a change another
    // screen must re-fetch a whole meeting for (it would reload every open view of the meeting every 5 seconds).
    'item.recordTime': () => [],
    'decision.add': (_i, o) => meeting(meetingOfItem(o.id)),
    'decision.update': (_i, o) => meeting(meetingOfItem(o.id)),
    'decision.remove': (_i, o) => meeting(meetingOfItem(o.id)),
    'followup.add': (_i, o) => meeting(meetingOfItem(o.id)),
    'followup.update': (_i, o) => [...meeting(o.meetingId), ...(o.childId ? one('child', o.childId) : [])],
    'followup.remove': (_i, o) => meeting(meetingOfItem(o.id)),
    // Closed from the list: the meeting it came from and the child it concerns.
    'followup.close': (_i, o) => [...meeting(o.meetingId), ...(o.childId ? one('child', o.childId) : [])],
    'form.saveTransition': (i) => meeting(i.meetingId),
    'form.saveHandleplan': (i) => meeting(i.meetingId),
    'preparation.save': (i) => meeting(i.meetingId),
    'preparation.remove': (i) => meeting(i.meetingId),
    'referat.generate': (i) => meeting(i.meetingId),
    'referat.update': (i) => meeting(i.meetingId),
    'referat.approve': (i) => meeting(i.meetingId),
    'referat.sign': (i) => meeting(i.meetingId),
    'referat.seal': (i) => meeting(i.meetingId),
    'referat.withdrawApproval': (i) => meeting(i.meetingId),
    'referat.correct': (i) => meeting(i.meetingId),
    'referat.addSigner': (i) => meeting(i.meetingId),
    'referat.removeSigner': (i) => meeting(i.meetingId),
    'export.document': (i) => meeting(i.meetingId),
    'signing.generate': () => any('signing'),
    'signing.import': () => any('signing'),
    'signing.exportCertificate': () => any('audit'),
    'document.verify': () => any('audit'),
    'export.pdf': (i) => meeting(i.meetingId),
    'calendar.invitation': (i) => meeting(i.meetingId),
    'calendar.seriesInvitation': () => any('meeting'),
    'mail.draft': (i) => meeting(i.meetingId),
    'mail.confirm': (_i, o) => meeting(o.meetingId),
  };
}
