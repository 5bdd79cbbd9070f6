import { formatTimestamp } from '../../shared/format/danishDate';
import type { ReferatState } from '../../shared/schemas/referat';

export const SIGNATURE_NOTE =
  'Underskrifterne er afgivet i Tovholder på mødet og viser, at underskriverne har godkendt indholdet. Dokumentet er forseglet med et SHA-256-fingeraftryk; det er ikke en kvalificeret elektronisk signatur.';

/** Signatures on the paper view: who, as what, when, and the drawn signature or the typed name. */
export function SignaturesBlock({ state }: { state: ReferatState }) {
  if (state.signatures.length === 0) return null;
  return (
    <section className="signatures" aria-label="Underskrifter">
      <h3>Underskrifter</h3>
      <p className="meta">{SIGNATURE_NOTE}</p>
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
          {state.signatures.map((s) => (
            <tr key={s.id}>
              <td>{s.signerLabel}</td>
              <td>{s.name}</td>
              <td>{formatTimestamp(s.signedAt)}</td>
              <td>{s.imageDataUrl ? <img className="sig-img" src={s.imageDataUrl} alt={`Underskrift: ${s.name}`} /> : <em>/{s.name}/ (skrevet navn)</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.current?.seal && (
        <p className="meta">
          Forseglet {state.current.sealedAt ? formatTimestamp(state.current.sealedAt) : ''}. Segl (SHA-256): {state.current.seal}
        </p>
      )}
    </section>
  );
}
