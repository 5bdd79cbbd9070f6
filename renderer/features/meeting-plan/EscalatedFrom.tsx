import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { meetingFeatureText } from '../../../shared/text/meetingFeature';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { hrefFor } from '../../lib/router';
import type { MeetingOwner } from '../meeting/useMeeting';

/**
 * A netværksmøde escalated from a dialogmøde: the link back, and the familierådslagning offer as the core reports it
 * (`m.familieraadslagning`, from data) – offered once, by the core's own command.
 */
export function EscalatedFrom({ m, owner }: { m: MeetingDetail; owner: MeetingOwner }) {
  const action = useAction();
  const offer = m.familieraadslagning;
  return (
    <div className="alert info" role="status">
      <p>
        {t.escalation.escalatedFrom} <a href={hrefFor({ name: 'moede', id: m.escalatedFromId! })}>{screenText.plan.openDialogMeeting}</a>
      </p>
      <p>{t.escalation.offerFamilieraadslagning}</p>
      <ErrorBanner error={action.error} />
      {offer?.offered && <p>{meetingFeatureText.familieraadslagning.offered}</p>}
      {offer?.whyNot && m.editable && <p className="meta">{offer.whyNot}</p>}
      {offer?.canOffer && (
        <button type="button" onClick={() => void action.run(() => owner.run(() => call('meeting.offerFamilieraadslagning', { id: m.id })))}>
          {t.escalation.addOffer}
        </button>
      )}
    </div>
  );
}
