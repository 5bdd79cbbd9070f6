import { guardText, describeHits } from '../../../shared/domain/privacyGuard';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { consentCoverage, protectedNameMatcher } from '../children/caseRepo';
import { meetingTemplate, type MeetingRow } from './meetingRows';

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
        'Barnet har allerede været drøftet uden samtykke på ét møde og ét opfølgende møde. Flere drøftelser kræver forældrenes samtykke.',
        'basis',
      );
    }
    return 'uden_samtykke';
  }
  const cov = consentCoverage(ctx.db, childId, 'tvaerfagligt_moede', m.date);
  if (!cov.valid) {
    throw new AppError(
      'CONSENT_REQUIRED',
      `Barnet kan ikke sættes på dagsordenen med navn uden forældrenes samtykke: ${cov.explanation}. ` +
        'Registrér samtykket under barnets sag, gør punktet anonymt, eller vælg udveksling uden samtykke (højst ét møde og ét opfølgende møde).',
      'childId',
    );
  }
  return 'samtykke';
}

/** Free text in an anonymous item must not identify a child: no CPR number, no child’s or parent’s name. */
export function assertAnonymousText(ctx: Ctx, texts: (string | undefined)[]): void {
  const text = texts.filter(Boolean).join('\n');
  if (!text) return;
  const hits = guardText(text, protectedNameMatcher(ctx.db));
  if (hits.length) {
    throw new AppError(
      'PRIVACY_GUARD',
      `Teksten i et anonymt punkt indeholder ${describeHits(hits)}. Skriv den uden oplysninger, der kan identificere barnet – eller knyt punktet til barnet, når der er samtykke.`,
    );
  }
}
