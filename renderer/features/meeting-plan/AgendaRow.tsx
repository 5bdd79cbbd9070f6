import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { ITEM_KIND_LABELS } from '../../../shared/templates/codes';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { FieldRefusal } from '../../components/FieldRefusal';
import { AppError, call } from '../../lib/api';
import { hrefFor } from '../../lib/router';
import { useGuardedField } from '../../lib/useGuardedField';
import type { MeetingOwner } from '../meeting/useMeeting';
import { OwnerAndPurpose } from './OwnerAndPurpose';

export type ChildOption = { id: string; name: string; birthDate: string };
/** Runs a change and shows a failure in the screen's banner (useAction().run). */
export type Act = <T>(fn: () => Promise<T>) => Promise<T | undefined>;

/** One agenda item while planning: title, child (with the consent gate), anonymous label, owner, minutes, order. */
export function AgendaRow({ m, item, index, owner, act, children }: { m: MeetingDetail; item: AgendaItem; index: number; owner: MeetingOwner; act: Act; children: ChildOption[] }) {
  const locked = !m.editable;
  // Any other failure is shown in the screen's banner, as before.
  const showError = (e: unknown) => void act(() => Promise.reject(e instanceof Error ? e : new Error(String(e))));
  const title = useGuardedField(item.title, (v) => (v.trim() ? owner.updateItem(item.id, { title: v }) : Promise.resolve()), showError);
  const anon = useGuardedField(item.anonLabel ?? '', (v) => owner.updateItem(item.id, { anonLabel: v }), showError);
  const [gate, setGate] = useState<{ childId: string; message: string } | null>(null);
  const isChildItem = item.kind === 'barn';
  /** One call: the reply is the whole meeting, so its warnings and carried follow-ups follow the child at once. */
  async function chooseChild(childId: string | null) {
    setGate(null);
    try {
      await owner.planItem(item.id, { childId });
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONSENT_REQUIRED' && childId) setGate({ childId, message: e.message });
      else showError(e);
    }
  }
  return (
    <div className="agenda-row" data-testid={`punkt-${index + 1}`}>
      <span className="num" aria-hidden="true">
        {index + 1}
      </span>
      <div>
        {locked || item.fixed ? (
          <strong>{item.title}</strong>
        ) : (
          <>
            <label htmlFor={`it-title-${item.id}`} className="visually-hidden">
              {t.meeting.itemTitle} {index + 1}
            </label>
            <input
              id={`it-title-${item.id}`}
              type="text"
              value={title.value}
              aria-invalid={title.refusal ? true : undefined}
              aria-describedby={title.refusal ? `it-title-refusal-${item.id}` : undefined}
              onChange={(e) => title.setValue(e.target.value)}
              onBlur={() => void title.commit()}
            />
            <FieldRefusal id={`it-title-refusal-${item.id}`} message={title.refusal} />
          </>
        )}
        <div className="meta">
          {ITEM_KIND_LABELS[item.kind]}
          {item.fixed ? ` · ${t.meeting.fixedItem}` : ''}
          {item.description ? ` · ${item.description}` : ''}
        </div>
        {isChildItem && !locked && (
          <div className="field" style={{ marginTop: '0.5rem' }}>
            <label htmlFor={`it-child-${item.id}`}>{t.meeting.childOnItem}</label>
            <select id={`it-child-${item.id}`} value={gate?.childId ?? item.childId ?? ''} onChange={(e) => void chooseChild(e.target.value || null)}>
              <option value="">{t.app.choose}</option>
              {children.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} (f. {formatLongDate(c.birthDate)})
                </option>
              ))}
            </select>
          </div>
        )}
        {gate && (
          <div className="alert warn" role="alert">
            <p>{gate.message}</p>
            <strong>{t.consentGate.options}</strong>
            <div className="toolbar" style={{ marginTop: '0.5rem' }}>
              <a className="button" href={hrefFor({ name: 'barn', id: gate.childId })}>
                {t.consentGate.openCase}
              </a>
              <button
                type="button"
                onClick={() =>
                  void owner
                    .planItem(item.id, { childId: gate.childId, basis: 'uden_samtykke' })
                    .then(() => setGate(null))
                    .catch((e: unknown) => setGate({ childId: gate.childId, message: e instanceof AppError ? e.message : String(e) }))
                }
              >
                {t.consentGate.withoutConsent}
              </button>
            </div>
            <p className="meta" style={{ marginTop: '0.5rem' }}>
              {t.consentGate.anonymous}
            </p>
          </div>
        )}
        {item.basis === 'uden_samtykke' && <span className="badge warn">{screenText.plan.withoutConsent}</span>}
        {isChildItem && locked && item.childName && <div>{item.childName}</div>}
        {(item.kind === 'standard' || item.kind === 'boernegruppe') && !locked && <OwnerAndPurpose m={m} item={item} owner={owner} act={act} />}
        {item.kind === 'anonym' && (
          <div className="field" style={{ marginTop: '0.5rem' }}>
            <label htmlFor={`it-anon-${item.id}`}>{t.meeting.anonLabel}</label>
            <input
              id={`it-anon-${item.id}`}
              type="text"
              value={anon.value}
              disabled={locked}
              aria-invalid={anon.refusal ? true : undefined}
              aria-describedby={anon.refusal ? `it-anon-refusal-${item.id} it-anon-hint-${item.id}` : `it-anon-hint-${item.id}`}
              onChange={(e) => anon.setValue(e.target.value)}
              onBlur={() => void anon.commit()}
            />
            <FieldRefusal id={`it-anon-refusal-${item.id}`} message={anon.refusal} />
            <div className="hint" id={`it-anon-hint-${item.id}`}>
              {t.meeting.anonHint}
            </div>
          </div>
        )}
      </div>
      <div className="controls">
        <label htmlFor={`it-min-${item.id}`} className="visually-hidden">
          {t.meeting.minutes} {index + 1}
        </label>
        <input
          id={`it-min-${item.id}`}
          type="number"
          min={0}
          max={480}
          style={{ width: '5rem' }}
          defaultValue={item.minutes}
          disabled={locked}
          onBlur={(e) => Number(e.target.value) !== item.minutes && void act(() => owner.planItem(item.id, { minutes: Number(e.target.value) }))}
        />
        <span className="meta">{t.app.minutesShort}</span>
        {!locked && m.template.agendaRules.allowReorder && (
          <>
            <button type="button" className="small" aria-label={`${t.meeting.moveUp}: ${item.title}`} onClick={() => void act(() => owner.run(() => call('item.move', { id: item.id, direction: 'op' })))}>
              ↑
            </button>
            <button type="button" className="small" aria-label={`${t.meeting.moveDown}: ${item.title}`} onClick={() => void act(() => owner.run(() => call('item.move', { id: item.id, direction: 'ned' })))}>
              ↓
            </button>
          </>
        )}
        {!locked && !item.fixed && (
          <button type="button" className="small danger" aria-label={`${t.meeting.removeItem}: ${item.title}`} onClick={() => void act(() => owner.run(() => call('item.remove', { id: item.id })))}>
            {t.app.remove}
          </button>
        )}
      </div>
    </div>
  );
}
