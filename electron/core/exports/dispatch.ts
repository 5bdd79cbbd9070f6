import type { z } from 'zod';
import type { DispatchBasis, DispatchInputSchema } from '../../../shared/schemas/case';
import type { Db } from '../db/types';
import { readSetting } from '../settings/settingsRepo';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { consentCoverage } from '../children/caseRepo';
import { getChildRow } from '../children/childrenRepo';
import { getKommune } from '../settings/kommune';
import { exportText } from '../../../shared/text/exportMessages';

const BASIS_LABEL: Record<DispatchBasis, string> = exportText.dispatch.basisLabels;

/**
 * The legal-basis check (issue 11, item 2): a basis must be able to cover the recipient. „Til forældrene selv" covers
 * only the parents, and a dispatch to the parents needs no other basis; „Inden for egen myndighed" cannot cover
 * another authority (PRODUCT-RESEARCH §3.1); the agreement with the parents and an underretning go to others than the
 * parents themselves.
 */
export function assertBasisCoversRecipient(db: Db, input: { basis: DispatchBasis; toParents: boolean; recipient: string; recipientAuthority: string }): void {
  const label = BASIS_LABEL[input.basis];
  if (input.basis === 'foraeldre' && !input.toParents) {
    throw new AppError('INVALID_INPUT', exportText.dispatch.onlyParents(label, input.recipient), 'basis');
  }
  if (input.toParents && input.basis !== 'foraeldre') {
    throw new AppError('INVALID_INPUT', exportText.dispatch.parentsBasis(BASIS_LABEL.foraeldre, label), 'basis');
  }
  if (input.basis === 'egen_myndighed' && input.recipientAuthority) {
    const own = readSetting<{ kommune?: string }>(db, 'organisation')?.kommune?.trim() ?? '';
    const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('da-DK');
    if (own && !norm(input.recipientAuthority).includes(norm(own))) {
      throw new AppError(
        'INVALID_INPUT',
        exportText.dispatch.otherAuthority(label, input.recipientAuthority, own),
        'basis',
      );
    }
  }
}

export type DispatchInput = z.infer<typeof DispatchInputSchema>;

/**
 * The checks a dispatch must pass, without writing anything: the basis covers the recipient; parents are told orally
 * before they get anything in writing (SPEC req. 19) – unless there is a suspicion of abuse, where the kommune's
 * underretning procedure applies instead; a consent basis needs a consent for passing information on; § 3 a only where
 * the kommune uses it. E-mail drafts (issue 19) run them before a draft is made, and again when it is confirmed sent.
 */
export function assertDispatchAllowed(ctx: Ctx, input: DispatchInput): void {
  const db = ctx.db;
  assertBasisCoversRecipient(db, input);
  if (!input.childId) return;
  const child = getChildRow(db, input.childId);
  const oral = stmt(db, "SELECT 1 FROM parent_contacts WHERE child_id = ? AND kind = 'mundtlig_orientering' LIMIT 1").get(input.childId);
  if (!oral && child.abuse_suspected !== 1) {
    if (input.toParents) throw new AppError('ORAL_INFO_FIRST');
    if (!input.confirmWithoutOral) {
      throw new AppError('CONFIRM_NEEDED', exportText.dispatch.notOrientedOrally);
    }
  }
  if (input.basis === 'samtykke') {
    const today = todayIso(ctx);
    const ok = consentCoverage(db, input.childId, 'videregivelse', today).valid || consentCoverage(db, input.childId, 'overgang', today).valid;
    if (!ok) throw new AppError('CONSENT_REQUIRED', exportText.dispatch.noConsent, 'basis');
  }
  if (input.basis === 'paragraf_3a' && getKommune(db).transitionBasis !== 'paragraf_3a') {
    throw new AppError('INVALID_INPUT', exportText.dispatch.no3a, 'basis');
  }
}

/**
 * Records that a document went to someone (SPEC req. 24). The app sends nothing itself. Parents are told orally
 * before they get anything in writing (SPEC req. 19) – unless there is a suspicion of abuse, where the kommune's
 * underretning procedure applies instead.
 */
export function recordDispatch(ctx: Ctx, input: DispatchInput): string {
  const db = ctx.db;
  return db.transaction(() => {
    assertDispatchAllowed(ctx, input);
    const doc = stmt(db, 'SELECT id FROM documents WHERE document_id = ? ORDER BY created_at DESC LIMIT 1').get(input.documentId) as { id: string } | undefined;
    const id = newId();
    stmt(
      db,
      `INSERT INTO dispatches (id, document_row_id, document_id, child_id, meeting_id, recipient, recipient_authority, channel, basis, note, sent_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, doc?.id ?? null, input.documentId, input.childId, input.meetingId, input.recipient, input.recipientAuthority, input.channel, input.basis, input.note, nowTs(ctx), ctx.actor());
    audit(ctx, 'dispatch.record', 'child', input.childId, `Registrerede udsendelse af ${input.documentId}`);
    return id;
  })();
}
