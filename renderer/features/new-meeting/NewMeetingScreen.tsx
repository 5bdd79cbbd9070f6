import { useEffect, useRef, useState } from 'react';
import { defaultMeetingDate } from '../../../shared/domain/meetingDays';
import { endWithinDay } from '../../../shared/format/danishClock';
import type { Template } from '../../../shared/templates/schema';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { useAction, useQuery } from '../../lib/hooks';
import { hrefFor, navigate } from '../../lib/router';
import { DateInput, TimeInput } from '../../components/DanishDateTime';

/**
 * „Nyt møde": the form stands beside the list of meeting forms, at the top, so it is in view when the screen opens
 * and when a form is chosen (on a narrow window it is scrolled into view). The date proposed is a week ahead and
 * never a Saturday or Sunday (shared/domain/meetingDays.ts).
 */
export function NewMeeting({ childId }: { childId?: string | undefined }) {
  const templates = useQuery(() => call('template.list', {}), []);
  const children = useQuery(() => call('child.list', {}), []);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [template, setTemplate] = useState<Template | null>(null);
  const [date, setDate] = useState(() => defaultMeetingDate(todayLocal()));
  const formRef = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('10:00');
  const [place, setPlace] = useState('');
  const [child, setChild] = useState(childId ?? '');
  const [series, setSeries] = useState(false);
  const [count, setCount] = useState(6);
  const [weeks, setWeeks] = useState(6);
  const action = useAction();

  useEffect(() => {
    if (!templateId) return;
    void call('template.get', { id: templateId }).then((tpl) => {
      setTemplate(tpl);
      setEnd(endWithinDay(start, tpl.defaultDurationMinutes));
      setPlace(tpl.defaultPlace ?? '');
      if (tpl.cadence.kind === 'uger') setWeeks(tpl.cadence.weeks[0] ?? 6);
      if (tpl.cadence.kind === 'maaned') setWeeks(4);
      if (tpl.cadence.kind === 'kvartal') setWeeks(13);
      setSeries(false);
      formRef.current?.scrollIntoView({ block: 'nearest' });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templateId]);

  const canSeries = template && template.cadence.kind !== 'ad_hoc' && template.cadence.kind !== 'en_gang';
  const needsChild = template?.childScope === 'et_barn';

  async function create() {
    if (!templateId) return;
    const created = await action.run(() =>
      call('meeting.create', {
        templateId,
        date,
        startTime: start,
        endTime: end,
        place,
        childId: needsChild && child ? child : null,
        ...(series && canSeries ? { series: { count, weeks } } : {}),
      }),
    );
    if (created) navigate({ name: 'moede', id: created.id });
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.newMeeting.title}</h1>
          <p className="sub">{t.newMeeting.subtitle}</p>
        </div>
      </div>
      <ErrorBanner error={templates.error ?? action.error} />
      <div className="new-meeting">
        <section className="card" aria-labelledby="choose-template">
          <h2 id="choose-template">{t.newMeeting.chooseTemplate}</h2>
          <div className="template-grid">
            {(templates.data ?? []).map((tpl) => (
              <button
                key={tpl.id}
                type="button"
                className="template-card"
                aria-pressed={templateId === tpl.id}
                onClick={() => setTemplateId(tpl.id)}
              >
                <strong>
                  {tpl.name}
                  {tpl.variant ? `: ${tpl.variant}` : ''}
                </strong>
                <span>{tpl.purpose.length > 150 ? `${tpl.purpose.slice(0, 147)}…` : tpl.purpose}</span>
              </button>
            ))}
          </div>
        </section>
        <div className="new-meeting-form" ref={formRef}>
          {template ? (
            <form
              className="card"
              onSubmit={(e) => {
                e.preventDefault();
                void create();
              }}
            >
              <h2>
                {template.name}
                {template.variant ? `: ${template.variant}` : ''}
              </h2>
              <p>{template.purpose}</p>
              <div className="grid-3">
                <div className="field">
                  <label htmlFor="nm-date">{t.newMeeting.date}</label>
                  <DateInput id="nm-date" value={date} required onChange={setDate} />
                </div>
                <div className="field">
                  <label htmlFor="nm-start">{t.newMeeting.start}</label>
                  <TimeInput
                    id="nm-start"
                    value={start}
                    required
                    onChange={(v) => {
                      setStart(v);
                      if (v) setEnd(endWithinDay(v, template.defaultDurationMinutes));
                    }}
                  />
                </div>
                <div className="field">
                  <label htmlFor="nm-end">{t.newMeeting.end}</label>
                  <TimeInput id="nm-end" value={end} required onChange={setEnd} />
                </div>
              </div>
              <div className="field">
                <label htmlFor="nm-place">{t.newMeeting.place}</label>
                <input id="nm-place" type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
              </div>
              {needsChild && (
                <div className="field">
                  <label htmlFor="nm-child">{t.newMeeting.child}</label>
                  {(children.data ?? []).length === 0 ? (
                    <p className="alert warn">
                      {t.newMeeting.noChildren} <a href={hrefFor({ name: 'boern' })}>{t.app.nav.boern}</a>
                    </p>
                  ) : (
                    <select id="nm-child" value={child} onChange={(e) => setChild(e.target.value)} aria-describedby="nm-child-hint">
                      <option value="">{t.app.choose}</option>
                      {(children.data ?? []).map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name} ({c.institution || c.stue})
                        </option>
                      ))}
                    </select>
                  )}
                  <div className="hint" id="nm-child-hint">
                    {t.newMeeting.childHint}
                  </div>
                </div>
              )}
              {canSeries && (
                <fieldset>
                  <legend>{t.newMeeting.series}</legend>
                  <label className="check">
                    <input type="checkbox" checked={series} onChange={(e) => setSeries(e.target.checked)} /> {t.newMeeting.series}
                  </label>
                  {series && (
                    <div className="grid-2">
                      <div className="field">
                        <label htmlFor="nm-count">{t.newMeeting.seriesCount}</label>
                        <input id="nm-count" type="number" min={2} max={26} value={count} onChange={(e) => setCount(Number(e.target.value))} />
                      </div>
                      <div className="field">
                        <label htmlFor="nm-weeks">{t.newMeeting.seriesWeeks}</label>
                        <input id="nm-weeks" type="number" min={1} max={52} value={weeks} onChange={(e) => setWeeks(Number(e.target.value))} />
                      </div>
                    </div>
                  )}
                </fieldset>
              )}
              <button type="submit" className="primary" disabled={action.busy || (needsChild && !child)}>
                {t.newMeeting.create}
              </button>
            </form>
          ) : (
            <p className="card sub">{t.newMeeting.chooseFirst}</p>
          )}
        </div>
      </div>
    </>
  );
}
