import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction, useLiveQuery } from '../../lib/hooks';
import { ListState } from '../../ui/ListState';
import { hrefFor, navigate } from '../../lib/router';
import { DateInput } from '../../components/DanishDateTime';
import { CardForm, SaveCancel, TableHead } from '../../ui/FormParts';

export function ChildrenScreen() {
  const children = useLiveQuery(() => call('child.list', {}), [], { aggregate: 'child', id: null });
  const [adding, setAdding] = useState(false);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.children.title}</h1>
        </div>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t.children.add}
        </button>
      </div>
      {adding && <ChildForm onDone={(id) => navigate({ name: 'barn', id })} onCancel={() => setAdding(false)} />}
      <ListState data={children.data} error={children.error} empty={<p className="empty card">{t.children.empty}</p>}>
        {(rows) => (
          <table aria-label={t.children.title}>
            <TableHead columns={[t.children.name, t.children.birthDate, t.children.institution, t.children.stue]} />
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className="clickable" onClick={() => navigate({ name: 'barn', id: c.id })}>
                  <td>
                    <a href={hrefFor({ name: 'barn', id: c.id })} onClick={(e) => e.stopPropagation()}>
                      {c.name}
                    </a>{' '}
                    {c.isSample && <span className="badge">{t.app.sample}</span>}
                  </td>
                  <td>{formatLongDate(c.birthDate)}</td>
                  <td>{c.institution}</td>
                  <td>{c.stue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </>
  );
}

export function ChildForm({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [institution, setInstitution] = useState('');
  const [stue, setStue] = useState('');
  const [socialSag, setSocialSag] = useState(false);
  const action = useAction();
  return (
    <CardForm
      onSubmit={() => {
        void action
          .run(() => call('child.save', { name, birthDate, institution, stue, socialSag, cpr: null, language: 'dansk', tovholderPersonId: null }))
          .then((c) => c && onDone(c.id));
      }}
    >
      <h2>{t.children.add}</h2>
      <ErrorBanner error={action.error} />
      <div className="grid-2">
        <div className="field">
          <label htmlFor="c-name">{t.children.name}</label>
          <input id="c-name" type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-birth">{t.children.birthDate}</label>
          <DateInput id="c-birth" required value={birthDate} onChange={setBirthDate} />
        </div>
        <div className="field">
          <label htmlFor="c-inst">{t.children.institution}</label>
          <input id="c-inst" type="text" value={institution} onChange={(e) => setInstitution(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="c-stue">{t.children.stue}</label>
          <input id="c-stue" type="text" value={stue} onChange={(e) => setStue(e.target.value)} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={socialSag} onChange={(e) => setSocialSag(e.target.checked)} />
        {t.children.socialSag}
      </label>
      <SaveCancel busy={action.busy} onCancel={onCancel} style={{ marginTop: '1rem' }} />
    </CardForm>
  );
}
