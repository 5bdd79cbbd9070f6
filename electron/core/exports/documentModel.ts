import { describeHits } from '../../../shared/domain/privacyGuard';
import { suggestInitials } from '../../../shared/domain/initials';
import { correctionLine } from '../../../shared/referat/referatText';
import type { DocumentModel, ExportKind } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatBody, ReferatState } from '../../../shared/schemas/referat';
import { signingText } from '../../../shared/text/signing';
import type { Core } from '../app/core';
import { todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { protectedNameMatcher } from '../children/caseRepo';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { getReferatState } from '../referat/referatService';
import { getKommune, getProfile } from '../settings/kommune';
import { getOrganisation } from '../settings/organisation';
import { footerStatus, headerLine, type DocumentStatus } from './docxKit';
import { checkExport, guardAgenda } from './legalBasis';
import { getPreparation } from '../meetings/preparation';
import { assertAnonymousFields } from '../privacy/anonymousGuard';
import { exportText } from '../../../shared/text/exportMessages';
import { meetingText } from '../../../shared/text/meetingMessages';
import { signingPlan } from '../signing/signingPlan';

export interface DocumentInput {
  meetingId: string;
  kind: ExportKind;
  childId?: string | undefined;
}

/** The model and the meeting it came from (the meeting is not sent to the print view; the Word builders use it). */
export interface BuiltModel {
  model: DocumentModel;
  meeting: MeetingDetail;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/**
 * Names in an excerpt's text that belong to another known child or another child's parents. The excerpt goes to
 * one child's family or case worker; another child's name in it is a disclosure.
 */
function otherChildNames(core: Core, childId: string, text: string): string[] {
  const own = stmt(core.db, 'SELECT name FROM children WHERE id = ? UNION SELECT p.name FROM guardians g JOIN people p ON p.id = g.person_id WHERE g.child_id = ?').all(childId, childId) as { name: string }[];
  const ownWords = new Set(own.flatMap((o) => [o.name.toLowerCase(), o.name.split(/\s+/)[0]!.toLowerCase()]));
  return protectedNameMatcher(core.db)
    .find(text)
    .filter((h) => h.kind === 'navn' && !ownWords.has(h.text.toLowerCase()))
    .map((h) => h.text);
}

/** The excerpt's body: the header, only this child's item(s), and no free-text „Bemærk" (it may name anyone). */
function excerptBody(core: Core, body: ReferatBody, childId: string): ReferatBody {
  const items = body.items.filter((i) => i.childId === childId && !i.anonymous);
  if (items.length === 0) throw new AppError('NOT_FOUND', exportText.model.childHasNoItem, 'childId');
  for (const it of items) {
    const text = [it.title, it.text, ...it.purpose, ...it.decisions, ...it.sections.map((s) => s.text), ...it.followups.map((f) => f.text), it.outcome ?? ''].join('\n');
    const names = otherChildNames(core, childId, text);
    if (names.length) {
      throw new AppError(
        'PRIVACY_GUARD',
        exportText.model.excerptNamesOther(it.number, it.childLabel ?? exportText.model.theChild, describeHits(names.map((n) => ({ kind: 'navn', text: n, index: 0 })))),
        'childId',
      );
    }
  }
  return { ...body, bemaerk: '', items };
}

function excerptFileTag(body: ReferatBody, childId: string): string {
  const label = body.items.find((i) => i.childId === childId)?.childLabel ?? '';
  const initials = suggestInitials(label) || 'barn';
  const clash = body.items.some((i) => i.childId && i.childId !== childId && !i.anonymous && suggestInitials(i.childLabel ?? '') === initials);
  return slug(clash ? `${initials}-${childId.slice(0, 4)}` : initials);
}

/**
 * The one document model behind every way a document leaves Tovholder – Word, PDF and print. It is built here,
 * once per request, through `checkExport`: the consent ledger, the legal basis, the privacy guard and the CPR
 * setting decide what is left out or flagged, and every output shows exactly that, with the same warnings.
 */
export function buildDocumentModel(core: Core, input: DocumentInput): BuiltModel {
  const db = core.db;
  const m = getMeetingDetail(db, input.meetingId, todayIso(core));
  const org = getOrganisation(db);
  const author = getProfile(db)?.name ?? core.actor();
  const base = `${slug(m.template.name)}-${m.date}`;
  const frameBase = { kommune: org.kommune, organisation: org.forvaltning, unit: org.unit };
  /** The papers sent before a meeting (dagsorden, forberedelsesskema): no version, no seal, no referat body. */
  const beforeMeetingModel = (kind: 'dagsorden' | 'forberedelsesskema', idSuffix: string, warnings: string[], preparation: DocumentModel['preparation']): DocumentModel => ({
    kind,
    documentId: `TH-${m.date.replace(/-/g, '')}-${m.id.replace(/-/g, '').slice(0, 8).toUpperCase()}-${idSuffix}`,
    fileName: `${kind}-${base}.docx`,
    meetingId: m.id,
    childId: m.childId,
    version: null,
    status: 'dagsorden',
    seal: null,
    header: headerLine(frameBase),
    ...frameBase,
    footerStatus: null,
    author,
    correction: null,
    warnings,
    transitionNote: null,
    body: null,
    state: null,
    preparation,
  });
  if (input.kind === 'dagsorden') {
    guardAgenda(core, m);
    // A suggestion with alternatives („I børnehaven, på skolen eller hjemme") is not a place to meet.
    if (m.place === m.template.defaultPlace && /\beller\b/.test(m.place)) {
      throw new AppError('INVALID_INPUT', exportText.model.placeIsSuggestion(m.place), 'place');
    }
    return { meeting: m, model: beforeMeetingModel('dagsorden', 'DAG', agendaWarnings(m), null) };
  }
  if (input.kind === 'forberedelsesskema') {
    // Goes to every participant before the meeting: the same guard as the dagsorden (anonymous items, CPR).
    guardAgenda(core, m);
    const preparation = getPreparation(core, m.id);
    for (const e of preparation.entries.filter((x) => m.items.find((i) => i.id === x.itemId)?.kind === 'anonym')) {
      assertAnonymousFields(db, [
        { field: 'notes', text: e.observed },
        { field: 'notes', text: e.tried },
        { field: 'notes', text: e.questions },
      ]);
    }
    // Sent, late or not, is its own row in the document; a change after sending is the warning.
    const changed = m.warnings.filter((w) => w.code === 'PREPARATION_CHANGED_AFTER_SENT').map((w) => w.message);
    return { meeting: m, model: beforeMeetingModel('forberedelsesskema', 'FOR', changed, preparation) };
  }
  const state = getReferatState(core, m.id);
  const v = state.current;
  if (!v || !state.body) {
    throw new AppError('CONFLICT', input.kind === 'overgangsskema' ? exportText.model.makeTransitionFirst : exportText.model.makeReferatFirst);
  }
  const checked = checkExport(core, input.kind, m, state.body);
  // A referat's header is frozen with it: the kommune and organisation it was written under.
  const refFrame = { kommune: state.body.kommune ?? org.kommune, organisation: state.body.organisation, unit: state.body.unit };
  let body = checked.body;
  let documentId = v.documentId;
  let fileName = `referat-${base}-v${v.version}.docx`;
  let childId = m.childId;
  switch (input.kind) {
    case 'uddrag': {
      if (!input.childId) throw new AppError('INVALID_INPUT', exportText.model.chooseExcerptChild, 'childId');
      childId = input.childId;
      body = excerptBody(core, body, childId);
      documentId = `${v.documentId}-U${childId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
      fileName = `uddrag-${excerptFileTag(checked.body, childId)}-${base}-v${v.version}.docx`;
      break;
    }
    case 'overgangsskema':
      if (!body.transition) throw new AppError('TEMPLATE_RULE', meetingText.forms.transitionOnly);
      documentId = `${v.documentId}-OVG`;
      fileName = `overgangsskema-${m.date}-v${v.version}.docx`;
      break;
    case 'handleplan':
      if (!body.handleplan) throw new AppError('TEMPLATE_RULE', meetingText.forms.noHandleplan);
      documentId = `${v.documentId}-HP`;
      fileName = `handleplan-${m.date}-v${v.version}.docx`;
      break;
    case 'referat':
      break;
  }
  const status: DocumentStatus = v.status;
  const seal = v.status === 'forseglet' ? v.seal : null;
  return {
    meeting: m,
    model: {
      kind: input.kind,
      documentId,
      fileName,
      meetingId: m.id,
      childId,
      version: v.version,
      status,
      seal,
      header: headerLine(refFrame),
      ...refFrame,
      footerStatus: footerStatus(status, seal),
      author,
      correction: correctionLine(v.version, v.correctionReason),
      warnings: checked.warnings,
      transitionNote: checked.transitionNote,
      body,
      state,
      preparation: null,
      digitalSigning: digitalSigningOf(core, m, status, state),
    },
  };
}

/** The signature page's account of the file's digital signatures; null when the document is not sealed or nobody can sign here. */
function digitalSigningOf(core: Core, m: MeetingDetail, status: DocumentStatus, state: ReferatState): DocumentModel['digitalSigning'] {
  if (status !== 'forseglet') return null;
  const plan = signingPlan(core, m, state);
  return plan.signers.length ? { lines: plan.lines, meaning: signingText.meaning } : null;
}

/** An agenda longer than the meeting: the dagsorden says so, as the plan screen does. */
function agendaWarnings(m: MeetingDetail): string[] {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const planned = m.items.reduce((sum, it) => sum + it.minutes, 0);
  const length = toMin(m.endTime) - toMin(m.startTime);
  return planned > length ? [exportText.model.overPlanned(planned, length)] : [];
}

export function kommuneTrivselColours(core: Core): boolean {
  return getKommune(core.db).trivselLabels === 'farver';
}
