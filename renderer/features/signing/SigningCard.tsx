import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { SettingsState } from '../../../shared/schemas/settings';
import { formatLongDate } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { signingText } from '../../../shared/text/signing';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';

type Identity = ChannelOutput<'signing.list'>[number];

/** Settings → Signering: the profile's signing identity (made here or imported), its public certificate, and the kommune's trusted list. */
export function SigningCard({ s }: { s: SettingsState }) {
  const list = useQuery(() => call('signing.list', {}), []);
  const action = useAction();
  const [password, setPassword] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const mine = (list.data ?? []).filter((i) => i.personId === s.profile?.personId);
  const done = (id: Identity | null | undefined) => {
    if (!id) return;
    list.setData([...(list.data ?? []).filter((i) => i.personId !== id.personId), id]);
    setPassword('');
    setMsg(signingText.screen.created);
  };
  const day = (iso: string) => formatLongDate(iso.slice(0, 10));
  return (
    <section className="card" aria-labelledby="signing-h">
      <h2 id="signing-h">{signingText.screen.title}</h2>
      <p className="meta">{signingText.screen.intro}</p>
      <p className="meta">{signingText.meaning}</p>
      <ErrorBanner error={action.error ?? list.error} onClose={action.clear} />
      {msg && (
        <div className="alert ok" role="status">
          {msg}
        </div>
      )}
      {mine.length === 0 && <p>{signingText.screen.none}</p>}
      {mine.map((i) => (
        <div key={i.id}>
          <p>
            <strong>{i.subject}</strong> ({i.label})
          </p>
          <p className="meta">{signingText.screen.validity(day(i.notBefore), day(i.notAfter))}</p>
          <p className="meta">
            {signingText.screen.fingerprint}: <code>{i.fingerprint}</code>
          </p>
          <button type="button" onClick={() => void action.run(() => call('signing.exportCertificate', { id: i.id })).then((r) => r && setMsg(t.documents.saved(r.path)))}>
            {signingText.screen.exportButton}
          </button>
        </div>
      ))}
      <div className="toolbar">
        <button type="button" onClick={() => void action.run(() => call('signing.generate', {})).then(done)}>
          {signingText.screen.generate}
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => call('signing.import', { password })).then(done);
        }}
      >
        <fieldset>
          <legend>{signingText.screen.importLabel}</legend>
          <label>
            {signingText.screen.password}
            <input type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>{' '}
          <button type="submit">{signingText.screen.importButton}</button>
        </fieldset>
      </form>
      <h3>{signingText.screen.trustedTitle}</h3>
      {s.kommune.trustedCertificates.length === 0 ? (
        <p className="meta">{signingText.screen.trustedNone}</p>
      ) : (
        <ul className="list-plain">
          {s.kommune.trustedCertificates.map((c) => (
            <li key={c.fingerprint}>
              <span>{c.subject}</span> <code className="meta">{c.fingerprint.slice(0, 16)}…</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
