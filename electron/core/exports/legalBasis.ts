import { describeHits, findCprNumbers } from '../../../shared/domain/privacyGuard';
import { t } from '../../../shared/text/da';
import type { ExportKind } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatBody, ReferatItem } from '../../../shared/schemas/referat';
import type { Core } from '../app/core';
import { todayIso } from '../context';
import { AppError } from '../errors';
import { consentCoverage } from '../children/caseRepo';
import { assertAnonymousExport, referatItemFields } from '../privacy/anonymousGuard';
import { getKommune } from '../settings/kommune';
import { exportText } from '../../../shared/text/exportMessages';

function itemText(it: ReferatItem): string {
  return referatItemFields(it).map((f) => f.text ?? '').join('\n');
}

/**
 * The privacy guard on a document body, for every export path (Word, PDF, print, the parents' access package):
 * every field of every anonymous item, its guests included; and no CPR number anywhere when the kommune has CPR
 * switched off.
 */
export function guardDocumentBody(core: Core, body: ReferatBody): void {
  assertAnonymousExport(
    core.db,
    body.items.filter((it) => it.anonymous).map((it) => ({ number: it.number, fields: referatItemFields(it), guests: it.guests.map((g) => g.name) })),
  );
  if (!getKommune(core.db).cprEnabled) {
    const all = [body.bemaerk, ...body.items.map(itemText), JSON.stringify(body.transition?.form ?? ''), JSON.stringify(body.handleplan?.plan ?? '')].join('\n');
    const cpr = findCprNumbers(all);
    if (cpr.length) throw new AppError('PRIVACY_GUARD', t.privacyGuard.exportCpr(describeHits(cpr)));
  }
}

export interface CheckedExport {
  body: ReferatBody;
  warnings: string[];
  transitionNote: string | null;
}

/** The privacy guard on the dagsorden: every field of every anonymous item it prints, its guests included. */
export function guardAgenda(core: Core, m: MeetingDetail): void {
  assertAnonymousExport(
    core.db,
    m.items
      .map((it, i) => ({ it, number: i + 1 }))
      .filter(({ it }) => it.kind === 'anonym')
      .map(({ it, number }) => ({
        number,
        fields: [
          { field: 'title', text: it.title },
          { field: 'anonLabel', text: it.anonLabel },
          { field: 'description', text: it.description },
          { field: 'guest', text: m.participants.filter((p) => p.guestItemId === it.id).map((p) => p.name).join('\n') },
        ],
        guests: m.participants.filter((p) => p.guestItemId === it.id).map((p) => p.name),
      })),
  );
  if (!getKommune(core.db).cprEnabled) {
    const cpr = findCprNumbers(m.items.map((it) => [it.title, it.anonLabel ?? '', it.description].join('\n')).join('\n'));
    if (cpr.length) throw new AppError('PRIVACY_GUARD', t.privacyGuard.exportCpr(describeHits(cpr)));
  }
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
  guardDocumentBody(core, body);

  const items = body.items.map((it) => {
    if (!it.childId || it.anonymous) return it;
    const agendaItem = m.items.find((x) => x.childId === it.childId && x.title === it.title) ?? m.items.find((x) => x.childId === it.childId);
    const basis = agendaItem?.basis ?? null;
    if (basis === 'uden_samtykke') {
      warnings.push(exportText.legalBasis.withoutConsent(it.number, it.childLabel));
      return it;
    }
    if (basis === 'underretning') return it;
    if (!m.template.consentForNamedChild || kind === 'uddrag') return it;
    const cov = consentCoverage(db, it.childId, 'tvaerfagligt_moede', today);
    if (cov.valid) return it;
    warnings.push(exportText.legalBasis.leftOut(it.number, it.childLabel, cov.explanation));
    return {
      ...it,
      childLabel: exportText.legalBasis.leftOutLabel,
      text: exportText.legalBasis.leftOutText,
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
        transitionNote = exportText.legalBasis.transitionNotCovered(cov.explanation);
        warnings.push(transitionNote);
      }
    } else {
      transitionNote = exportText.legalBasis.transitionBy3a;
    }
  }
  return { body: { ...body, items }, warnings, transitionNote };
}
