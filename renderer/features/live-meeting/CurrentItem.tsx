import { useState } from 'react';
import { formatDuration } from '../../../shared/format/danishDate';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { ITEM_KIND_LABELS, LAERINGSKOMPETENCER } from '../../../shared/templates/codes';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { HandleplanEditor } from '../handleplan/HandleplanEditor';
import { SaveIndicator } from '../../components/SaveIndicator';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import { useAutosave } from '../../lib/useAutosave';
import { PreparationForItem } from '../preparation/PreparationCard';
import type { MeetingOwner } from '../meeting/useMeeting';
import { Decisions } from './Decisions';
import { Followups } from './Followups';
import { GuestAdder } from './GuestAdder';
import { OutcomeChoice, OutcomeProposalPanel } from './OutcomePanel';

export interface TimerApi {
  elapsed: number;
  running: boolean;
  start(): void;
  pause(): void;
}

/** The item being discussed: its time box, prompts, notes, structured fields, outcome, decisions and follow-ups. */
export function CurrentItem({
  m,
  item,
  index,
  timer,
  owner,
  onPrev,
  onNext,
  onNextPhase,
}: {
  m: MeetingDetail;
  item: AgendaItem;
  index: number;
  timer: TimerApi;
  owner: MeetingOwner;
  onPrev: (() => void) | null;
  onNext: (() => void) | null;
  onNextPhase: { title: string; open: () => void } | null;
}) {
  const action = useAction();
  const [notes, setNotes] = useState(item.notes);
  const [data, setData] = useState(item.data);
  // Autosaved text: the reply (the item) is applied to the meeting's one copy, like every other change.
  const notesSave = useAutosave(notes, (v) => owner.updateItem(item.id, { notes: v }), { revert: setNotes });
  const dataSave = useAutosave(data, (v) => owner.updateItem(item.id, { data: v }), { revert: setData });
  const left = item.minutes * 60 - timer.elapsed;
  const over = left < 0;
  const isChild = item.kind === 'barn' || item.kind === 'anonym';
  const guests = m.participants.filter((p) => p.guestItemId === item.id);

  const mutateItem = (fn: () => Promise<AgendaItem>) => action.run(() => owner.runItem(fn));

  return (
    <section className="card" aria-labelledby="current-title">
      <p className="meta">
        {t.live.itemOf(index + 1, m.items.length)} · {ITEM_KIND_LABELS[item.kind]}
        {item.block === '0-2' ? ` · ${t.meeting.block02}` : ''}
      </p>
      <h2 id="current-title" className="current-title">
        {item.title}
        {item.childName ? ` – ${item.childName}` : item.anonLabel ? ` – ${item.anonLabel}` : ''}
      </h2>
      <div className="timer-box">
        <div>
          <div className={`timer${over ? ' over' : ''}`} aria-label={t.live.timeLeft} data-testid="timer">
            {formatDuration(left)}
          </div>
          <div className="meta">{t.live.timeBox(item.minutes)}</div>
        </div>
        <div className="toolbar">
          {timer.running ? (
            <button type="button" onClick={timer.pause} aria-keyshortcuts="Alt+T">
              {t.live.pauseTimer}
            </button>
          ) : (
            <button type="button" className="primary" onClick={timer.start} aria-keyshortcuts="Alt+T">
              {t.live.startTimer}
            </button>
          )}
          {onPrev && (
            <button type="button" onClick={onPrev} aria-keyshortcuts="Alt+ArrowLeft">
              {t.live.previous}
            </button>
          )}
          {onNext && (
            <button type="button" className="primary" onClick={onNext} aria-keyshortcuts="Alt+ArrowRight">
              {t.live.next}
            </button>
          )}
          {onNextPhase && (
            <button type="button" className="primary" onClick={onNextPhase.open}>
              {t.live.switchPhase(onNextPhase.title)}
            </button>
          )}
        </div>
      </div>
      {over && (
        <div className="alert warn" role="alert">
          {t.live.overrun(formatDuration(-left))}
        </div>
      )}
      <ErrorBanner error={action.error} onClose={action.clear} />
      {item.description && <p>{item.description}</p>}
      {item.prompts.length > 0 && (
        <>
          <h3>{t.live.prompts}</h3>
          <ul className="prompt-list">
            {item.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {guests.length > 0 && (
        <p>
          {t.live.guests}: {guests.map((g) => `${g.name} (${g.initials})`).join(', ')}
        </p>
      )}
      {m.template.preparation && isChild && <PreparationForItem meetingId={m.id} itemId={item.id} sentAt={m.preparationSentAt} />}
      <div className="field">
        <label htmlFor="notes">
          {t.live.notes} <SaveIndicator state={notesSave.state} error={notesSave.error} />
        </label>
        <textarea id="notes" value={notes} rows={8} onChange={(e) => setNotes(e.target.value)} onBlur={() => void notesSave.flush()} aria-describedby="notes-hint" />
        <div className="hint" id="notes-hint">
          {t.live.notesHint}
        </div>
      </div>
      {item.kind === 'laeringskompetencer' && (
        <fieldset>
          <legend>
            {t.live.competences} <SaveIndicator state={dataSave.state} error={dataSave.error} />
          </legend>
          {LAERINGSKOMPETENCER.map((c, i) => (
            <div className="field" key={c}>
              <label htmlFor={`komp-${i}`}>{c}</label>
              <textarea
                id={`komp-${i}`}
                rows={2}
                value={data.competences?.[c] ?? ''}
                onChange={(e) => setData({ ...data, competences: { ...(data.competences ?? {}), [c]: e.target.value } })}
                onBlur={() => void dataSave.flush()}
              />
            </div>
          ))}
        </fieldset>
      )}
      {item.kind === 'barnets_perspektiv' && (
        <fieldset>
          <legend>
            {ITEM_KIND_LABELS.barnets_perspektiv} <SaveIndicator state={dataSave.state} error={dataSave.error} />
          </legend>
          <div className="field">
            <label htmlFor="persp-forward">{t.live.looksForward}</label>
            <textarea id="persp-forward" rows={2} value={data.childLooksForward ?? ''} onChange={(e) => setData({ ...data, childLooksForward: e.target.value })} onBlur={() => void dataSave.flush()} />
          </div>
          <div className="field">
            <label htmlFor="persp-worries">{t.live.worries}</label>
            <textarea id="persp-worries" rows={2} value={data.childWorries ?? ''} onChange={(e) => setData({ ...data, childWorries: e.target.value })} onBlur={() => void dataSave.flush()} />
          </div>
        </fieldset>
      )}
      {item.kind === 'evaluering' && (
        <div className="field">
          <label htmlFor="evaluation">
            {t.live.evaluation} <SaveIndicator state={dataSave.state} error={dataSave.error} />
          </label>
          <textarea id="evaluation" rows={3} value={data.evaluation ?? ''} onChange={(e) => setData({ ...data, evaluation: e.target.value })} onBlur={() => void dataSave.flush()} />
        </div>
      )}
      {isChild && <OutcomeChoice item={item} owner={owner} mutateItem={mutateItem} />}
      {isChild && <OutcomeProposalPanel m={m} item={item} mutateItem={mutateItem} />}
      {item.kind === 'handleplan' && <LiveHandleplan meetingId={m.id} />}
      <Decisions item={item} mutateItem={mutateItem} />
      <Followups m={m} item={item} mutateItem={mutateItem} onFollowupSaved={owner.applyFollowup} />
      <GuestAdder m={m} item={item} setMeeting={owner.apply} />
    </section>
  );
}

function LiveHandleplan({ meetingId }: { meetingId: string }) {
  const plan = useQuery(() => call('form.getHandleplan', { meetingId }), [meetingId]);
  if (!plan.data) return <ErrorBanner error={plan.error} />;
  return <HandleplanEditor meetingId={meetingId} initial={plan.data} locked={false} />;
}

