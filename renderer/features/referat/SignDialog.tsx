import { useState } from 'react';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { useAction } from '../../lib/hooks';
import { SignaturePad } from './SignaturePad';

/** One signature: drawn with mouse, pen or finger, or the name typed. Stays open with the core's message on refusal. */
export function SignDialog({
  label,
  defaultName,
  onClose,
  onSign,
}: {
  label: string;
  defaultName: string;
  onClose: () => void;
  onSign: (input: { name: string; role: string; method: 'tegnet' | 'navn'; imageDataUrl: string | null }) => Promise<void>;
}) {
  const action = useAction();
  const [name, setName] = useState(defaultName);
  const [role, setRole] = useState(label);
  const [typed, setTyped] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  return (
    <Modal title={t.referat.signAs(label)} open onClose={onClose}>
      <ErrorBanner error={action.error} />
      <div className="grid-2">
        <div className="field">
          <label htmlFor="sig-name">{t.referat.signerName}</label>
          <input id="sig-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sig-role">{t.referat.signerRole}</label>
          <input id="sig-role" type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={typed} onChange={(e) => setTyped(e.target.checked)} />
        {t.referat.typedName}
      </label>
      {!typed && <SignaturePad label={t.referat.drawHere} onChange={setImage} />}
      <DialogActions
        onCancel={onClose}
        confirmLabel={t.referat.saveSignature}
        disabled={action.busy || !name.trim() || (!typed && !image)}
        onConfirm={() => void action.run(() => onSign({ name, role, method: typed ? 'navn' : 'tegnet', imageDataUrl: typed ? null : image }))}
      />
    </Modal>
  );
}
