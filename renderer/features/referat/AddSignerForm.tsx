import { useState } from 'react';
import { referatScreenText as RS } from '../../../shared/text/referatScreen';
import type { ReferatOwner } from './useReferat';

/** Adds a signer (a parent, PPR, …) before the seal: the role they sign as and their name. */
export function AddSignerForm({ owner }: { owner: ReferatOwner }) {
  const [label, setLabel] = useState('');
  const [name, setName] = useState('');
  return (
    <form
      className="toolbar"
      aria-label={RS.signers.add}
      style={{ marginTop: '1rem', alignItems: 'end' }}
      onSubmit={(e) => {
        e.preventDefault();
        void owner.addSigner({ label, name, personId: null }).then((next) => {
          if (!next) return;
          setLabel('');
          setName('');
        });
      }}
    >
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor="add-signer-label">{RS.signers.label}</label>
        <input id="add-signer-label" type="text" value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby="add-signer-help" />
      </div>
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor="add-signer-name">{RS.signers.name}</label>
        <input id="add-signer-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" disabled={!label.trim() || !name.trim() || owner.busy}>
        {RS.signers.save}
      </button>
      <span className="meta" id="add-signer-help">
        {RS.signers.addHelp}
      </span>
    </form>
  );
}
