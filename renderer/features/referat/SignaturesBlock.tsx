import { SIGNATURE_MEANING, signatureRows, signatureStatusLines } from '../../../shared/referat/referatText';
import type { ReferatState } from '../../../shared/schemas/referat';
import { formatTimestamp } from '../../../shared/format/danishDate';
import { signatureText } from '../../../shared/text/signatures';
import { signingText } from '../../../shared/text/signing';

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
