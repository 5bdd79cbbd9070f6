import { checkDecisionRoom, checkFollowupRoom } from './countLimits';
import type { Followup, FollowupListIn, FollowupPage } from '../../../shared/schemas/meeting';
import { listFollowupPage } from './followupList';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { editableMeeting } from './guards';
import { getItemRow, touchMeeting, type MeetingRow } from './meetingRows';
import type { Db } from '../db/types';
import { forgetOutcomeAction } from './outcomeActions';
import { followupJoinedById, toFollowup } from './followupRows';
import { assertAnonymousFields } from '../privacy/anonymousGuard';
import { meetingText } from '../../../shared/text/meetingMessages';
import { validationText } from '../../../shared/text/validation';
import { readSetting } from '../settings/settingsRepo';
import * as peopleTable from '../db/tables/people';
import * as decisionsTable from '../db/tables/decisions';
import * as followupsTable from '../db/tables/followups';

/** Decisions and follow-ups of an anonymous item are fields of that item: the privacy guard checks them too. */
function guardItemText(ctx: Ctx, item: { kind: string }, field: string, text: string): void {
  if (item.kind === 'anonym') assertAnonymousFields(ctx.db, [{ field, text }]);
}

export function addDecision(ctx: Ctx, itemId: string, text: string): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, itemId);
    editableMeeting(db, item.meeting_id);
    guardItemText(ctx, item, 'decision', text);
    checkDecisionRoom(db, itemId);
    decisionsTable.append(db, { id: newId(), item_id: itemId, text, created_at: nowTs(ctx) });
    touchMeeting(db, item.meeting_id, nowTs(ctx));
  })();
}

function decisionItem(ctx: Ctx, id: string) {
  const itemId = decisionsTable.itemOf(ctx.db, id);
  if (itemId === undefined) throw notFound('Beslutningen');
  const item = getItemRow(ctx.db, itemId);
  editableMeeting(ctx.db, item.meeting_id);
  return item;
}

export function updateDecision(ctx: Ctx, id: string, text: string): string {
  return ctx.db.transaction(() => {
    const item = decisionItem(ctx, id);
    guardItemText(ctx, item, 'decision', text);
    decisionsTable.setText(ctx.db, id, text);
    return item.id;
  })();
}

export function removeDecision(ctx: Ctx, id: string): string {
  return ctx.db.transaction(() => {
    const item = decisionItem(ctx, id);
    decisionsTable.remove(ctx.db, id);
    return item.id;
  })();
}

export interface OwnerInput {
  ownerPersonId?: string | null | undefined;
  ownerInitials?: string | undefined;
  /** When the initials are nobody at the meeting: the external person's name. */
  externalName?: string | null | undefined;
}

export interface ResolvedOwner {
  personId: string | null;
  initials: string;
  externalName: string | null;
}

/** Initials compared the Danish way: NFC, trimmed, upper case (bå = BÅ, hvd = HvD). */
export function initialsKey(s: string): string {
  return s.normalize('NFC').trim().toLocaleUpperCase('da-DK');
}

/** The meeting's people: its participants and whoever convenes, chairs, owns or takes the minutes. */
function meetingPeople(db: Db, m: MeetingRow): { id: string; name: string; initials: string }[] {
  return stmt(
    db,
    `SELECT DISTINCT p.id, p.name, p.initials FROM people p
      WHERE p.id IN (SELECT person_id FROM participants WHERE meeting_id = @id)
         OR p.id IN (@convener, @chair, @owner, @referent)`,
  ).all({ id: m.id, convener: m.convener_id, chair: m.chair_id, owner: m.owner_id, referent: m.referent_id }) as { id: string; name: string; initials: string }[];
}

/**
 * Who a follow-up belongs to (issue 11, item 3): a chosen person; or initials matched to the meeting's people without
 * regard to case, Æ/Ø/Å included; or, when the initials are nobody at the meeting, an external person with a name.
 * Unknown initials without a name are refused, so no task is left with nobody to see it.
 */
export function resolveOwner(db: Db, m: MeetingRow, input: OwnerInput): ResolvedOwner {
  if (input.ownerPersonId) {
    const p = peopleTable.byId(db, input.ownerPersonId);
    if (!p) throw new AppError('NOT_FOUND', meetingText.personNotInRegister, 'ownerPersonId');
    return { personId: p.id, initials: p.initials, externalName: null };
  }
  const typed = (input.ownerInitials ?? '').normalize('NFC').trim();
  if (!typed) throw new AppError('INVALID_INPUT', meetingText.followups.whoFollowsUp, 'ownerInitials');
  const key = initialsKey(typed);
  const hits = meetingPeople(db, m).filter((p) => initialsKey(p.initials) === key);
  if (hits.length === 1) return { personId: hits[0]!.id, initials: hits[0]!.initials, externalName: null };
  if (hits.length > 1) {
    throw new AppError('INVALID_INPUT', meetingText.followups.ambiguousInitials(typed, hits.map((h) => h.name).join(', ')), 'ownerInitials');
  }
  const name = input.externalName?.normalize('NFC').trim();
  if (name) return { personId: null, initials: typed, externalName: name };
  throw new AppError(
    'INVALID_INPUT',
    meetingText.followups.unknownInitials(typed),
    'ownerInitials',
  );
}

