import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { AppError, call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { StartMeetingButton } from '../meetingDay/StartMeetingButton';
import type { MeetingOwner } from '../meeting/useMeeting';
import type { Act } from './AgendaRow';

function ExportDagsorden({ meetingId }: { meetingId: string }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => void action.run(() => call('export.document', { meetingId, kind: 'dagsorden' })).then((r) => r && setSaved(r.path))}>
        {t.meeting.exportDagsorden}
      </button>
      {saved && (
        <span className="saved" role="status">
          {t.documents.saved(saved)}
        </span>
      )}
      <ErrorBanner error={action.error} />
    </>
  );
}

/** A checkbox that shows the new state at once and settles when the core has answered. */
function OptimisticCheck({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => Promise<unknown> }) {
  const [pending, setPending] = useState<boolean | null>(null);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={pending ?? checked}
        onChange={(e) => {
          const v = e.target.checked;
          setPending(v);
          void onChange(v).finally(() => setPending(null));
        }}
      />
      {label}
    </label>
  );
}

/** Convened / agreed / sent, start or resume, the dagsorden, and cancelling. Hidden when the meeting cannot change. */
export function ActionsCard({ m, owner, act }: { m: MeetingDetail; owner: MeetingOwner; act: Act }) {
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [needsConfirm, setNeedsConfirm] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<AppError | null>(null);
  const open = m.status === 'planlagt' || m.status === 'indkaldt';

  async function doCancel(confirmed: boolean) {
    try {
      await owner.run(() => call('meeting.cancel', { id: m.id, reason, confirmed }));
      setCancelOpen(false);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CANCEL_NEEDS_CONFIRM') setNeedsConfirm(e.message);
      else if (e instanceof AppError) setCancelError(e);
    }
  }

  if (!m.editable) return null;
  return (
    <section className="card" aria-labelledby="actions">
      <h2 id="actions" className="visually-hidden">
        {screenText.plan.actions}
      </h2>
      {open && (
        <fieldset>
          <legend>{t.meeting.warnings}</legend>
          <OptimisticCheck label={t.meeting.convened} checked={m.status === 'indkaldt'} onChange={(v) => act(() => owner.update({ convened: v }))} />
          {m.template.parentsAgreeAgenda && <OptimisticCheck label={t.meeting.agendaAgreed} checked={!!m.agendaAgreedAt} onChange={(v) => act(() => owner.update({ agendaAgreed: v }))} />}
          {m.template.preparation && (
            <OptimisticCheck label={t.meeting.preparationSent} checked={!!m.preparationSentAt} onChange={(v) => act(() => owner.update({ preparationSent: v }))} />
          )}
        </fieldset>
      )}
      <div className="toolbar">
        {open && (
          <StartMeetingButton
            m={m}
            onStarted={(d) => {
              owner.apply(d);
              navigate({ name: 'afvikling', id: m.id });
            }}
          />
        )}
        {m.status === 'i_gang' && (
          <button type="button" className="primary" onClick={() => navigate({ name: 'afvikling', id: m.id })}>
            {t.meeting.resume}
          </button>
        )}
        {m.status === 'afholdt' && (
          <button type="button" className="primary" onClick={() => navigate({ name: 'referat', id: m.id })}>
            {t.meeting.openReferat}
          </button>
        )}
        <ExportDagsorden meetingId={m.id} />
        {open && (
          <button type="button" className="danger" onClick={() => setCancelOpen(true)}>
            {t.meeting.cancel}
          </button>
        )}
      </div>
      <Modal title={t.meeting.cancel} open={cancelOpen} onClose={() => setCancelOpen(false)}>
        <ErrorBanner error={cancelError} />
        {needsConfirm && (
          <div className="alert warn" role="alert">
            {needsConfirm}
          </div>
        )}
        <div className="field">
          <label htmlFor="cancel-reason">{t.meeting.cancelReason}</label>
          <textarea id="cancel-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setCancelOpen(false)}
          confirmLabel={needsConfirm ? t.meeting.cancelConfirm : t.meeting.cancel}
          danger
          disabled={!reason.trim()}
          onConfirm={() => void doCancel(needsConfirm !== null)}
        />
      </Modal>
    </section>
  );
}
