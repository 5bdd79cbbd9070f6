import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import { trivselWord } from '../../../shared/domain/scales';
import type { CaseDetail } from '../../../shared/schemas/case';
import type { TrivselLevel } from '../../../shared/schemas/forms';
import { TRIVSEL_DIMENSIONS } from '../../../shared/templates/codes';
import { t } from '../../../shared/text/da';
import { internalNoteText } from '../../../shared/text/historyTruth';
import { screenText } from '../../../shared/text/screens';
import { DateInput } from '../../components/DanishDateTime';
import { ErrorBanner } from '../../components/ErrorBanner';
import { todayLocal } from '../../lib/dates';
import { useAction } from '../../lib/hooks';
import { InternalCheckbox, InternalToggle } from './InternalNote';
import type { ChildCase } from './useChildCase';
import { LevelOptions } from '../../ui/FormParts';

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('da') + s.slice(1);

export function TrivselTab({ d, cc }: { d: CaseDetail; cc: ChildCase }) {
  const action = useAction();
  // New assessments take the levels and words the core offers (the kommune's labels today); stored ones are shown in
  // the words they were recorded with.
  const choices = d.allowed.trivsel.levels;
  const [date, setDate] = useState(todayLocal());
  const [dims, setDims] = useState(TRIVSEL_DIMENSIONS.map((dimension) => ({ dimension, level: null as TrivselLevel | null, text: '' })));
  const [overall, setOverall] = useState<TrivselLevel>('trivsel');
  const [note, setNote] = useState('');
  const [noteInternal, setNoteInternal] = useState(false);
  return (
    <>
      {d.trivselReminder && (
        <div className="alert warn" role="status">
          {d.trivselReminder}
        </div>
      )}
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="tv-list-h">
        <h2 id="tv-list-h">{t.caseTabs.trivsel}</h2>
        {d.trivsel.length === 0 ? (
          <p>{t.caseText.trivselNone}</p>
        ) : (
          <ul className="list-plain">
            {d.trivsel.map((a) => (
              <li key={a.id}>
                <span>
                  <strong>{capital(a.overallLabel)}</strong> – {a.dimensions.map((x) => `${x.dimension}: ${x.level ? trivselWord(a.labels, x.level) : '–'}`).join('; ')}
                </span>
                <span className="meta">
                  {formatLongDate(a.date)}, {a.byName}
                </span>
                {a.note.trim() && (
                  <span>
                    {a.note} {a.noteInternal && <span className="badge warn">{internalNoteText.badge}</span>}{' '}
                    <InternalToggle internal={a.noteInternal} onToggle={() => void action.run(() => cc.setNoteInternal('trivsel', a.id, !a.noteInternal))} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        className="card"
        aria-labelledby="tv-new-h"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => cc.addTrivsel({ date, dimensions: dims, overall, note, noteInternal }));
        }}
      >
        <h2 id="tv-new-h">{t.caseText.trivselAdd}</h2>
        <div className="field">
          <label htmlFor="tv-date">{t.caseText.givenDate}</label>
          <DateInput id="tv-date" value={date} onChange={setDate} />
        </div>
        {dims.map((row, i) => (
          <div className="grid-3" key={row.dimension}>
            <strong style={{ alignSelf: 'center' }}>{row.dimension}</strong>
            <div className="field">
              <label htmlFor={`tv-l-${i}`}>
                {screenText.child.trivselLevel} <span className="visually-hidden">{row.dimension}</span>
              </label>
              <select id={`tv-l-${i}`} value={row.level ?? ''} onChange={(e) => setDims(dims.map((x, j) => (j === i ? { ...x, level: (e.target.value || null) as typeof x.level } : x)))}>
                <option value="">{t.app.choose}</option>
                <LevelOptions choices={choices} />
              </select>
            </div>
            <div className="field">
              <label htmlFor={`tv-t-${i}`}>
                {screenText.child.trivselText} <span className="visually-hidden">{row.dimension}</span>
              </label>
              <input id={`tv-t-${i}`} type="text" value={row.text} onChange={(e) => setDims(dims.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
            </div>
          </div>
        ))}
        <div className="grid-2">
          <div className="field">
            <label htmlFor="tv-overall">{t.caseText.trivselOverall}</label>
            <select id="tv-overall" value={overall} onChange={(e) => setOverall(e.target.value as typeof overall)}>
              <LevelOptions choices={choices} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="tv-note">{t.caseText.contactNote}</label>
            <input id="tv-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        <InternalCheckbox id="tv-internal" checked={noteInternal} onChange={setNoteInternal} />
        <button type="submit" className="primary">
          {t.app.save}
        </button>
      </form>
    </>
  );
}
