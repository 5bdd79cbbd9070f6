import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { OUTCOME_LABELS } from '../../../shared/templates/codes';
import type { OutcomeCode } from '../../../shared/templates/schema';
import { t } from '../../../shared/text/da';
import { SaveIndicator } from '../../components/SaveIndicator';
import { call } from '../../lib/api';
import { hrefFor } from '../../lib/router';
import { useAutosave } from '../../lib/useAutosave';
import type { MutateItem } from './Decisions';
import type { MeetingOwner } from '../meeting/useMeeting';

/** The outcome of a child item: only the outcomes the core allows on this item (`allowedOutcomes`), and a note. */
export function OutcomeChoice({ item, owner, mutateItem }: { item: AgendaItem; owner: MeetingOwner; mutateItem: MutateItem }) {
  if (item.allowedOutcomes.length === 0) return null;
  return (
    <div className="grid-2">
      <div className="field">
        <label htmlFor="outcome">{t.live.outcome}</label>
        <select id="outcome" value={item.outcome ?? ''} onChange={(e) => void mutateItem(() => call('item.update', { id: item.id, patch: { outcome: (e.target.value || null) as OutcomeCode | null } }))}>
          <option value="">{t.app.choose}</option>
          {item.allowedOutcomes.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <OutcomeNote item={item} save={(v) => owner.updateItem(item.id, { outcomeNote: v })} />
    </div>
  );
}

/**
 * What the chosen outcome leads to, as the core proposes it. Nothing is created by choosing or by moving through the
 * list with the keyboard; only the confirm button creates the follow-up or the meeting.
 */
export function OutcomeProposalPanel({ m, item, mutateItem }: { m: MeetingDetail; item: AgendaItem; mutateItem: MutateItem }) {
  const p = item.outcomeProposal;
  const [owner, setOwner] = useState<string>('');
  const ownerId = owner || p?.ownerPersonId || '';
  const present = m.participants.filter((x) => x.attendance !== 'afbud' && x.attendance !== 'fravaerende' && x.isProfessional);
  return (
    <div aria-live="polite">
      {p && (
        <section className="card proposal" aria-labelledby="proposal-h" data-testid="outcome-proposal">
          <h3 id="proposal-h">{t.live.proposalTitle}</h3>
          <p>
            <strong>{p.kind === 'opfoelgning' ? t.live.proposalFollowup : t.live.proposalMeeting}:</strong> {p.text}
          </p>
          <p className="meta">
            {t.live.proposalDate(p.kind)}: {formatLongDate(p.date)} ({p.dateReason.toLowerCase()})
          </p>
          {p.kind === 'opfoelgning' && (
            <div className="field">
              <label htmlFor="proposal-owner">{t.live.proposalWho}</label>
              <select id="proposal-owner" aria-describedby="proposal-owner-why" value={ownerId} onChange={(e) => setOwner(e.target.value)}>
                <option value="">{t.live.proposalNoOwner}</option>
                {present.map((x) => (
                  <option key={x.id} value={x.personId}>
                    {x.name} ({x.initials})
                  </option>
                ))}
              </select>
              <span id="proposal-owner-why" className="meta">
                {t.live.proposalWhy}: {p.ownerReason}
              </span>
            </div>
          )}
          <button
            type="button"
            className="primary"
            disabled={p.kind === 'opfoelgning' && !ownerId}
            onClick={() =>
              void mutateItem(() =>
                call('item.confirmOutcome', { itemId: item.id, outcome: p.outcome, ...(p.kind === 'opfoelgning' ? { ownerPersonId: ownerId } : {}) }),
              ).then(() => setOwner(''))
            }
          >
            {p.kind === 'opfoelgning' ? t.live.proposalConfirmFollowup : t.live.proposalConfirmMeeting}
          </button>
        </section>
      )}
      {item.outcomeCreated.length > 0 && (
        <section aria-labelledby="created-h" style={{ marginTop: '0.5rem' }}>
          <h3 id="created-h">{t.live.createdTitle}</h3>
          <ul className="list-plain">
            {item.outcomeCreated.map((c) => (
              <li key={c.id}>
                <span>
                  {OUTCOME_LABELS[c.outcome]}: {c.kind === 'netvaerksmoede' ? <a href={hrefFor({ name: 'moede', id: c.id })}>{c.label}</a> : c.label}
                </span>
                {c.undoable && (
                  <button type="button" className="small" title={t.live.undoHelp} aria-label={`${t.live.undo}: ${c.label}`} onClick={() => void mutateItem(() => call('item.undoOutcome', { itemId: item.id, outcome: c.outcome }))}>
                    {t.live.undo}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function OutcomeNote({ item, save: saveNote }: { item: AgendaItem; save: (v: string) => Promise<unknown> }) {
  const [note, setNote] = useState(item.outcomeNote);
  const save = useAutosave(note, saveNote, { revert: setNote });
  return (
    <div className="field">
      <label htmlFor="outcome-note">
        {t.live.outcomeNote} <SaveIndicator state={save.state} error={save.error} />
      </label>
      <input id="outcome-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => void save.flush()} />
    </div>
  );
}

