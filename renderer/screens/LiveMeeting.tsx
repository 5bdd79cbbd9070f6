import { useCallback, useEffect, useState } from 'react';
import { formatDuration, formatLongDate } from '../../shared/format/danishDate';
import { roleLabel, type RoleCode } from '../../shared/domain/roles';
import { ATTENDANCE_LABELS, type AgendaItem, type Attendance, type MeetingDetail } from '../../shared/schemas/meeting';
import { ITEM_KIND_LABELS, LAERINGSKOMPETENCER, OUTCOME_LABELS, type OutcomeCode } from '../../shared/templates/schema';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { RoleSelect } from '../components/RoleSelect';
import { MeetingHeader } from '../components/MeetingHeader';
import { DialogActions, Modal } from '../components/Modal';
import { SaveIndicator } from '../components/SaveIndicator';
import { call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { hrefFor, navigate } from '../lib/router';
import { useAutosave } from '../lib/useAutosave';
import { useItemTimer } from '../lib/useItemTimer';
import { HandleplanEditor } from '../features/handleplan/HandleplanEditor';
import { PreparationForItem } from '../features/preparation/PreparationCard';
import { DateInput } from '../components/DanishDateTime';
import { screenText } from '../../shared/text/screens';
import { StartMeetingButton } from '../features/meetingDay/StartMeetingButton';

const ATTENDANCE_CHOICES: Attendance[] = ['til_stede', 'afbud', 'fravaerende'];

export function LiveMeeting({ id }: { id: string }) {
  const meeting = useQuery(() => call('meeting.get', { id }), [id]);
  const action = useAction();
  const m = meeting.data;

  const replaceItem = useCallback(
    (item: AgendaItem) => {
      if (!meeting.data) return;
      meeting.setData({ ...meeting.data, items: meeting.data.items.map((i) => (i.id === item.id ? item : i)) });
    },
    [meeting],
  );

  if (!m) return <ErrorBanner error={meeting.error} />;
  if (m.status !== 'i_gang') {
    return (
      <>
        <MeetingHeader m={m} active="afvikling" />
        <div className="alert info">
          {m.status === 'afholdt' || m.status === 'godkendt' ? (
            <>
              {screenText.live.held} <a href={hrefFor({ name: 'referat', id })}>{t.meeting.openReferat}</a>
            </>
          ) : (
            <>
              {t.live.notStarted}{' '}
              {(m.status === 'planlagt' || m.status === 'indkaldt') && (
                <StartMeetingButton m={m} onStarted={meeting.setData} />
              )}
            </>
          )}
        </div>
        <ErrorBanner error={action.error} />
      </>
    );
  }
  return <Running m={m} setMeeting={meeting.setData} replaceItem={replaceItem} />;
}

function Running({ m, setMeeting, replaceItem }: { m: MeetingDetail; setMeeting: (d: MeetingDetail) => void; replaceItem: (i: AgendaItem) => void }) {
  const action = useAction();
  const current = m.items.find((i) => i.id === m.currentItemId) ?? m.items[0] ?? null;
  const index = current ? m.items.indexOf(current) : -1;
  const persistTime = useCallback((itemId: string, seconds: number) => void call('item.recordTime', { id: itemId, elapsedSeconds: seconds }).catch(() => undefined), []);
  const timer = useItemTimer(current?.id ?? null, current?.elapsedSeconds ?? 0, persistTime);
  const [phaseOpen, setPhaseOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);

  const phases = m.template.phases ?? [];
  const phaseIndex = phases.findIndex((p) => p.key === m.currentPhase);
  const nextPhase = phaseIndex >= 0 ? phases[phaseIndex + 1] : undefined;
  // The core refuses an item of another phase (SPEC req. 5); the screen does not offer it.
  const inOtherPhase = (it: AgendaItem) => phaseIndex >= 0 && it.phase !== null && it.phase !== m.currentPhase;
  const nextItem = m.items[index + 1];
  const prevItem = index > 0 ? m.items[index - 1] : undefined;
  const nextOpenId = nextItem && !inOtherPhase(nextItem) ? nextItem.id : null;
  const prevOpenId = prevItem && !inOtherPhase(prevItem) ? prevItem.id : null;

  const goTo = useCallback(
    async (itemId: string) => {
      if (current) {
        const seconds = timer.snapshot();
        persistTime(current.id, seconds);
        replaceItem({ ...current, elapsedSeconds: seconds });
      }
      const d = await action.run(() => call('meeting.setCurrentItem', { id: m.id, itemId }));
      if (d) setMeeting(d);
    },
    [action, current, m.id, persistTime, replaceItem, setMeeting, timer],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey) return;
      if (e.key === 'ArrowRight' && nextOpenId) {
        e.preventDefault();
        void goTo(nextOpenId);
      } else if (e.key === 'ArrowLeft' && prevOpenId) {
        e.preventDefault();
        void goTo(prevOpenId);
      } else if (e.key.toLowerCase() === 't') {
        e.preventDefault();
        if (timer.running) timer.pause();
        else timer.start();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, nextOpenId, prevOpenId, timer]);


  async function end() {
    if (current) persistTime(current.id, timer.snapshot());
    const d = await action.run(() => call('meeting.end', { id: m.id }));
    if (d) navigate({ name: 'referat', id: m.id });
  }

  return (
    <>
      <MeetingHeader m={m} active="afvikling" />
      <ErrorBanner error={action.error} onClose={action.clear} />
      <div className="toolbar no-print" style={{ marginBottom: '1rem' }}>
        <a className="button" href={hrefFor({ name: 'foraeldre', id: m.id })}>
          {t.live.parentView}
        </a>
        {nextPhase && (
          <button type="button" onClick={() => setPhaseOpen(true)}>
            {t.live.switchPhase(nextPhase.title)}
          </button>
        )}
        <button type="button" className="danger" onClick={() => setEndOpen(true)}>
          {t.live.end}
        </button>
      </div>
      <div className="live">
        <div>
          <section className="card live-agenda" aria-labelledby="live-agenda">
            <h2 id="live-agenda">{t.live.agenda}</h2>
            {phaseIndex >= 0 && (
              <p className="meta">
                {t.live.phaseNow}: {phases[phaseIndex]!.title}
              </p>
            )}
            {m.items.map((it, i) => {
              const otherPhase = inOtherPhase(it);
              const later = otherPhase && phases.findIndex((p) => p.key === it.phase) > phaseIndex;
              return (
              <button
                key={it.id}
                type="button"
                aria-current={it.id === current?.id ? 'step' : undefined}
                disabled={otherPhase}
                title={otherPhase ? (later ? t.live.phaseLaterItem(phases.find((p) => p.key === it.phase)?.title ?? '') : t.live.phaseDoneItem) : undefined}
                onClick={() => void goTo(it.id)}
              >
                <span>
                  {i + 1}. {it.title}
                  {it.childName ? ` – ${it.childName}` : it.anonLabel ? ` – ${it.anonLabel}` : ''}
                </span>
                <span className="time">
                  {formatDuration(it.id === current?.id ? timer.elapsed : it.elapsedSeconds)} / {it.minutes}:00
                </span>
              </button>
              );
            })}
          </section>
          <Attendance m={m} setMeeting={setMeeting} />
        </div>
        {current ? (
          <CurrentItem
            key={current.id}
            m={m}
            item={current}
            index={index}
            timer={timer}
            replaceItem={replaceItem}
            setMeeting={setMeeting}
            onPrev={prevOpenId ? () => void goTo(prevOpenId) : null}
            onNext={nextOpenId ? () => void goTo(nextOpenId) : null}
            onNextPhase={nextItem && inOtherPhase(nextItem) && nextPhase ? { title: nextPhase.title, open: () => setPhaseOpen(true) } : null}
          />
        ) : (
          <div />
        )}
      </div>
      {nextPhase && (
        <PhaseDialog m={m} open={phaseOpen} phase={nextPhase} onClose={() => setPhaseOpen(false)} onDone={(d) => { setMeeting(d); setPhaseOpen(false); }} />
      )}
      <Modal title={t.live.end} open={endOpen} onClose={() => setEndOpen(false)}>
        <p>{t.live.endConfirm}</p>
        <DialogActions
          onCancel={() => setEndOpen(false)}
          confirmLabel={t.live.end}
          onConfirm={() => void end()}
        />
      </Modal>
    </>
  );
}

