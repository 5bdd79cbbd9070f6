import { checkAgendaRoom } from './countLimits';
import type { z } from 'zod';
import type { ItemAddSchema, ItemPatchSchema } from '../../../shared/schemas/meeting';
import { ITEM_KIND_LABELS, type ItemKind, type Template } from '../../../shared/templates/schema';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import * as agendaItems from '../db/tables/agendaItems';
import type { ItemChanges } from '../db/tables/agendaItems';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { newId } from '../ids';
import { getChildRow } from '../children/childrenRepo';
import { editableMeeting } from './guards';
import { getItemRow, meetingTemplate, touchMeeting, type ItemRow, type MeetingRow } from './meetingRows';
import { assertChildMayBeNamed, type ItemBasis } from './childOnAgenda';
import { assertAnonymousFields, itemDataText } from '../privacy/anonymousGuard';
import { meetingText } from '../../../shared/text/meetingMessages';
import * as peopleTable from '../db/tables/people';
import * as meetingsTable from '../db/tables/meetings';
import * as participantsTable from '../db/tables/participants';
import { allowedOutcomes } from './itemRules';
import { meetingFeatureText } from '../../../shared/text/meetingFeature';

type ItemAdd = z.infer<typeof ItemAddSchema>;
type ItemPatch = z.infer<typeof ItemPatchSchema>;

const CHILD_KINDS: ItemKind[] = ['barn'];

/** The phase child items belong to (distriktsmøde: the sparring phase, SPEC req. 5). */
function childPhase(t: Template): string | null {
  return t.agenda.find((a) => a.kind === 'barn')?.phase ?? null;
}

function checkChildPlacement(t: Template, kind: ItemKind, phase: string | null): void {
  if (kind === 'barn' && t.childScope !== 'flere_boern') {
    throw new AppError('TEMPLATE_RULE', meetingText.agenda.oneChildOnly, 'kind');
  }
  const cp = childPhase(t);
  if ((kind === 'barn' || kind === 'anonym') && cp && phase && phase !== cp) {
    const phaseTitle = t.phases?.find((p) => p.key === cp)?.title ?? cp;
    throw new AppError('TEMPLATE_RULE', meetingText.agenda.childrenInPhase(phaseTitle), 'phase');
  }
}

function renumber(db: Db, meetingId: string): void {
  agendaItems.renumber(db, agendaItems.forMeeting(db, meetingId).map((r) => r.id));
}

export function addItem(ctx: Ctx, input: ItemAdd): string {
  const db = ctx.db;
  return db.transaction(() => {
    const m = editableMeeting(db, input.meetingId);
    const t = meetingTemplate(m);
    if (!t.agendaRules.allowAddItems || !t.agendaRules.addableKinds.includes(input.kind)) {
      throw new AppError('TEMPLATE_RULE', meetingText.agenda.kindNotAllowed(t.name, ITEM_KIND_LABELS[input.kind]), 'kind');
    }
    const phase = input.phase ?? ((input.kind === 'barn' || input.kind === 'anonym' || input.kind === 'boernegruppe') ? childPhase(t) : (m.current_phase ?? t.phases?.[0]?.key ?? null));
    checkChildPlacement(t, input.kind, phase);
    if (input.block === '0-2' && !t.agenda.some((a) => a.block === '0-2')) {
      throw new AppError('TEMPLATE_RULE', meetingText.agenda.noBlock02, 'block');
    }
    checkAgendaRoom(db, m.id);
    if (input.kind === 'anonym' && input.childId) throw new AppError('TEMPLATE_RULE', meetingText.agenda.anonymousWithChild, 'childId');
    let basis: string | null = null;
    if (input.childId) {
      getChildRow(db, input.childId);
      basis = assertChildMayBeNamed(ctx, m, input.childId, input.basis);
    }
    if (input.kind === 'anonym') assertAnonymousFields(db, [{ field: 'anonLabel', text: input.anonLabel }, { field: 'title', text: input.title }]);
    // New items go before „Evt." (which stays last), or at the end.
    const evt = agendaItems.lastEvtPosition(db, m.id);
    const position = evt ?? agendaItems.maxPosition(db, m.id) + 1;
    if (evt !== undefined) agendaItems.shiftFrom(db, m.id, evt);
    const id = newId();
    const defaults: Record<ItemKind, string> = { ...ITEM_KIND_LABELS, ...meetingText.agenda.defaultTitles };
    agendaItems.insert(db, {
      id,
      meeting_id: m.id,
      position,
      kind: input.kind,
      title: input.title?.trim() || defaults[input.kind],
      minutes: input.minutes ?? (CHILD_KINDS.includes(input.kind) || input.kind === 'anonym' ? 20 : 10),
      child_id: input.childId ?? null,
      anon_label: input.kind === 'anonym' ? (input.anonLabel?.trim() || meetingText.anonymousChild) : null,
      block: input.block ?? null,
      phase,
      basis,
      updated_at: nowTs(ctx),
    });
    touchMeeting(db, m.id, nowTs(ctx));
    return id;
  })();
}

