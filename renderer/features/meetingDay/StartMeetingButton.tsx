import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { meetingDayText } from '../../../shared/text/meetingDayText';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { AppError, call } from '../../lib/api';
import { useAction } from '../../lib/hooks';

/**
 * „Start mødet". On another day than planned the core says so (`startOtherDay`, or CONFIRM_NEEDED when the day
 * changed since the screen loaded); the chair confirms, and the meeting is recorded on the day it is held (issue 11).
 */
export function StartMeetingButton({ m, onStarted }: { m: MeetingDetail; onStarted: (d: MeetingDetail) => void }) {
  const action = useAction();
  const [ask, setAsk] = useState<string | null>(null);
  async function start(confirmOtherDay: boolean) {
    try {
      const d = await call('meeting.start', { id: m.id, confirmOtherDay });
      setAsk(null);
      onStarted(d);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFIRM_NEEDED' && e.field === 'confirmOtherDay') setAsk(e.message);
      else await action.run(() => Promise.reject(e));
    }
  }
  return (
    <>
      <button type="button" className="primary" onClick={() => (m.startOtherDay ? setAsk(m.startOtherDay) : void start(false))}>
        {t.meeting.start}
      </button>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <Modal title={meetingDayText.dialogTitle} open={ask !== null} onClose={() => setAsk(null)}>
        <p role="alert">{ask}</p>
        <DialogActions onCancel={() => setAsk(null)} confirmLabel={meetingDayText.confirm} onConfirm={() => void start(true)} />
      </Modal>
    </>
  );
}
