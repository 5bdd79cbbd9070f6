import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { consentCoverage } from '../children/caseRepo';
import { meetingTemplate, type MeetingRow } from './meetingRows';
import { meetingText } from '../../../shared/text/meetingMessages';

export type ItemBasis = 'samtykke' | 'uden_samtykke' | 'underretning';

/** At most one meeting plus one follow-up meeting about a child under the rules for exchange without consent. */
export const MAX_EXCHANGES_WITHOUT_CONSENT = 2;

/**
 * The consent gate (SPEC req. 17; issue: „a named child cannot be put on a ressourceteam agenda without valid
 * consent"). Anonymous items need none. The chair may instead choose the exchange without consent (counted) or
 * an underretning as the basis. Returns the basis the item will carry.
 */
export function assertChildMayBeNamed(ctx: Ctx, m: MeetingRow, childId: string, basis?: ItemBasis | null, itemId?: string): ItemBasis {
  const t = meetingTemplate(m);
  if (!t.consentForNamedChild) return 'samtykke';
  if (basis === 'underretning') return 'underretning';
  if (basis === 'uden_samtykke') {
    const used = stmt(
      ctx.db,
      `SELECT count(*) AS n FROM agenda_items i JOIN meetings mm ON mm.id = i.meeting_id
        WHERE i.child_id = ? AND i.basis = 'uden_samtykke' AND mm.status != 'aflyst' AND i.id IS NOT ?`,
    ).get(childId, itemId ?? null) as { n: number };
    if (used.n >= MAX_EXCHANGES_WITHOUT_CONSENT) {
      throw new AppError(
        'CONSENT_REQUIRED',
        meetingText.consent.exchangeUsed,
        'basis',
      );
    }
    return 'uden_samtykke';
  }
  const cov = consentCoverage(ctx.db, childId, 'tvaerfagligt_moede', m.date);
  if (!cov.valid) {
    throw new AppError(
      'CONSENT_REQUIRED',
      meetingText.consent.missing(cov.explanation),
      'childId',
    );
  }
  return 'samtykke';
}
