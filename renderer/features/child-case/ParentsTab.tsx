import { useState } from 'react';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import { PARENT_CONTACT_KINDS } from '../../../shared/schemas/codes';
import type { CaseDetail } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { internalNoteText } from '../../../shared/text/historyTruth';
import { screenText } from '../../../shared/text/screens';
import { DateInput } from '../../components/DanishDateTime';
import { ErrorBanner } from '../../components/ErrorBanner';
import { todayLocal } from '../../lib/dates';
import { useAction } from '../../lib/hooks';
import { useSettings } from '../settings/useSettings';
import { InternalCheckbox, InternalToggle } from './InternalNote';
import type { ChildCase } from './useChildCase';

export function ParentsTab({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const action = useAction();
  const { settings } = useSettings();
  const [by, setBy] = useState(settings?.profile?.name ?? '');
  const [date, setDate] = useState(todayLocal());
  const [note, setNote] = useState('');
  const [noteInternal, setNoteInternal] = useState(false);
  const withNotes = d.parentContacts.filter((c) => c.note.trim());
  return (
    <>
      {d.child.abuseSuspected && (
        <div className="alert error" role="status">
          {t.caseText.abuseHelp}
        </div>
      )}
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="check-h">
        <h2 id="check-h">{t.caseText.checklist}</h2>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="pc-by">{t.caseText.contactBy}</label>
            <input id="pc-by" type="text" value={by} onChange={(e) => setBy(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="pc-date">{t.caseText.givenDate}</label>
            <DateInput id="pc-date" value={date} onChange={setDate} />
          </div>
          <div className="field">
            <label htmlFor="pc-note">{t.caseText.contactNote}</label>
            <input id="pc-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        <InternalCheckbox id="pc-internal" checked={noteInternal} onChange={setNoteInternal} />
        <ul className="list-plain">
          {d.checklist.map((c) => (
            <li key={c.kind}>
              <span>
                {c.done ? '✓' : '○'} {c.label}
                {c.date ? <span className="meta"> – {formatLongDate(c.date)}</span> : null}
              </span>
              <button
                type="button"
                className="small"
                disabled={!d.allowed.parentContactKinds.includes(c.kind)}
                aria-label={`${t.caseText.addContact}: ${c.label}`}
                onClick={() => void action.run(() => cc.addParentContact({ kind: c.kind, date, byName: by, note, noteInternal })).then((n) => n && (setNote(''), setNoteInternal(false)))}
              >
                {t.caseText.addContact}
              </button>
            </li>
          ))}
        </ul>
        <p className="meta">{screenText.child.contactSteps(PARENT_CONTACT_KINDS.length)}</p>
        {withNotes.length > 0 && (
          <ul className="list-plain" data-testid="kontakt-noter">
            {withNotes.map((c) => (
              <li key={c.id}>
                <span>
                  {formatLongDate(c.date)} · {c.note} {c.noteInternal && <span className="badge warn">{internalNoteText.badge}</span>}
                </span>
                <InternalToggle internal={c.noteInternal} onToggle={() => void action.run(() => cc.setNoteInternal('foraeldrekontakt', c.id, !c.noteInternal))} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="disp-h">
        <h2 id="disp-h">{t.caseText.dispatches}</h2>
        {d.dispatches.length === 0 ? (
          <p>{t.caseText.noDispatches}</p>
        ) : (
          <ul className="list-plain">
            {d.dispatches.map((x) => (
              <li key={x.id}>
                <span>
                  {x.documentId} → {x.recipient}
                  {x.recipientAuthority && x.recipientAuthority !== x.recipient ? ` (${x.recipientAuthority})` : ''} · {t.dispatch.channels[x.channel] ?? x.channel}{screenText.child.dispatchBasis(t.dispatch.bases[x.basis] ?? x.basis)}
                </span>
                <span className="meta">
                  {formatTimestamp(x.sentAt)}, {x.recordedBy}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
