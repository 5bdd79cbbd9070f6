import { addDays } from '../../../shared/format/danishDate';
import type { OutcomeCode } from '../../../shared/templates/schema';
import type { Ctx } from '../context';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { createMeeting } from './createMeeting';
import { getItemRow, getMeetingRow } from './meetingRows';
import { latestVersion } from '../referat/referatService';

export type EscalationReason = 'underretning' | 'aftale_med_foraeldrene';

/**
 * Dialogmøde → netværksmøde (SPEC req. 3): a reason is required; on the agreement path the approved dialogmøde
 * referat is attached and recorded as sent to familieafdelingen; the distriktsrådgiver takes over as mødeleder
 * and ejer (the netværksmøde template's roles); familierådslagning is offered as the next step by the screen.
 */
export function escalateToNetvaerk(ctx: Ctx, input: { meetingId: string; reason: EscalationReason; date: string; startTime: string; familieafdeling: string }): string {
  const db = ctx.db;
  return db.transaction(() => {
    const m = getMeetingRow(db, input.meetingId);
    if (m.type !== 'dialogmoede') throw new AppError('TEMPLATE_RULE', 'Kun et dialogmøde kan eskaleres til et netværksmøde.');
    if (!m.child_id) throw new AppError('CONFLICT', 'Dialogmødet handler ikke om et bestemt barn.');
    const v = latestVersion(ctx, m.id);
    if (input.reason === 'aftale_med_foraeldrene' && (!v || v.status === 'udkast')) {
      throw new AppError('CONFLICT', 'Referatet fra dialogmødet skal være godkendt, før det kan sendes til familieafdelingen som bekræftelse på aftalen med forældrene.');
    }
    const id = createMeeting(db, { templateId: 'netvaerksmoede', date: input.date, startTime: input.startTime, childId: m.child_id });
    stmt(db, 'UPDATE meetings SET escalated_from_id = ?, escalation_reason = ? WHERE id = ?').run(m.id, input.reason, id);
    if (v && v.status !== 'udkast') {
      // The approved referat goes with the case: to familieafdelingen as confirmation of the agreement.
      stmt(
        db,
        `INSERT INTO dispatches (id, document_id, child_id, meeting_id, recipient, recipient_authority, channel, basis, note, sent_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, 'sikker_mail', ?, ?, ?, ?)`,
      ).run(
        newId(),
        v.document_id,
        m.child_id,
        m.id,
        input.familieafdeling,
        input.familieafdeling,
        input.reason === 'underretning' ? 'underretning' : 'foraeldre',
        input.reason === 'underretning' ? 'Vedlagt netværksmødet efter underretning' : 'Sendt som bekræftelse på aftalen med forældrene om netværksmøde',
        nowTs(ctx),
        ctx.actor(),
      );
    }
    audit(ctx, 'escalate.netvaerk', 'meeting', id, `Eskalerede dialogmøde til netværksmøde (${input.reason === 'underretning' ? 'underretning' : 'aftale med forældrene'})`);
    return id;
  })();
}

const OUTCOME_FOLLOWUP: Partial<Record<OutcomeCode, { text: string; role: string[] }>> = {
  ppr_observation: { text: 'PPR-observation af barnet aftales og gennemføres', role: ['ppr_psykolog', 'ppr', 'specialpaedagog', 'tale_hoere_konsulent'] },
  underretning: { text: 'Underretning sendes til myndighedsafdelingen efter kommunens procedure', role: ['dagtilbudsleder'] },
  samtale_med_foraeldrene: { text: 'Samtale med forældrene om det videre forløb', role: ['primaer_paedagog', 'paedagog', 'dagtilbudsleder'] },
  foelg_op_naeste_moede: { text: 'Barnet drøftes igen på næste møde', role: ['dagtilbudsleder'] },
  handleplan: { text: 'Handleplan udarbejdes sammen med forældrene', role: ['dagtilbudsleder'] },
};

/**
 * A ressourceteam outcome creates what it names (issue: „ressourceteam outcomes create the follow-up or the new
 * meeting they name"): a follow-up for the right person, or a planned netværksmøde for the child.
 */
export function applyOutcome(ctx: Ctx, itemId: string): { followupId?: string; meetingId?: string } {
  const db = ctx.db;
  const item = getItemRow(db, itemId);
  const outcome = item.outcome as OutcomeCode | null;
  if (!outcome) return {};
  const m = getMeetingRow(db, item.meeting_id);
  const data = JSON.parse(item.data) as { outcomeActions?: Record<string, string> };
  const done = data.outcomeActions ?? {};
  if (done[outcome]) return {};
  const result: { followupId?: string; meetingId?: string } = {};
  if (outcome === 'indkald_netvaerksmoede') {
    if (!item.child_id) return {};
    const id = createMeeting(db, { templateId: 'netvaerksmoede', date: addDays(m.date, 14), startTime: m.start_time, childId: item.child_id });
    result.meetingId = id;
    done[outcome] = id;
  } else {
    const rule = OUTCOME_FOLLOWUP[outcome];
    if (!rule) return {};
    const owner = stmt(
      db,
      `SELECT p.id, p.initials FROM participants pa JOIN people p ON p.id = pa.person_id
        WHERE pa.meeting_id = ? AND pa.role IN (SELECT value FROM json_each(?)) ORDER BY pa.position LIMIT 1`,
    ).get(m.id, JSON.stringify(rule.role)) as { id: string; initials: string } | undefined;
    const chair = stmt(db, 'SELECT id, initials FROM people WHERE id = ?').get(m.chair_id) as { id: string; initials: string } | undefined;
    const who = owner ?? chair;
    const id = newId();
    stmt(
      db,
      `INSERT INTO followups (id, meeting_id, item_id, child_id, owner_person_id, owner_initials, text, due_date, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, m.id, item.id, item.child_id, who?.id ?? null, who?.initials ?? '?', rule.text, addDays(m.date, 14), nowTs(ctx));
    result.followupId = id;
    done[outcome] = id;
  }
  stmt(db, 'UPDATE agenda_items SET data = ? WHERE id = ?').run(JSON.stringify({ ...data, outcomeActions: done }), item.id);
  return result;
}
