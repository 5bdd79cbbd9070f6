import { describeHits, findCprNumbers, guardText } from '../../../shared/domain/privacyGuard';
import type { ExportKind } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatBody, ReferatItem } from '../../../shared/schemas/referat';
import type { Core } from '../app/core';
import { todayIso } from '../context';
import { AppError } from '../errors';
import { consentCoverage, protectedNameMatcher } from '../children/caseRepo';
import { getKommune } from '../settings/kommune';

function itemText(it: ReferatItem): string {
  return [it.title, it.childLabel ?? '', it.text, ...it.decisions, ...it.sections.map((s) => s.text), ...it.followups.map((f) => f.text), it.outcome ?? ''].join('\n');
}

export interface CheckedExport {
  body: ReferatBody;
  warnings: string[];
  transitionNote: string | null;
}

/**
 * Every export checks the consent ledger and the legal basis (issue: „leaves out or flags what is not covered"),
 * and the privacy guard: no CPR number when the kommune has CPR switched off, and no names in anonymous items.
 */
export function checkExport(core: Core, kind: ExportKind, m: MeetingDetail, body: ReferatBody): CheckedExport {
  const db = core.db;
  const today = todayIso(core);
  const k = getKommune(db);
  const warnings: string[] = [];
  const names = protectedNameMatcher(db);

  for (const it of body.items) {
    if (it.anonymous) {
      const hits = guardText(itemText(it), names);
      if (hits.length) throw new AppError('PRIVACY_GUARD', `Punkt ${it.number} er anonymt, men indeholder ${describeHits(hits)}. Ret teksten, før dokumentet laves.`);
    }
  }
  if (!k.cprEnabled) {
    const all = [body.bemaerk, ...body.items.map(itemText), JSON.stringify(body.transition?.form ?? ''), JSON.stringify(body.handleplan?.plan ?? '')].join('\n');
    const cpr = findCprNumbers(all);
    if (cpr.length) throw new AppError('PRIVACY_GUARD', `Dokumentet indeholder ${describeHits(cpr)}, men CPR-numre er slået fra i kommunens indstillinger. Fjern det, før dokumentet laves.`);
  }

  const items = body.items.map((it) => {
    if (!it.childId || it.anonymous) return it;
    const agendaItem = m.items.find((x) => x.childId === it.childId && x.title === it.title) ?? m.items.find((x) => x.childId === it.childId);
    const basis = agendaItem?.basis ?? null;
    if (basis === 'uden_samtykke') {
      warnings.push(`Punkt ${it.number} (${it.childLabel}) er drøftet uden samtykke efter reglerne om udveksling af oplysninger. Videregiv det kun til de parter, reglerne omfatter.`);
      return it;
    }
    if (basis === 'underretning') return it;
    if (!m.template.consentForNamedChild || kind === 'uddrag') return it;
    const cov = consentCoverage(db, it.childId, 'tvaerfagligt_moede', today);
    if (cov.valid) return it;
    warnings.push(`Punkt ${it.number} (${it.childLabel}) er udeladt: ${cov.explanation}.`);
    return {
      ...it,
      childLabel: 'Barn (udeladt)',
      text: 'Punktet er udeladt, fordi forældrenes samtykke ikke længere dækker, at oplysningerne videregives.',
      sections: [],
      decisions: [],
      followups: [],
      outcome: null,
      guests: [],
      purpose: [],
    };
  });

  let transitionNote: string | null = null;
  if (kind === 'overgangsskema' && body.transition && m.childId) {
    if (k.transitionBasis === 'samtykke') {
      const cov = consentCoverage(db, m.childId, 'overgang', today);
      if (!cov.valid) {
        transitionNote = `OBS: Overleveringen er ikke dækket af forældrenes samtykke (${cov.explanation}). Skemaet må ikke sendes til den modtagende institution, før samtykket er givet.`;
        warnings.push(transitionNote);
      }
    } else {
      transitionNote = 'Oplysningerne gives videre efter kommunens retningslinjer efter dagtilbudslovens § 3 a, stk. 3.';
    }
  }
  return { body: { ...body, items }, warnings, transitionNote };
}