/** The typing path: one UPDATE in one transaction, no more. */
export function updateItem(ctx: Ctx, id: string, patch: ItemPatch): void {
  const db = ctx.db;
  db.transaction(() => {
    const item = getItemRow(db, id);
    const m = editableMeeting(db, item.meeting_id);
    const t = meetingTemplate(m);
    const changes: ItemChanges = {};
    const set: SetColumn = (col, value) => {
      changes[col] = value;
    };
    if (patch.title !== undefined) set('title', patch.title);
    if (patch.minutes !== undefined) set('minutes', patch.minutes);
    if (patch.ownerPersonId !== undefined) {
      if (patch.ownerPersonId && !peopleTable.exists(db, patch.ownerPersonId)) {
        throw new AppError('NOT_FOUND', meetingText.personNotInRegister, 'ownerPersonId');
      }
      set('owner_person_id', patch.ownerPersonId);
    }
    // An anonymous item stays anonymous unless this very patch links it to a named child (after consent, below).
    if (item.kind === 'anonym' && !patch.childId) {
      assertAnonymousFields(db, [
        { field: 'anonLabel', text: patch.anonLabel },
        { field: 'title', text: patch.title },
        { field: 'notes', text: patch.notes },
        { field: 'description', text: patch.description },
        { field: 'outcomeNote', text: patch.outcomeNote },
        { field: 'data', text: itemDataText(patch.data) },
      ]);
    }
    if (patch.childId !== undefined) applyChild(ctx, m, item, t, patch.childId, patch.basis ?? null, set);
    else if (patch.basis !== undefined && item.child_id) set('basis', assertChildMayBeNamed(ctx, m, item.child_id, patch.basis, item.id));
    if (patch.anonLabel !== undefined) {
      if (item.kind !== 'anonym') throw new AppError('TEMPLATE_RULE', meetingText.agenda.anonLabelOnlyAnonymous, 'anonLabel');
      set('anon_label', patch.anonLabel?.trim() || meetingText.anonymousChild);
    }
    if (patch.block !== undefined) {
      if (patch.block === '0-2' && !t.agenda.some((a) => a.block === '0-2')) {
        throw new AppError('TEMPLATE_RULE', meetingText.agenda.noBlock02, 'block');
      }
      set('block', patch.block);
    }
    if (patch.description !== undefined) set('description', patch.description);
    if (patch.notes !== undefined) set('notes', patch.notes);
    if (patch.outcome !== undefined) {
      if (patch.outcome !== null && !allowedOutcomes(t, item.kind).includes(patch.outcome)) {
        const inTemplate = t.outcomes.includes(patch.outcome);
        throw new AppError('TEMPLATE_RULE', inTemplate ? meetingFeatureText.outcomes.onlyOnChildItems : meetingText.agenda.outcomeNotInTemplate, 'outcome');
      }
      set('outcome', patch.outcome);
    }
    if (patch.outcomeNote !== undefined) set('outcome_note', patch.outcomeNote);
    if (patch.data !== undefined) set('data', JSON.stringify({ ...(JSON.parse(item.data) as object), ...patch.data }));
    agendaItems.update(db, id, changes, nowTs(ctx));
  })();
}

type SetColumn = <K extends keyof ItemChanges>(col: K, value: ItemChanges[K]) => void;

function applyChild(ctx: Ctx, m: MeetingRow, item: ItemRow, t: Template, childId: string | null, basis: ItemBasis | null, set: SetColumn): void {
  const kind = item.kind as ItemKind;
  if (childId === null) {
    set('child_id', null);
    set('basis', null);
    return;
  }
  if (kind !== 'barn' && kind !== 'anonym') {
    throw new AppError('TEMPLATE_RULE', meetingText.agenda.childOnlyOnChildItems, 'childId');
  }
  checkChildPlacement(t, 'barn', item.phase);
  getChildRow(ctx.db, childId);
  set('basis', assertChildMayBeNamed(ctx, m, childId, basis, item.id));
  set('child_id', childId);
  if (kind === 'anonym') {
    // Linking an anonymous item to the named child (only after consent, checked above) makes it a child item.
    set('kind', 'barn');
    set('anon_label', null);
  }
}

/** Moves an item one place up or down within its phase; returns the item's meeting. */
export function moveItem(ctx: Ctx, id: string, direction: 'op' | 'ned'): string {
  const db = ctx.db;
  return db.transaction(() => {
    const item = getItemRow(db, id);
    const m = editableMeeting(db, item.meeting_id);
    const t = meetingTemplate(m);
    if (!t.agendaRules.allowReorder) throw new AppError('TEMPLATE_RULE', meetingText.agenda.fixedOrder(t.name));
    const items = agendaItems.forMeeting(db, m.id);
    const i = items.findIndex((x) => x.id === id);
    const j = direction === 'op' ? i - 1 : i + 1;
    const other = items[j];
    const self = items[i]!;
    if (!other) return m.id;
    if (self.kind === 'godkendelse' || other.kind === 'godkendelse') throw new AppError('TEMPLATE_RULE', meetingText.agenda.approvalFirst);
    if (self.kind === 'evt' || other.kind === 'evt') throw new AppError('TEMPLATE_RULE', meetingText.evtLast);
    if (self.phase !== other.phase) throw new AppError('TEMPLATE_RULE', meetingText.agenda.otherPhase);
    items[i] = other;
    items[j] = self;
    agendaItems.renumber(db, items.map((x) => x.id));
    touchMeeting(db, m.id, nowTs(ctx));
    return m.id;
  })();
}

export function removeItem(ctx: Ctx, id: string): string {
  const db = ctx.db;
  return db.transaction(() => {
    const item = getItemRow(db, id);
    const m = editableMeeting(db, item.meeting_id);
    if (item.fixed === 1) throw new AppError('TEMPLATE_RULE', meetingText.agenda.fixedItem);
    if (m.current_item_id === id) meetingsTable.update(db, m.id, { current_item_id: null });
    participantsTable.clearGuestItem(db, id);
    agendaItems.remove(db, id);
    renumber(db, m.id);
    touchMeeting(db, m.id, nowTs(ctx));
    return m.id;
  })();
}

export function recordTime(ctx: Ctx, id: string, elapsedSeconds: number): void {
  const item = getItemRow(ctx.db, id);
  editableMeeting(ctx.db, item.meeting_id);
  agendaItems.setElapsed(ctx.db, id, elapsedSeconds, nowTs(ctx));
}