/** Inserts a follow-up for an item; the caller has checked that the meeting may change. */
export function insertFollowup(
  ctx: Ctx,
  m: MeetingRow,
  item: { id: string; child_id: string | null },
  owner: ResolvedOwner,
  text: string,
  dueDate: string | null,
): string {
  const id = newId();
  followupsTable.insert(ctx.db, {
    id,
    meeting_id: m.id,
    item_id: item.id,
    child_id: item.child_id ?? m.child_id,
    owner_person_id: owner.personId,
    owner_initials: owner.initials,
    owner_external_name: owner.externalName,
    text,
    due_date: dueDate,
    created_at: nowTs(ctx),
  });
  touchMeeting(ctx.db, m.id, nowTs(ctx));
  return id;
}

export function addFollowup(
  ctx: Ctx,
  input: { itemId: string; ownerPersonId: string | null; ownerInitials: string; externalName?: string | null; text: string; dueDate: string | null },
): string {
  const db = ctx.db;
  return db.transaction(() => {
    const item = getItemRow(db, input.itemId);
    const m = editableMeeting(db, item.meeting_id);
    guardItemText(ctx, item, 'followup', input.text);
    checkFollowupRoom(db, input.itemId);
    const id = insertFollowup(ctx, m, item, resolveOwner(db, m, input), input.text, input.dueDate);
    audit(ctx, 'followup.add', 'followup', id, m.correcting ? meetingText.followups.auditAddedUnderCorrection : undefined);
    return id;
  })();
}

/**
 * Correcting a follow-up (issue 11, item 3): owner, text and date can be changed until the referat is approved, and
 * again under a correction („Ret referatet") afterwards. Every change is logged.
 */
export function updateFollowup(
  ctx: Ctx,
  input: { id: string; patch: OwnerInput & { text?: string | undefined; dueDate?: string | null | undefined } },
): string {
  const db = ctx.db;
  return db.transaction(() => {
    const row = followupsTable.placeOf(db, input.id);
    if (!row) throw notFound(meetingText.things.followup);
    const m = editableMeeting(db, row.meeting_id);
    const { patch } = input;
    const changes: followupsTable.FollowupChanges = {};
    if (patch.ownerPersonId !== undefined || patch.ownerInitials !== undefined || patch.externalName !== undefined) {
      const owner = resolveOwner(db, m, patch);
      Object.assign(changes, { owner_person_id: owner.personId, owner_initials: owner.initials, owner_external_name: owner.externalName });
    }
    if (patch.text !== undefined) {
      if (row.item_id) guardItemText(ctx, getItemRow(db, row.item_id), 'followup', patch.text);
      changes.text = patch.text;
    }
    if (patch.dueDate !== undefined) changes.due_date = patch.dueDate;
    if (Object.keys(changes).length > 0) {
      followupsTable.update(db, input.id, changes);
      touchMeeting(db, m.id, nowTs(ctx));
      audit(ctx, 'followup.update', 'followup', input.id, m.correcting ? meetingText.followups.auditChangedUnderCorrection : undefined);
    }
    return row.item_id ?? '';
  })();
}

export function removeFollowup(ctx: Ctx, id: string): string {
  return ctx.db.transaction(() => {
    const row = followupsTable.placeOf(ctx.db, id);
    if (!row || !row.item_id) throw notFound(meetingText.things.followup);
    const m = editableMeeting(ctx.db, row.meeting_id);
    followupsTable.remove(ctx.db, id);
    forgetOutcomeAction(ctx, row.item_id, id);
    audit(ctx, 'followup.remove', 'followup', id, m.correcting ? meetingText.followups.auditRemovedUnderCorrection : undefined);
    return row.item_id;
  })();
}

export function getFollowup(ctx: Ctx, id: string): Followup {
  const row = followupJoinedById(ctx.db, id);
  if (!row) throw notFound(meetingText.things.followup);
  return toFollowup(row, todayIso(ctx));
}

/** Closing is allowed also after the referat is sealed: the follow-up lives on, the referat does not change. */
export function closeFollowup(ctx: Ctx, id: string, note: string): Followup {
  const db = ctx.db;
  return db.transaction(() => {
    const f = getFollowup(ctx, id);
    if (f.status === 'lukket') throw new AppError('CONFLICT', meetingText.followups.alreadyClosed);
    const kind = followupsTable.itemKind(db, id);
    if (kind !== undefined) guardItemText(ctx, { kind }, 'followupNote', note);
    followupsTable.close(db, id, nowTs(ctx), ctx.actor(), note);
    audit(ctx, 'followup.close', 'followup', id);
    return getFollowup(ctx, id);
  })();
}

/** „Mine opfølgninger": overdue first, then by due date; closed ones last when asked for. */
/** The follow-up list: everyone's, or „mine“ – the given person's or the profile's; refused without a profile. */
export function listFollowupsFor(ctx: Ctx, opts: FollowupListIn): FollowupPage {
  const me = opts.scope === 'mine' ? (opts.personId ?? readSetting<{ personId?: string }>(ctx.db, 'profile')?.personId) : undefined;
  if (opts.scope === 'mine' && !me) throw new AppError('CONFLICT', validationText.noProfileForMine);
  return listFollowupPage(ctx, { personId: me, includeClosed: opts.includeClosed, limit: opts.limit, after: opts.after });
}
