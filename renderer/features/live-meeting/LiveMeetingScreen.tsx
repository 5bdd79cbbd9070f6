import { useCallback, useEffect, useState } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MeetingHeader } from '../../components/MeetingHeader';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { hrefFor, navigate } from '../../lib/router';
import { useItemTimer } from '../../lib/useItemTimer';
import { StartMeetingButton } from '../meetingDay/StartMeetingButton';
import { useMeeting, type MeetingOwner } from '../meeting/useMeeting';
import { AgendaSidebar } from './AgendaSidebar';
import { Attendance } from './Attendance';
import { CurrentItem } from './CurrentItem';
import { PhaseDialog } from './PhaseDialog';

/** The meeting as it is held. Its data has one owner (useMeeting); every change goes through it. */
export function LiveMeeting({ id }: { id: string }) {
  const owner = useMeeting(id);
  const m = owner.meeting;
  if (!m) return <ErrorBanner error={owner.error} />;
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
              {t.live.notStarted} {(m.status === 'planlagt' || m.status === 'indkaldt') && <StartMeetingButton m={m} onStarted={owner.apply} />}
            </>
          )}
        </div>
      </>
    );
  }
  return <Running m={m} owner={owner} />;
}

function Running({ m, owner }: { m: MeetingDetail; owner: MeetingOwner }) {
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
  const inOtherPhase = useCallback((it: AgendaItem) => phaseIndex >= 0 && it.phase !== null && it.phase !== m.currentPhase, [phaseIndex, m.currentPhase]);
  const nextItem = m.items[index + 1];
  const prevItem = index > 0 ? m.items[index - 1] : undefined;
  const nextOpenId = nextItem && !inOtherPhase(nextItem) ? nextItem.id : null;
  const prevOpenId = prevItem && !inOtherPhase(prevItem) ? prevItem.id : null;
  const { applyItem, run } = owner;

  const goTo = useCallback(
    async (itemId: string) => {
      if (current) {
        const seconds = timer.snapshot();
        persistTime(current.id, seconds);
        applyItem({ ...current, elapsedSeconds: seconds });
      }
      await action.run(() => run(() => call('meeting.setCurrentItem', { id: m.id, itemId })));
    },
    [action, current, m.id, persistTime, applyItem, run, timer],
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
    const d = await action.run(() => run(() => call('meeting.end', { id: m.id })));
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
          <AgendaSidebar m={m} currentId={current?.id ?? null} elapsed={timer.elapsed} phaseIndex={phaseIndex} inOtherPhase={inOtherPhase} goTo={(itemId) => void goTo(itemId)} />
          <Attendance m={m} setMeeting={owner.apply} />
        </div>
        {current ? (
          <CurrentItem
            key={current.id}
            m={m}
            item={current}
            index={index}
            timer={timer}
            owner={owner}
            onPrev={prevOpenId ? () => void goTo(prevOpenId) : null}
            onNext={nextOpenId ? () => void goTo(nextOpenId) : null}
            onNextPhase={nextItem && inOtherPhase(nextItem) && nextPhase ? { title: nextPhase.title, open: () => setPhaseOpen(true) } : null}
          />
        ) : (
          <div />
        )}
      </div>
      {nextPhase && (
        <PhaseDialog
          m={m}
          open={phaseOpen}
          phase={nextPhase}
          onClose={() => setPhaseOpen(false)}
          onDone={(d) => {
            owner.apply(d);
            setPhaseOpen(false);
          }}
        />
      )}
      <Modal title={t.live.end} open={endOpen} onClose={() => setEndOpen(false)}>
        <p>{t.live.endConfirm}</p>
        <DialogActions onCancel={() => setEndOpen(false)} confirmLabel={t.live.end} onConfirm={() => void end()} />
      </Modal>
    </>
  );
}