function Attendance({ m, setMeeting }: { m: MeetingDetail; setMeeting: (d: MeetingDetail) => void }) {
  const action = useAction();
  const regular = m.participants.filter((p) => p.guestItemId === null);
  const phaseTitle = m.template.phases?.find((p) => p.key === m.currentPhase)?.title ?? '';
  return (
    <section className="card" aria-labelledby="attendance">
      <h2 id="attendance">{t.live.attendance}</h2>
      <ErrorBanner error={action.error} />
      <div className="attendance">
        {regular.map((p) => (
          <div key={p.id}>
            <div className="who">
              {p.name} ({p.initials})
            </div>
            <div className="meta">{roleLabel(p.role)}</div>
            {p.inCurrentPhase === false ? (
              <div data-testid="not-in-phase">
                <span className="badge">{t.live.notInPhase(phaseTitle)}</span>
                {p.attendance === 'til_stede' && <div className="meta">{t.live.presentEarlier}</div>}
              </div>
            ) : (
            <div className="seg" role="group" aria-label={screenText.live.attendanceFor(p.name)}>
              {ATTENDANCE_CHOICES.map((a) => (
                <button
                  key={a}
                  type="button"
                  aria-pressed={p.attendance === a}
                  onClick={() => void action.run(() => call('participant.update', { id: p.id, attendance: a })).then((d) => d && setMeeting(d))}
                >
                  {ATTENDANCE_LABELS[a]}
                </button>
              ))}
            </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

interface TimerApi {
  elapsed: number;
  running: boolean;
  start(): void;
  pause(): void;
}

function CurrentItem({
  m,
  item,
  index,
  timer,
  replaceItem,
  setMeeting,
  onPrev,
  onNext,
  onNextPhase,
}: {
  m: MeetingDetail;
  item: AgendaItem;
  index: number;
  timer: TimerApi;
  replaceItem: (i: AgendaItem) => void;
  setMeeting: (d: MeetingDetail) => void;
  onPrev: (() => void) | null;
  onNext: (() => void) | null;
  onNextPhase: { title: string; open: () => void } | null;
}) {
  const action = useAction();
  const [notes, setNotes] = useState(item.notes);
  const [data, setData] = useState(item.data);
  const notesSave = useAutosave(notes, (v) => call('item.update', { id: item.id, patch: { notes: v } }), { revert: setNotes });
  const dataSave = useAutosave(data, (v) => call('item.update', { id: item.id, patch: { data: v } }), { revert: setData });
  const left = item.minutes * 60 - timer.elapsed;
  const over = left < 0;
  const isChild = item.kind === 'barn' || item.kind === 'anonym';
  const guests = m.participants.filter((p) => p.guestItemId === item.id);

  const mutateItem = async (fn: () => Promise<AgendaItem>) => {
    const next = await action.run(fn);
    if (next) replaceItem(next);
    return next;
  };

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
      {isChild && m.template.outcomes.length > 0 && (
        <div className="grid-2">
          <div className="field">
            <label htmlFor="outcome">{t.live.outcome}</label>
            <select id="outcome" value={item.outcome ?? ''} onChange={(e) => void mutateItem(() => call('item.update', { id: item.id, patch: { outcome: (e.target.value || null) as OutcomeCode | null } }))}>
              <option value="">{t.app.choose}</option>
              {m.template.outcomes.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </div>
          <OutcomeNote item={item} />
        </div>
      )}
      {isChild && <OutcomeProposalPanel m={m} item={item} mutateItem={mutateItem} />}
      {item.kind === 'handleplan' && <LiveHandleplan meetingId={m.id} />}
      <Decisions item={item} mutateItem={mutateItem} />
      <Followups m={m} item={item} mutateItem={mutateItem} />
      <GuestAdder m={m} item={item} setMeeting={setMeeting} />
    </section>
  );
}

function LiveHandleplan({ meetingId }: { meetingId: string }) {
  const plan = useQuery(() => call('form.getHandleplan', { meetingId }), [meetingId]);
  if (!plan.data) return <ErrorBanner error={plan.error} />;
  return <HandleplanEditor meetingId={meetingId} initial={plan.data} locked={false} />;
}

/**
 * What the chosen outcome leads to, as the core proposes it. Nothing is created by choosing or by moving through the
 * list with the keyboard; only the confirm button creates the follow-up or the meeting.
 */
function OutcomeProposalPanel({ m, item, mutateItem }: { m: MeetingDetail; item: AgendaItem; mutateItem: (fn: () => Promise<AgendaItem>) => Promise<AgendaItem | undefined> }) {
  const p = item.outcomeProposal;
  const [owner, setOwner] = useState<string>('');
  const ownerId = owner || p?.ownerPersonId || '';
  const present = m.participants.filter((x) => x.attendance !== 'afbud' && x.attendance !== 'fravaerende' && x.role !== 'foraelder');
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

function OutcomeNote({ item }: { item: AgendaItem }) {
  const [note, setNote] = useState(item.outcomeNote);
  const save = useAutosave(note, (v) => call('item.update', { id: item.id, patch: { outcomeNote: v } }), { revert: setNote });
  return (
    <div className="field">
      <label htmlFor="outcome-note">
        {t.live.outcomeNote} <SaveIndicator state={save.state} error={save.error} />
      </label>
      <input id="outcome-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => void save.flush()} />
    </div>
  );
}

function Decisions({ item, mutateItem }: { item: AgendaItem; mutateItem: (fn: () => Promise<AgendaItem>) => Promise<AgendaItem | undefined> }) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="decisions-h">
      <h3 id="decisions-h">{t.live.decisions}</h3>
      <ul className="list-plain">
        {item.decisions.map((d) => (
          <li key={d.id}>
            <span>– {d.text}</span>
            <button type="button" className="small" aria-label={`${t.app.remove}: ${d.text}`} onClick={() => void mutateItem(() => call('decision.remove', { id: d.id }))}>
              {t.app.remove}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        style={{ marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void mutateItem(() => call('decision.add', { itemId: item.id, text })).then((r) => r && setText(''));
        }}
      >
        <label htmlFor="new-decision" className="visually-hidden">
          {t.live.newDecision}
        </label>
        <input id="new-decision" type="text" value={text} placeholder={t.live.newDecision} onChange={(e) => setText(e.target.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit">{t.live.addDecision}</button>
      </form>
    </section>
  );
}

function Followups({ m, item, mutateItem }: { m: MeetingDetail; item: AgendaItem; mutateItem: (fn: () => Promise<AgendaItem>) => Promise<AgendaItem | undefined> }) {
  const [who, setWho] = useState('');
  const [external, setExternal] = useState('');
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const [editing, setEditing] = useState<AgendaItem['followups'][number] | null>(null);
  const people = m.participants;
  return (
    <section aria-labelledby="followups-h" style={{ marginTop: '1rem' }}>
      <h3 id="followups-h">{t.live.followups}</h3>
      <ul className="list-plain">
        {item.followups.map((f) => (
          <li key={f.id}>
            <span>
              {screenText.followupOwner(f.ownerInitials, f.external ? f.ownerName : null)} {f.text}
              {f.dueDate ? screenText.due(formatLongDate(f.dueDate)) : ''}
            </span>
            <span className="toolbar">
              <button type="button" className="small" aria-label={`${t.live.editFollowup}: ${f.text}`} onClick={() => setEditing(f)}>
                {t.app.edit}
              </button>
              <button type="button" className="small" aria-label={`${t.app.remove}: ${f.text}`} onClick={() => void mutateItem(() => call('followup.remove', { id: f.id }))}>
                {t.app.remove}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        className="grid-3"
        style={{ alignItems: 'end', marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          // The core matches the initials to the meeting's people (any case, Æ/Ø/Å) and refuses unknown ones.
          void mutateItem(() =>
            call('followup.add', { itemId: item.id, ownerInitials: who, ownerPersonId: null, externalName: external.trim() || null, text: what, dueDate: when || null }),
          ).then((r) => {
            if (r) {
              setWhat('');
              setWhen('');
              setExternal('');
            }
          });
        }}
      >
        <div className="field">
          <label htmlFor="fu-who">{t.live.followupWho}</label>
          <input id="fu-who" type="text" list="fu-initials" value={who} onChange={(e) => setWho(e.target.value)} />
          <datalist id="fu-initials">
            {people.map((p) => (
              <option key={p.id} value={p.initials}>
                {p.name}
              </option>
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="fu-what">{t.live.followupWhat}</label>
          <input id="fu-what" type="text" value={what} onChange={(e) => setWhat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="fu-when">{t.live.followupWhen}</label>
          <DateInput id="fu-when" value={when} onChange={setWhen} />
        </div>
        <div className="field">
          <label htmlFor="fu-ext">{t.live.followupExternal}</label>
          <input id="fu-ext" type="text" aria-describedby="fu-ext-help" value={external} onChange={(e) => setExternal(e.target.value)} />
          <span id="fu-ext-help" className="meta">
            {t.live.followupExternalHelp}
          </span>
        </div>
        <div>
          <button type="submit" disabled={!who.trim() || !what.trim()}>
            {t.live.addFollowup}
          </button>
        </div>
      </form>
      {editing && <FollowupEditor f={editing} onClose={() => setEditing(null)} onSaved={(u) => void mutateItem(() => Promise.resolve({ ...item, followups: item.followups.map((x) => (x.id === u.id ? u : x)) })).then(() => setEditing(null))} />}
    </section>
  );
}

/** Owner, text and date of a follow-up can be corrected until the referat is approved (and under a correction). */
function FollowupEditor({ f, onClose, onSaved }: { f: AgendaItem['followups'][number]; onClose: () => void; onSaved: (updated: AgendaItem['followups'][number]) => void }) {
  const action = useAction();
  const [who, setWho] = useState(f.ownerInitials);
  const [external, setExternal] = useState(f.external ? (f.ownerName ?? '') : '');
  const [what, setWhat] = useState(f.text);
  const [when, setWhen] = useState(f.dueDate ?? '');
  return (
    <Modal title={t.live.editFollowup} open onClose={onClose}>
      <ErrorBanner error={action.error} />
      <div className="field">
        <label htmlFor="fe-who">{t.live.followupWho}</label>
        <input id="fe-who" type="text" value={who} onChange={(e) => setWho(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="fe-ext">{t.live.followupExternal}</label>
        <input id="fe-ext" type="text" value={external} onChange={(e) => setExternal(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="fe-what">{t.live.followupWhat}</label>
        <input id="fe-what" type="text" value={what} onChange={(e) => setWhat(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="fe-when">{t.live.followupWhen}</label>
        <input id="fe-when" type="date" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>
      <DialogActions
        onCancel={onClose}
        confirmLabel={t.app.save}
        disabled={!who.trim() || !what.trim()}
        onConfirm={() =>
          void action
            .run(() => call('followup.update', { id: f.id, patch: { ownerInitials: who, externalName: external.trim() || null, text: what, dueDate: when || null } }))
            .then((r) => r && onSaved(r))
        }
      />
    </Modal>
  );
}

/** The directory can hold every parent in the kommune: it is loaded only when the chair opens „Tilføj gæst". */
function GuestAdder(props: { m: MeetingDetail; item: AgendaItem; setMeeting: (d: MeetingDetail) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <details style={{ marginTop: '1rem' }} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.live.addGuest}</summary>
      {open && <GuestForm {...props} />}
    </details>
  );
}

function GuestForm({ m, item, setMeeting }: { m: MeetingDetail; item: AgendaItem; setMeeting: (d: MeetingDetail) => void }) {
  const people = useQuery(() => call('person.list', {}), []);
  const action = useAction();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleCode | ''>('');
  const available = (people.data ?? []).filter((p) => !m.participants.some((x) => x.personId === p.id));
  return (
    <>
      <ErrorBanner error={action.error} />
      <form
        className="grid-3"
        style={{ alignItems: 'end', marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          const person = available.find((p) => p.id === personId);
          if (!person) return;
          void action
            .run(() => call('participant.add', { meetingId: m.id, personId, role: role || person.role, consultative: false, guestItemId: item.id }))
            .then((d) => {
              if (d) {
                setMeeting(d);
                setPersonId('');
              }
            });
        }}
      >
        <div className="field">
          <label htmlFor="guest-person">{t.meeting.person}</label>
          <select id="guest-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t.app.choose}</option>
            {available.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.initials})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="guest-role">{t.meeting.role}</label>
          <RoleSelect id="guest-role" optional value={role} onChange={(r) => setRole(r)} />
        </div>
        <div>
          <button type="submit" disabled={!personId}>
            {t.app.add}
          </button>
        </div>
      </form>
    </>
  );
}

function PhaseDialog({
  m,
  open,
  phase,
  onClose,
  onDone,
}: {
  m: MeetingDetail;
  open: boolean;
  phase: { key: string; title: string };
  onClose: () => void;
  onDone: (d: MeetingDetail) => void;
}) {
  const regular = m.participants.filter((p) => p.guestItemId === null && p.attendance !== 'afbud' && p.attendance !== 'fravaerende');
  const [staying, setStaying] = useState<string[]>(() => regular.map((p) => p.id));
  const action = useAction();
  return (
    <Modal title={t.live.switchPhase(phase.title)} open={open} onClose={onClose}>
      <ErrorBanner error={action.error} />
      <fieldset>
        <legend>{t.live.whoStays}</legend>
        {regular.map((p) => (
          <label className="check" key={p.id}>
            <input
              type="checkbox"
              checked={staying.includes(p.id)}
              onChange={(e) => setStaying(e.target.checked ? [...staying, p.id] : staying.filter((s) => s !== p.id))}
            />
            {p.name} ({p.initials}) – {roleLabel(p.role)}
          </label>
        ))}
      </fieldset>
      <DialogActions
        onCancel={onClose}
        confirmLabel={t.live.switchPhase(phase.title)}
        onConfirm={() => void action.run(() => call('meeting.switchPhase', { id: m.id, phase: phase.key, stayingParticipantIds: staying })).then((d) => d && onDone(d))}
      />
    </Modal>
  );
}
