import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import type { AgendaItem, Followup, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { DateInput } from '../../components/DanishDateTime';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import type { MutateItem } from './Decisions';

/** The item's follow-ups: who, what, when; an owner outside the meeting by name. Corrected in a dialog. */
export function Followups({ m, item, mutateItem, onFollowupSaved }: { m: MeetingDetail; item: AgendaItem; mutateItem: MutateItem; onFollowupSaved: (f: Followup) => void }) {
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
      {editing && (
        <FollowupEditor
          f={editing}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            onFollowupSaved(u);
            setEditing(null);
          }}
        />
      )}
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

