import { formatLongDate, formatTimeRange } from '../../../shared/format/danishDate';
import { deltagerLine, followupLine, guestLine, itemHeading, REFERAT_LABELS } from '../../../shared/referat/referatText';
import type { ReferatBody } from '../../../shared/schemas/referat';
import { withoutListMarker } from '../../../shared/text/cleanText';
import { t } from '../../../shared/text/da';

/** The referat as it will look on paper (A4 proportions, Carlito/Calibri). */
export function ReferatPaper({ body, draft, footer, correction, title }: { body: ReferatBody; draft: boolean; footer?: string; correction?: string | null; title?: string | undefined }) {
  return (
    <article className="paper" aria-label={t.referat.title}>
      {draft && <div className="draft">{t.referat.draft}</div>}
      {body.organisation && <div>{body.organisation}</div>}
      {body.unit && <div>{body.unit}</div>}
      <h2 style={{ marginTop: '1rem' }}>{title ?? 'Referat'}</h2>
      <div style={{ fontWeight: 700 }}>{body.meetingName}</div>
      {correction && (
        <p className="correction" style={{ fontWeight: 700, color: '#a4221a' }}>
          {correction}
        </p>
      )}
      <dl>
        <dt>{REFERAT_LABELS.dato}</dt>
        <dd>{formatLongDate(body.date)}</dd>
        <dt>{REFERAT_LABELS.tid}</dt>
        <dd>{formatTimeRange(body.startTime, body.endTime)}</dd>
        <dt>{REFERAT_LABELS.sted}</dt>
        <dd>{body.place}</dd>
        {body.chair && (
          <>
            <dt>{REFERAT_LABELS.moedeleder}</dt>
            <dd>{body.chair}</dd>
          </>
        )}
        <dt>{REFERAT_LABELS.deltagere}</dt>
        <dd>
          {body.deltagere.map((d) => (
            <div key={d.name}>{deltagerLine(d, body.showRoles)}</div>
          ))}
        </dd>
        <dt>{REFERAT_LABELS.afbud}</dt>
        <dd>{body.afbud.join(', ')}</dd>
        <dt>{REFERAT_LABELS.fravaerende}</dt>
        <dd>{body.fravaerende.join(', ')}</dd>
        <dt>{REFERAT_LABELS.bemaerk}</dt>
        <dd>{body.bemaerk}</dd>
      </dl>
      {body.phases.map((p) => (
        <p key={p.title}>
          <strong>{p.title}:</strong> {p.present.join(', ')}
        </p>
      ))}
      {body.items.map((it) => (
        <section key={it.number}>
          <div className="item-title">
            <span>{it.number}</span>
            {itemHeading(it)}
          </div>
          {it.guests.map((g) => (
            <p key={g.name}>{guestLine(g)}</p>
          ))}
          {it.text.split(/\n{2,}/).filter(Boolean).map((para, i) => (
            <p key={i} style={{ whiteSpace: 'pre-wrap' }}>
              {para}
            </p>
          ))}
          {it.sections.map((s) => (
            <p key={s.label} style={{ whiteSpace: 'pre-wrap' }}>
              <strong>{s.label}:</strong> {s.text}
            </p>
          ))}
          {it.outcome && (
            <p>
              <strong>{REFERAT_LABELS.udfald}</strong> {it.outcome}
            </p>
          )}
          {it.decisions.length > 0 && (
            <>
              <div style={{ fontWeight: 700 }}>{REFERAT_LABELS.beslutninger}</div>
              <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
                {it.decisions.map((d, i) => (
                  <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                    - {withoutListMarker(d)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {it.followups.map((f, i) => (
            <p key={i}>{followupLine(f)}</p>
          ))}
        </section>
      ))}
      {footer && <p className="meta" style={{ marginTop: '2rem' }}>{footer}</p>}
    </article>
  );
}
