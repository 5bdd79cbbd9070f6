import { ErrorBanner } from '../../components/ErrorBanner';
import { HandleplanEditor } from '../handleplan/HandleplanEditor';
import { MeetingHeader } from '../../components/MeetingHeader';
import { call } from '../../lib/api';
import { useQuery } from '../../lib/hooks';

export function HandleplanScreen({ id }: { id: string }) {
  const meeting = useQuery(() => call('meeting.get', { id }), [id]);
  const plan = useQuery(() => call('form.getHandleplan', { meetingId: id }), [id]);
  if (!meeting.data || !plan.data) return <ErrorBanner error={meeting.error ?? plan.error} />;
  return (
    <>
      <MeetingHeader m={meeting.data} active="handleplan" />
      <div className="card">
        <HandleplanEditor meetingId={id} initial={plan.data} locked={meeting.data.status === 'godkendt' || meeting.data.status === 'aflyst'} />
      </div>
    </>
  );
}
