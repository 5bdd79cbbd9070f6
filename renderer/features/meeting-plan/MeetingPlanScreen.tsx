import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MeetingHeader } from '../../components/MeetingHeader';
import { Warnings } from '../../components/Warnings';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import { OutlookCard } from '../outlook/OutlookCard';
import { PreparationCard } from '../preparation/PreparationCard';
import { useMeeting } from '../meeting/useMeeting';
import { ActionsCard } from './ActionsCard';
import { AgendaCard } from './AgendaCard';
import { CarriedFollowups } from './CarriedFollowups';
import { DetailsCard, RolesCard } from './DetailsCard';
import { EscalatedFrom } from './EscalatedFrom';
import { ParticipantsCard } from './ParticipantsCard';

/**
 * Planning a meeting. The meeting's data has one owner (useMeeting); what may be changed is what the core says
 * (`editable`, each item's allowed outcomes, who is a professional, the familierådslagning offer).
 */
export function MeetingPlan({ id }: { id: string }) {
  const owner = useMeeting(id);
  const children = useQuery(() => call('child.list', {}), []);
  const action = useAction();
  const m = owner.meeting;
  if (!m) return <ErrorBanner error={owner.error} />;
  const save = (patch: Parameters<typeof owner.update>[0]) => void action.run(() => owner.update(patch));
  return (
    <>
      <MeetingHeader m={m} active="plan" />
      <ErrorBanner error={action.error} onClose={action.clear} />
      {m.status === 'aflyst' && (
        <div className="alert warn" role="status">
          {t.meeting.cancelled}: {m.cancelledReason}
        </div>
      )}
      <Warnings warnings={m.warnings} title={t.meeting.warnings} />
      {m.escalatedFromId && <EscalatedFrom m={m} owner={owner} />}
      <div className="grid-2">
        <DetailsCard m={m} onSave={save} />
        <RolesCard m={m} onSave={save} />
      </div>
      <ParticipantsCard m={m} run={(fn) => action.run(() => owner.run(fn))} />
      <AgendaCard m={m} owner={owner} act={action.run} children={children.data ?? []} />
      {(m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'aflyst') && <OutlookCard m={m} kind="indkaldelse" />}
      {m.template.preparation && m.status !== 'aflyst' && <PreparationCard meetingId={m.id} sentAt={m.preparationSentAt} />}
      <CarriedFollowups m={m} />
      <ActionsCard m={m} owner={owner} act={action.run} />
    </>
  );
}
