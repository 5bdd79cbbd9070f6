import { useState } from 'react';
import type { ExportKind } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatState } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { hrefFor } from '../../lib/router';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DispatchForm } from './DispatchForm';

/** Word exports for a meeting with a referat: the referat, the overgangsskema or handleplan, excerpts per child. */
export function DocumentsCard({ m, r }: { m: MeetingDetail; r: ReferatState }) {
  const action = useAction();
  const [saved, setSaved] = useState<{ path: string; documentId: string; warnings: string[]; childId: string | null } | null>(null);
  const children = (r.body?.items ?? []).filter((i) => i.childId && !i.anonymous);
  const [childId, setChildId] = useState(children[0]?.childId ?? '');
  const exp = (kind: ExportKind, extra: { childId?: string } = {}) =>
    void action.run(() => call('export.document', { meetingId: m.id, kind, ...extra })).then((res) => res && setSaved({ ...res, childId: extra.childId ?? m.childId }));
  const hasSkema = !!r.body?.transition;
  const hasPlan = !!r.body?.handleplan;
  return (
    <section className="card no-print" aria-labelledby="docs-h">
      <h2 id="docs-h">{t.documents.title}</h2>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {saved && (
        <div className="alert ok" role="status">
          {t.documents.saved(saved.path)}
        </div>
      )}
      {saved && saved.warnings.length > 0 && (
        <div className="alert warn" role="alert">
          <strong>{t.dispatch.warnings}</strong>
          <ul>
            {saved.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {r.current?.status === 'udkast' && <p className="meta">{t.documents.draftNote}</p>}
      <div className="toolbar">
        <button type="button" onClick={() => exp('referat')}>
          {t.documents.referat}
        </button>
        {hasSkema && (
          <button type="button" onClick={() => exp('overgangsskema')}>
            {t.documents.overgangsskema}
          </button>
        )}
        {hasPlan && (
          <button type="button" onClick={() => exp('handleplan')}>
            {t.documents.handleplan}
          </button>
        )}
        <a className="button" href={hrefFor({ name: 'udskriv', id: m.id, doc: hasSkema ? 'overgangsskema' : 'referat' })}>
          {t.documents.print}
        </a>
      </div>
      {m.template.childScope === 'flere_boern' && children.length > 0 && (
        <div className="toolbar" style={{ marginTop: '1rem', alignItems: 'end' }}>
          <div className="field" style={{ marginBottom: 0 }}>
            <label htmlFor="uddrag-child">{t.documents.uddragChild}</label>
            <select id="uddrag-child" value={childId} onChange={(e) => setChildId(e.target.value)} aria-describedby="uddrag-help">
              {children.map((c) => (
                <option key={c.childId!} value={c.childId!}>
                  {c.childLabel}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => exp('uddrag', { childId })}>
            {t.documents.uddrag}
          </button>
          <span className="meta" id="uddrag-help">
            {t.documents.uddragHelp}
          </span>
        </div>
      )}
      {saved && <DispatchForm key={saved.path} documentId={saved.documentId} childId={saved.childId} meetingId={m.id} />}
    </section>
  );
}
