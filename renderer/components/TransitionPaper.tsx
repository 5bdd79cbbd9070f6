import { formatLongDate } from '../../shared/format/danishDate';
import { SHARING_BASIS_LABELS } from '../../shared/schemas/forms';
import type { ReferatBody } from '../../shared/schemas/referat';
import { trivselLabels } from '../../shared/text/wellbeing';
import { useSettings } from '../lib/settingsContext';


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
    <article className="paper" aria-label="Overgangsskema">
      {draft && <div className="draft">UDKAST</div>}
      {body.organisation && <div>{body.organisation}</div>}
      {body.unit && <div>{body.unit}</div>}
      <h2 style={{ marginTop: '1rem' }}>Overgangsskema</h2>
      <div style={{ fontWeight: 700 }}>Overgang: {tr.transitionLabel}</div>
      {correction && <p style={{ fontWeight: 700, color: '#a4221a' }}>{correction}</p>}
      <dl>
        <dt>Barnets navn:</dt>
        <dd>{tr.childName}</dd>
        <dt>Fødselsdato:</dt>
        <dd>{formatLongDate(tr.birthDate)}</dd>
        {tr.cpr && (
          <>
            <dt>CPR-nummer:</dt>
            <dd>{tr.cpr}</dd>
          </>
        )}
        <dt>Fra:</dt>
        <dd>{f.fromInstitution}</dd>
        <dt>Til:</dt>
        <dd>{f.toInstitution}</dd>
        <dt>Møde:</dt>
        <dd>
          {formatLongDate(body.date)}, {body.place}
        </dd>
        <dt>Kontaktperson:</dt>
        <dd>{f.contactPerson}</dd>
      </dl>
      <Section title="Barnets styrker" text={f.strengths} />
      <Section title="Barnets udfordringer" text={f.challenges} />
      <h3>De syv læringskompetencer</h3>
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
      <h3>Barnets trivsel</h3>
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
      <h3>Barnets perspektiv</h3>
      <p>
        <strong>Glæder sig til:</strong> {tr.childLooksForward || '–'}
      </p>
      <p>
        <strong>Er bekymret for:</strong> {tr.childWorries || '–'}
      </p>
      <Section title="Forældrenes perspektiv" text={f.parentsPerspective} />
      <Section title="Sundhedsplejens oplysninger" text={f.healthInfo} />
      <Section title="Særlige hensyn" text={f.specialConsiderations} />
      <Section title="Igangværende indsatser" text={f.ongoingEfforts} />
      <Section title="Aftaler om opstart" text={f.startAgreements} />
      <h3>Videregivelse af oplysninger</h3>
      {f.sharing.length === 0 ? (
        <p>Der videregives ikke oplysninger ud over skemaet selv.</p>
      ) : (
        <ul>
          {f.sharing.map((s, i) => (
            <li key={i}>
              {s.what} → {s.toWhom} ({SHARING_BASIS_LABELS[s.basis]})
            </li>
          ))}
        </ul>
      )}
      {tr.schoolNote && <p>Skemaet lægges i elevens mappe. Den modtagende kontaktvoksne giver de vigtigste oplysninger videre.</p>}
      <p>
        <em>Skemaet er udfyldt af forældrene og fagpersonen i fællesskab.</em>
      </p>
      <p className="meta" style={{ marginTop: '2rem' }}>
        {footer}
      </p>
    </article>
  );
}
