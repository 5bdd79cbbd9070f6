import { passphraseStrength } from '../../../shared/domain/passphraseStrength';
import { t } from '../../../shared/text/da';

/** A new passphrase typed twice, with strength feedback while it is typed. */
export function PassphraseFields({
  id,
  label,
  pass,
  again,
  onPass,
  onAgain,
}: {
  id: string;
  label: string;
  pass: string;
  again: string;
  onPass: (v: string) => void;
  onAgain: (v: string) => void;
}) {
  const strength = passphraseStrength(pass);
  const mismatch = again.length > 0 && pass.normalize('NFC') !== again.normalize('NFC');
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-pass`}>{label}</label>
        <input id={`${id}-pass`} type="password" autoComplete="new-password" value={pass} onChange={(e) => onPass(e.target.value)} aria-describedby={`${id}-strength`} />
        <div className="hint" id={`${id}-strength`} aria-live="polite">
          {pass.length > 0 && (
            <>
              <meter min={0} max={3} value={['for-kort', 'svag', 'middel', 'staerk'].indexOf(strength.level)} aria-label={t.backup.strength} /> {t.backup.levels[strength.level]}.{' '}
              {strength.hint}
            </>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{t.backup.repeat}</label>
        <input id={`${id}-again`} type="password" autoComplete="new-password" value={again} onChange={(e) => onAgain(e.target.value)} aria-invalid={mismatch} />
        {mismatch && <div className="hint">{t.backup.mismatch}</div>}
      </div>
    </>
  );
}

export function passphrasesAgree(pass: string, again: string): boolean {
  return pass.length >= 8 && pass.normalize('NFC') === again.normalize('NFC');
}
