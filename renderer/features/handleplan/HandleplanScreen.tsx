import { ErrorBanner } from '../../components/ErrorBanner';
import { MeetingHeader } from '../../components/MeetingHeader';
import { call } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';
import { referatScreenText as RS } from '../../../shared/text/referatScreen';
import { HandleplanEditor } from './HandleplanEditor';

/** The handleplan tab: editable while the core says the meeting may be changed (`form.handleplanView`). */
export function HandleplanScreen({ id }: { id: string }) {
  const watch = { aggregate: 'meeting' as const, id };
  const meeting = useLiveQuery(() => call('meeting.get', { id }), [id], watch);
  const view = useLiveQuery(() => call('form.handleplanView', { meetingId: id }), [id], watch);
  if (!meeting.data || !view.data) return <ErrorBanner error={meeting.error ?? view.error} />;
  return (
    <>
      <MeetingHeader m={meeting.data} active="handleplan" />
      <div className="card">
        {!view.data.editable && <div className="alert info">{RS.handleplanLocked}</div>}
        <HandleplanEditor meetingId={id} initial={view.data.plan} locked={!view.data.editable} />
      </div>
    </>
  );
}
