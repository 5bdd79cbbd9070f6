import type { ChannelOutput, ChannelParsedInput, CommandChannel } from '../../../shared/ipc/contract';
import type { Aggregate, DataChanged } from '../../../shared/ipc/events';
import type { Db } from '../db/types';

type Change = Omit<DataChanged, 'channel' | 'seq'>;
type Resolver<C extends CommandChannel> = (input: ChannelParsedInput<C>, output: ChannelOutput<C>) => Change[];

/** What each command touched, for `data.changed` (issue 16, item 1). Exhaustive: a new command must say. */
export type ChangeMap = { [C in CommandChannel]: Resolver<C> };

const any = (aggregate: Aggregate): Change[] => [{ aggregate, id: null }];
const one = (aggregate: Aggregate, id: string | null | undefined): Change[] => (id ? [{ aggregate, id }] : any(aggregate));

/**
 * The map from command to changed aggregates. A meeting change also names every child on the meeting's agenda,
 * because the child's case shows its meetings, items and follow-ups. Looks up ids the input does not carry
 * (an item's meeting) in the same database, after the commit.
 */
export function changeMap(db: () => Db): ChangeMap {
  const meetingOfItem = (itemId: string): string | null =>
    (db().prepare('SELECT meeting_id AS m FROM agenda_items WHERE id = ?').get(itemId) as { m: string } | undefined)?.m ?? null;
  const meetingOfDecision = (id: string): string | null =>
    (db().prepare('SELECT i.meeting_id AS m FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ?').get(id) as { m: string } | undefined)?.m ??
    null;
  const meetingOfFollowup = (id: string): string | null =>
    (db().prepare('SELECT meeting_id AS m FROM followups WHERE id = ?').get(id) as { m: string } | undefined)?.m ?? null;
  const meetingOfConsent = (id: string): string | null =>
    (db().prepare('SELECT child_id AS m FROM consents WHERE id = ?').get(id) as { m: string } | undefined)?.m ?? null;

  /** The meeting and every child on its agenda (or the meeting's own child). */
  const meeting = (id: string | null | undefined): Change[] => {
    if (!id) return [...any('meeting'), ...any('child')];
    const children = db()
      .prepare('SELECT child_id AS c FROM agenda_items WHERE meeting_id = ? AND child_id IS NOT NULL UNION SELECT child_id FROM meetings WHERE id = ? AND child_id IS NOT NULL')
      .all(id, id) as { c: string }[];
    return [{ aggregate: 'meeting', id }, ...children.map((r) => ({ aggregate: 'child' as const, id: r.c }))];
  };
  const child = (id: string | null | undefined): Change[] => one('child', id);

  return {
    'app.unlock': () => any('all'),
    'db.backup': () => any('audit'),
    'db.restoreChoose': () => [],
    'db.restoreSafetyCopy': () => any('all'),
    'db.restore': () => any('all'),
    'settings.completeFirstRun': () => [...any('settings'), ...any('person')],
    'settings.saveProfile': () => [...any('settings'), ...any('person')],
    'settings.saveOrganisation': () => any('settings'),
    'settings.saveKommune': () => any('settings'),
    'settings.export': () => any('audit'),
    'templates.exportPack': () => any('audit'),
    'settings.import': () => any('settings'),
    'sample.load': () => any('all'),
    'sample.remove': () => any('all'),
    'security.setPassphrase': () => any('settings'),
    'security.rekey': () => any('settings'),
    'audit.export': () => any('audit'),
    'audit.exportHtml': () => any('audit'),
    'retention.journalPackage': (i) => [...child(i.childId), ...any('audit')],
    'retention.delete': () => [...any('child'), ...any('meeting')],
    'child.accessExport': (i) => [...child(i.id), ...any('audit')],
    'person.save': (_i, o) => [...one('person', o.id), ...any('meeting'), ...any('child')],
    'child.save': (_i, o) => child(o.id),
    'child.addGuardian': (i) => [...child(i.childId), ...any('person')],
    'child.removeGuardian': (i) => child(i.childId),
    'child.open': () => any('audit'),
    'child.update': (i) => child(i.id),
    'child.setAbuseFlag': (i) => child(i.childId),
    'consent.record': (i) => child(i.childId),
    'consent.withdraw': (i) => child(meetingOfConsent(i.id)),
    'parentContact.add': (i) => child(i.childId),
    'trivsel.add': (i) => child(i.childId),
    'note.setInternal': (i) => child(i.childId),
    'dispatch.record': (i) => [...child(i.childId), ...(i.meetingId ? meeting(i.meetingId) : [])],
    'meeting.create': (_i, o) => meeting(o.id),
    'meeting.update': (i) => meeting(i.id),
    'meeting.cancel': (i) => meeting(i.id),
    'meeting.start': (i) => meeting(i.id),
    'meeting.setCurrentItem': (i) => meeting(i.id),
    'meeting.switchPhase': (i) => meeting(i.id),
    'meeting.offerFamilieraadslagning': (i) => meeting(i.id),
    'meeting.end': (i) => meeting(i.id),
    'meeting.escalate': (i, o) => [...meeting(i.meetingId), ...meeting(o.id)],
    'participant.add': (i) => meeting(i.meetingId),
    'participant.update': (_i, o) => meeting(o.id),
    'participant.remove': (_i, o) => meeting(o.id),
    'item.add': (_i, o) => meeting(o.id),
    'item.update': (i) => meeting(meetingOfItem(i.id)),
    'meeting.updateItem': (i) => meeting(meetingOfItem(i.id)),
    'item.move': (_i, o) => meeting(o.id),
    'item.remove': (_i, o) => meeting(o.id),
    'item.confirmOutcome': (i) => meeting(meetingOfItem(i.itemId)),
    'item.undoOutcome': (i) => meeting(meetingOfItem(i.itemId)),
    // The live timer stores the time used every few seconds while it runs: a measurement, not a change another
    // screen must re-fetch a whole meeting for (it would reload every open view of the meeting every 5 seconds).
    'item.recordTime': () => [],
    'decision.add': (i) => meeting(meetingOfItem(i.itemId)),
    'decision.update': (i) => meeting(meetingOfDecision(i.id)),
    'decision.remove': (_i, o) => meeting(meetingOfItem(o.id)),
    'followup.add': (i) => meeting(meetingOfItem(i.itemId)),
    'followup.update': (i) => meeting(meetingOfFollowup(i.id)),
    'followup.remove': (_i, o) => meeting(meetingOfItem(o.id)),
    'followup.close': (_i, o) => meeting(o.meetingId),
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
