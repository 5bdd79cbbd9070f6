import { formatLongDate } from '../../../shared/format/danishDate';
import { SHARING_BASIS_LABELS } from '../../../shared/schemas/codes';
import type { ReferatBody } from '../../../shared/schemas/referat';
import { trivselLabels } from '../../../shared/text/wellbeing';
import { transitionText as tt } from '../../../shared/text/transitionForm';
import { useSettings } from '../../lib/settingsContext';


function Section({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h3>{title}</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{text.trim() || '–'}</p>
    </>
  );
}

/** The overgangsskema on A4, as printed – the same fields as the Word document. */
export function TransitionPaper({ body, draft, footer, correction }: { body: ReferatBody; draft: boolean; footer: string; correction?: string | null }) {
  const tr = body.transition!;
  const f = tr.form;
  const levels = trivselLabels(useSettings().settings?.kommune.trivselLabels);
  return (
    <article className="paper" aria-label={tt.title}>
      {draft && <div className="draft">{tt.draft}</div>}
      {body.organisation && <div>{body.organisation}</div>}
      {body.unit && <div>{body.unit}</div>}
      <h2 style={{ marginTop: '1rem' }}>{tt.title}</h2>
      <div style={{ fontWeight: 700 }}>{tt.transition(tr.transitionLabel)}</div>
      {correction && <p style={{ fontWeight: 700, color: '#a4221a' }}>{correction}</p>}
      <dl>
        <dt>{tt.childName}</dt>
        <dd>{tr.childName}</dd>
        <dt>{tt.birthDate}</dt>
        <dd>{formatLongDate(tr.birthDate)}</dd>
        {tr.cpr && (
          <>
            <dt>{tt.cpr}</dt>
            <dd>{tr.cpr}</dd>
          </>
        )}
        <dt>{tt.from}</dt>
        <dd>{f.fromInstitution}</dd>
        <dt>{tt.to}</dt>
        <dd>{f.toInstitution}</dd>
        <dt>{tt.meeting}</dt>
        <dd>
          {formatLongDate(body.date)}, {body.place}
        </dd>
        <dt>{tt.contactPerson}</dt>
        <dd>{f.contactPerson}</dd>
      </dl>
      <Section title={tt.strengths} text={f.strengths} />
      <Section title={tt.challenges} text={f.challenges} />
      <h3>{tt.competences}</h3>
      <table>
        <tbody>
          {tr.competences.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td>{c.text || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tt.trivsel}</h3>
      <table>
        <tbody>
          {f.trivsel.map((r) => (
            <tr key={r.dimension}>
              <th scope="row">{r.dimension}</th>
              <td>{r.level ? levels[r.level] : '–'}</td>
              <td>{r.text || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tt.childPerspective}</h3>
      <p>
        <strong>{tt.looksForward}</strong> {tr.childLooksForward || '–'}
      </p>
      <p>
        <strong>{tt.worries}</strong> {tr.childWorries || '–'}
      </p>
      <Section title={tt.parentsPerspective} text={f.parentsPerspective} />
      <Section title={tt.healthInfo} text={f.healthInfo} />
      <Section title={tt.specialConsiderations} text={f.specialConsiderations} />
      <Section title={tt.ongoingEfforts} text={f.ongoingEfforts} />
      <Section title={tt.startAgreements} text={f.startAgreements} />
      <h3>{tt.sharing}</h3>
      {f.sharing.length === 0 ? (
        <p>{tt.noSharing}</p>
      ) : (
        <ul>
          {f.sharing.map((s, i) => (
            <li key={i}>
              {s.what} → {s.toWhom} ({SHARING_BASIS_LABELS[s.basis]})
            </li>
          ))}
        </ul>
      )}
      {tr.schoolNote && <p>{tt.schoolNoteShort}</p>}
      <p>
        <em>{tt.filledTogether}</em>
      </p>
      <p className="meta" style={{ marginTop: '2rem' }}>
        {footer}
      </p>
    </article>
  );
}
