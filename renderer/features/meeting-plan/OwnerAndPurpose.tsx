import { useState } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import type { MeetingOwner } from '../meeting/useMeeting';
import type { Act } from './AgendaRow';

/** Who put a general item on the agenda, and why („har sat punktet på dagsordenen for at:"). */
export function OwnerAndPurpose({ m, item, owner, act }: { m: MeetingDetail; item: AgendaItem; owner: MeetingOwner; act: Act }) {
  const [purpose, setPurpose] = useState((item.data.purposeBullets ?? []).join('\n'));
  const people = m.participants.filter((p) => p.isProfessional);
  return (
    <details style={{ marginTop: '0.5rem' }}>
      <summary>
        {t.meeting.itemOwner}
        {item.ownerInitials ? `: ${item.ownerInitials}` : ''}
      </summary>
      <div className="grid-2" style={{ marginTop: '0.5rem' }}>
        <div className="field">
          <label htmlFor={`it-owner-${item.id}`}>{t.meeting.itemOwner}</label>
          <select id={`it-owner-${item.id}`} value={item.ownerPersonId ?? ''} onChange={(e) => void act(() => owner.updateItem(item.id, { ownerPersonId: e.target.value || null }))}>
            <option value="">{t.app.none}</option>
            {people.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name} ({p.initials})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`it-purpose-${item.id}`}>{t.meeting.itemPurpose}</label>
          <textarea
            id={`it-purpose-${item.id}`}
            rows={2}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            onBlur={() =>
              void act(() =>
                owner.updateItem(item.id, {
                  data: {
                    purposeBullets: purpose
                      .split('\n')
                      .map((l) => l.trim())
                      .filter(Boolean),
                  },
                }),
              )
            }
          />
        </div>
      </div>
    </details>
  );
}
