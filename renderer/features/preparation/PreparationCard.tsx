import { useState } from 'react';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import { danishDate } from '../../../shared/format/danishClock';
import type { PreparationEntry, PreparationForm } from '../../../shared/schemas/preparation';
import { prepText } from '../../../shared/text/historyTruth';
import { lowerFirst } from '../../../shared/referat/referatText';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { usePreparation } from './usePreparation';

const EMPTY = { linealenLevel: '', observed: '', tried: '', questions: '' };

function sentLine(f: PreparationForm): string {
  if (!f.sentAt) return prepText.notSent(formatLongDate(f.deadline));
  const day = formatLongDate(danishDate(new Date(f.sentAt)));
  return f.sentDaysLate > 0 ? prepText.sentLate(day, f.sentDaysLate, formatLongDate(f.deadline)) : prepText.sentOn(day);
}

/** One professional's preparation, read-only: for the plan's list and for the chair in the meeting. */
export function PreparationEntryView({ e }: { e: PreparationEntry }) {
  return (
    <div className="prep-entry">
      <p>
        <strong>{e.personName}</strong>, {lowerFirst(e.roleLabel)}{' '}
        {e.changedAfterSent && <span className="badge warn">{prepText.changedAfterSent}</span>}
      </p>
      <dl className="prep-fields">
        <dt>{prepText.level}</dt>
        <dd>{e.levelLabel ?? prepText.levelNone}</dd>
        {e.observed.trim() && (
          <>
            <dt>{prepText.observed}</dt>
            <dd>{e.observed}</dd>
          </>
        )}
        {e.tried.trim() && (
          <>
            <dt>{prepText.tried}</dt>
            <dd>{e.tried}</dd>
          </>
        )}
        {e.questions.trim() && (
          <>
            <dt>{prepText.questions}</dt>
            <dd>{e.questions}</dd>
          </>
        )}
      </dl>
      <p className="meta">{prepText.lastChanged(formatTimestamp(e.updatedAt))}</p>
    </div>
  );
}

/** The fokusteam's forberedelsesskema on the plan screen (SPEC §3.6, §9.1 req. 14). The core decides what may change. */
export function PreparationCard({ meetingId, sentAt }: { meetingId: string; sentAt: string | null }) {
  const p = usePreparation(meetingId, sentAt);
  const [personId, setPersonId] = useState('');
  const [itemId, setItemId] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const f = p.form;
  if (!f) return <ErrorBanner error={p.error} />;
  const pick = (person: string, item: string) => {
    setPersonId(person);
    setItemId(item);
    const e = f.entries.find((x) => x.personId === person && x.itemId === item);
    setDraft(e ? { linealenLevel: e.linealenVariant === f.scale.variant ? (e.linealenLevel ?? '') : '', observed: e.observed, tried: e.tried, questions: e.questions } : EMPTY);
  };
  const submit = () =>
    void p.save({ personId, itemId, linealenLevel: draft.linealenLevel || null, observed: draft.observed, tried: draft.tried, questions: draft.questions }).then((next) => {
      if (next) setSaved(prepText.saved);
    });
  return (
    <section className="card" aria-labelledby="prep-h" data-testid="forberedelsesskema">
      <h2 id="prep-h">{prepText.title}</h2>
      <p className="meta">{prepText.intro(f.daysBefore, formatLongDate(f.deadline))}</p>
      <p className={f.sentDaysLate > 0 ? 'alert warn' : 'meta'} role="status">
        {sentLine(f)}
      </p>
      <ErrorBanner error={p.error} onClose={p.clear} />
      {f.items.map((item) => {
        const entries = f.entries.filter((e) => e.itemId === item.itemId);
        return (
          <div key={item.itemId} className="prep-item">
            <h3>
              {item.number}. {item.label}
            </h3>
            {entries.length === 0 ? (
              <p className="meta">{prepText.empty}</p>
            ) : (
              entries.map((e) => (
                <div key={e.id}>
                  <PreparationEntryView e={e} />
                  {f.editable && (
                    <div className="toolbar">
                      <button type="button" className="small" onClick={() => pick(e.personId, e.itemId)}>
                        {t.app.edit} <span className="visually-hidden">{`${e.personName}, ${item.label}`}</span>
                      </button>
                      <button type="button" className="small danger" onClick={() => void p.remove(e.id)}>
                        {prepText.remove} <span className="visually-hidden">{`${e.personName}, ${item.label}`}</span>
                      </button>
                    </div>
                  )}
                </div>
              ))
            )}
          </div>
        );
      })}
      {f.editable ? (
        <form
          className="prep-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="grid-3">
            <div className="field">
              <label htmlFor="prep-person">{prepText.who}</label>
              <select id="prep-person" value={personId} onChange={(e) => pick(e.target.value, itemId)}>
                <option value="">{t.app.choose}</option>
                {f.people.map((x) => (
                  <option key={x.personId} value={x.personId}>
                    {x.name} ({x.roleLabel})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="prep-item">{prepText.item}</label>
              <select id="prep-item" value={itemId} onChange={(e) => pick(personId, e.target.value)}>
                <option value="">{t.app.choose}</option>
                {f.items.map((x) => (
                  <option key={x.itemId} value={x.itemId}>
                    {x.number}. {x.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="prep-level">{prepText.level}</label>
              <select id="prep-level" value={draft.linealenLevel} onChange={(e) => setDraft({ ...draft, linealenLevel: e.target.value })}>
                <option value="">{prepText.levelNone}</option>
                {f.scale.levels.map((l) => (
                  <option key={l.level} value={l.level}>
                    {l.level === l.heading ? l.heading : `${l.level}: ${l.heading}`}
                  </option>
                ))}
              </select>
              <p className="meta">{f.scale.name}</p>
            </div>
          </div>
          {(['observed', 'tried', 'questions'] as const).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`prep-${k}`}>{prepText[k]}</label>
              <textarea id={`prep-${k}`} rows={2} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />
            </div>
          ))}
          <div className="toolbar">
            <button type="submit" className="primary" disabled={!personId || !itemId}>
              {prepText.save}
            </button>
            {saved && (
              <span className="saved" role="status">
                {saved}
              </span>
            )}
          </div>
        </form>
      ) : (
        <p className="meta">{f.lockedReason}</p>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => void p.exportWord().then((r) => r && setSaved(t.documents.saved(r.path)))}>
          {prepText.export}
        </button>
      </div>
    </section>
  );
}

/** What the professionals prepared for the item now discussed, for the chair in the meeting (read-only). */
export function PreparationForItem({ meetingId, itemId, sentAt }: { meetingId: string; itemId: string; sentAt: string | null }) {
  const p = usePreparation(meetingId, sentAt);
  const entries = (p.form?.entries ?? []).filter((e) => e.itemId === itemId);
  return (
    <details className="prep-live" open data-testid="forberedelse-punkt">
      <summary>
        {prepText.inMeeting} ({entries.length})
      </summary>
      <ErrorBanner error={p.error} />
      {entries.length === 0 ? <p className="meta">{prepText.empty}</p> : entries.map((e) => <PreparationEntryView key={e.id} e={e} />)}
    </details>
  );
}
