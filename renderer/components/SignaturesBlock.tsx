import { SIGNATURE_MEANING, signatureRows, signatureStatusLines } from '../../shared/referat/referatText';
import type { ReferatState } from '../../shared/schemas/referat';
import { formatTimestamp } from '../../shared/format/danishDate';
import { signatureText } from '../../shared/text/signatures';

/** Signatures on the paper view, in the same words as the Word document's signature page. */
export function SignaturesBlock({ state }: { state: ReferatState }) {
  const v = state.current;
  if (!v) return null;
  const rows = signatureRows(state);
  if (rows.length === 0) return null;
  const lines = signatureStatusLines(v.status, rows.filter((r) => r.signature).length, rows.length);
  return (
    <section className="signatures" aria-label={signatureText.heading}>
      <h3>{signatureText.heading}</h3>
      <p className="meta">{SIGNATURE_MEANING}</p>
      <table>
        <thead>
          <tr>
            {signatureText.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
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
                  <em>{signatureText.notSigned}</em>
                ) : r.signature.imageDataUrl ? (
                  <img className="sig-img" src={r.signature.imageDataUrl} alt={signatureText.imageAlt(r.signature.name)} />
                ) : (
                  <em>{signatureText.typed(r.signature.name)}</em>
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
      {v.approvedAt && <p className="meta">{signatureText.approvedBy(v.approvedBy ?? '', formatTimestamp(v.approvedAt))}</p>}
      {v.seal && (
        <p className="meta">{signatureText.sealed(v.sealedAt ? formatTimestamp(v.sealedAt) : '', v.seal)}</p>
      )}
    </section>
  );
}
