import { SIGNATURE_MEANING, signatureRows, signatureStatusLines } from '../../shared/referat/referatText';
import type { ReferatState } from '../../shared/schemas/referat';
import { formatTimestamp } from '../../shared/format/danishDate';
import { signingText } from '../../shared/text/signing';

/**
 * Signatures on the paper view, in the same words as the Word document's signature page – with the file's digital
 * signatures (who signs with a certificate, who only drew or typed, and what that proves) when the model has them.
 */
export function SignaturesBlock({ state, digital }: { state: ReferatState; digital?: { lines: string[]; meaning: string } | null | undefined }) {
  const v = state.current;
  if (!v) return null;
  const rows = signatureRows(state);
  if (rows.length === 0) return null;
  const lines = signatureStatusLines(v.status, rows.filter((r) => r.signature).length, rows.length);
  return (
    <section className="signatures" aria-label="Underskrifter">
      <h3>Underskrifter</h3>
      <p className="meta">{SIGNATURE_MEANING}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Rolle</th>
            <th scope="col">Navn</th>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Underskrift</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.signature?.id ?? `mangler-${i}`}>
              <td>{r.label}</td>
              <td>{r.name}</td>
              <td>{r.at}</td>
              <td>
                {!r.signature ? (
                  <em>Ikke underskrevet</em>
                ) : r.signature.imageDataUrl ? (
                  <img className="sig-img" src={r.signature.imageDataUrl} alt={`Underskrift: ${r.signature.name}`} />
                ) : (
                  <em>/{r.signature.name}/ (skrevet navn)</em>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.map((l) => (
        <p key={l} className="meta">
          {l}
        </p>
      ))}
      {v.approvedAt && <p className="meta">Godkendt af {v.approvedBy ?? ''} {formatTimestamp(v.approvedAt)}.</p>}
      {v.seal && (
        <p className="meta">
          Forseglet {v.sealedAt ? formatTimestamp(v.sealedAt) : ''}. Segl (SHA-256): {v.seal}
        </p>
      )}
      {digital && (
        <>
          <h4>{signingText.page.heading}</h4>
          {digital.lines.map((l) => (
            <p key={l} className="meta">
              {l}
            </p>
          ))}
          <p className="meta">{digital.meaning}</p>
        </>
      )}
    </section>
  );
}
