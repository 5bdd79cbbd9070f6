import { useState } from 'react';
import { roleLabel } from '../../../shared/domain/roles';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';

/** Switching phase (distriktsmøde → flerfaglig sparring): who stays for the next phase. */
export function PhaseDialog({
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
