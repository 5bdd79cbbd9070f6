import { useState } from 'react';
import { OutlookCard } from '../features/outlook/OutlookCard';
import { formatLongDate } from '../../shared/format/danishDate';
import { roleLabel, type RoleCode } from '../../shared/domain/roles';
import type { AgendaItem, MeetingDetail } from '../../shared/schemas/meeting';
import { ITEM_KIND_LABELS, type ItemKind } from '../../shared/templates/schema';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { RoleSelect } from '../components/RoleSelect';
import { MeetingHeader } from '../components/MeetingHeader';
import { DialogActions, Modal } from '../components/Modal';
import { Warnings } from '../components/Warnings';
import { AppError, call } from '../lib/api';
import { useAction, useQuery } from '../lib/hooks';
import { FieldRefusal } from '../components/FieldRefusal';
import { useGuardedField } from '../lib/useGuardedField';
import { hrefFor, navigate } from '../lib/router';
import { PreparationCard } from '../features/preparation/PreparationCard';
import { DateInput, TimeInput } from '../components/DanishDateTime';
import { screenText } from '../../shared/text/screens';
import { StartMeetingButton } from '../features/meetingDay/StartMeetingButton';

function minutesBetween(a: string, b: string): number {
  const [ah, am] = a.split(':').map(Number) as [number, number];
  const [bh, bm] = b.split(':').map(Number) as [number, number];
  return bh * 60 + bm - (ah * 60 + am);
}

export function MeetingPlan({ id }: { id: string }) {
  const meeting = useQuery(() => call('meeting.get', { id }), [id]);
  const people = useQuery(() => call('person.list', {}), []);
  const children = useQuery(() => call('child.list', {}), []);
  const action = useAction();
  const m = meeting.data;
  if (!m) return <ErrorBanner error={meeting.error} />;

  const locked = m.status === 'godkendt' || m.status === 'aflyst' || m.referatStatus === 'godkendt' || m.referatStatus === 'forseglet';
  async function update(fn: () => Promise<MeetingDetail>) {
    const next = await action.run(fn);
    if (next) meeting.setData(next);
  }
  async function updateItem(itemId: string, patch: Parameters<typeof callItemUpdate>[1]) {
    const ok = await action.run(() => callItemUpdate(itemId, patch));
    if (ok) meeting.reload();
  }

  return (
    <>
      <MeetingHeader m={m} active="plan" />
      <ErrorBanner error={action.error} onClose={action.clear} />
      {m.status === 'aflyst' && (
        <div className="alert warn" role="status">
          {t.meeting.cancelled}: {m.cancelledReason}
        </div>
      )}
      <Warnings warnings={m.warnings} title={t.meeting.warnings} />
      {m.escalatedFromId && <EscalatedFrom m={m} reload={meeting.reload} />}
      <div className="grid-2">
        <DetailsCard m={m} locked={locked} onSave={(patch) => update(() => call('meeting.update', { id, patch }))} />
        <RolesCard m={m} locked={locked} onSave={(patch) => update(() => call('meeting.update', { id, patch }))} />
      </div>
      <ParticipantsCard m={m} people={people.data ?? []} locked={locked} update={update} />
      <AgendaCard m={m} locked={locked} children={children.data ?? []} update={update} updateItem={updateItem} />
      {(m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'aflyst') && <OutlookCard m={m} kind="indkaldelse" />}
      {m.template.preparation && m.status !== 'aflyst' && <PreparationCard meetingId={m.id} sentAt={m.preparationSentAt} onChanged={meeting.reload} />}
      {(m.carriedFollowups.length > 0 || m.previousMeeting) && (
        <section className="card" aria-labelledby="carried">
          <h2 id="carried">{t.meeting.carried}</h2>
          {m.previousMeeting && (
            <p>
              {t.meeting.previous}: {m.previousMeeting.title}, {formatLongDate(m.previousMeeting.date)}
              {m.previousMeeting.referatDocumentId ? ` – ${t.meeting.previousReferat} ${m.previousMeeting.referatDocumentId}` : ''}
            </p>
          )}
          <ul className="list-plain">
            {m.carriedFollowups.map((f) => (
              <li key={f.id}>
                <span>
                  {screenText.followupOwner(f.ownerInitials)} {f.text}
                  {f.dueDate ? screenText.due(formatLongDate(f.dueDate)) : ''}
                  {f.overdue && (
                    <>
                      {' '}
                      <span className="badge danger">{t.followupsScreen.overdue}</span>
                    </>
                  )}
                </span>
                <span className="meta">
                  {f.meetingTitle}, {formatLongDate(f.meetingDate)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ActionsCard m={m} locked={locked} update={update} />
    </>
  );
}

type ItemPatch = Parameters<typeof call<'item.update'>>[1]['patch'];
function callItemUpdate(id: string, patch: ItemPatch) {
  return call('item.update', { id, patch });
}

function DetailsCard({ m, locked, onSave }: { m: MeetingDetail; locked: boolean; onSave: (patch: Record<string, string>) => void }) {
  const [title, setTitle] = useState(m.title);
  const [date, setDate] = useState(m.date);
  const [start, setStart] = useState(m.startTime);
  const [end, setEnd] = useState(m.endTime);
  const [place, setPlace] = useState(m.place);
  const [remark, setRemark] = useState(m.remark);
  const dirty = title !== m.title || date !== m.date || start !== m.startTime || end !== m.endTime || place !== m.place || remark !== m.remark;
  return (
    <section className="card" aria-labelledby="details">
      <h2 id="details">{t.meeting.details}</h2>
      {locked && m.status !== 'aflyst' && (
        <p className="hint" role="note">
          {t.meeting.lockedDetails}
        </p>
      )}
      <fieldset disabled={locked} style={{ border: 'none', padding: 0, margin: 0 }}>
        <div className="field">
          <label htmlFor="m-title">{t.meeting.title}</label>
          <input id="m-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="m-date">{t.newMeeting.date}</label>
            <DateInput id="m-date" value={date} onChange={setDate} />
          </div>
          <div className="field">
            <label htmlFor="m-start">{t.newMeeting.start}</label>
            <TimeInput id="m-start" value={start} onChange={setStart} />
          </div>
          <div className="field">
            <label htmlFor="m-end">{t.newMeeting.end}</label>
            <TimeInput id="m-end" value={end} onChange={setEnd} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="m-place">{t.newMeeting.place}</label>
          <input id="m-place" type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="m-remark">{t.meeting.remark}</label>
          <textarea id="m-remark" value={remark} rows={2} onChange={(e) => setRemark(e.target.value)} aria-describedby="m-remark-hint" />
          <div className="hint" id="m-remark-hint">
            {t.meeting.remarkHint}
          </div>
        </div>
        <button type="button" className="primary" disabled={!dirty} onClick={() => onSave({ title, date, startTime: start, endTime: end, place, remark })}>
          {t.app.save}
        </button>
      </fieldset>
      <p className="meta">{t.meeting.templateInfo(m.template.variant ? `${m.template.name}: ${m.template.variant}` : m.template.name, m.templateVersion)}</p>
    </section>
  );
}

const ROLE_FIELDS = [
  ['convenerId', t.meeting.convener],
  ['chairId', t.meeting.chair],
  ['ownerId', t.meeting.owner],
  ['referentId', t.meeting.referent],
] as const;

function RolesCard({ m, locked, onSave }: { m: MeetingDetail; locked: boolean; onSave: (patch: Record<string, string | null>) => void }) {
  const candidates = m.participants.filter((p) => p.guestItemId === null && p.role !== 'foraelder' && p.role !== 'netvaerk');
  return (
    <section className="card" aria-labelledby="roles">
      <h2 id="roles">{t.meeting.roles}</h2>
      {ROLE_FIELDS.map(([field, label]) => (
        <div className="field" key={field}>
          <label htmlFor={`role-${field}`}>{label}</label>
          <select
            id={`role-${field}`}
            disabled={locked}
            value={m[field] ?? ''}
            onChange={(e) => onSave({ [field]: e.target.value || null })}
          >
            <option value="">{t.app.none}</option>
            {candidates.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name} ({p.initials}) – {roleLabel(p.role)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </section>
  );
}

function ParticipantsCard({
  m,
  people,
  locked,
  update,
}: {
  m: MeetingDetail;
  people: { id: string; name: string; initials: string; role: RoleCode }[];
  locked: boolean;
  update: (fn: () => Promise<MeetingDetail>) => Promise<void>;
}) {
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleCode | ''>('');
  const [guestItem, setGuestItem] = useState('');
  const available = people.filter((p) => !m.participants.some((x) => x.personId === p.id));
  // For a child's meeting the child's own parents come first – custody holders before others – and the directory's
  // other parents last, so a parent of another child is not picked by mistake.
  const child = useQuery(() => (m.childId ? call('child.get', { id: m.childId }) : Promise.resolve(null)), [m.childId]);
  const guardians = [...(child.data?.guardians ?? [])].sort((a, b) => Number(b.custody) - Number(a.custody));
  const own = guardians.map((g) => available.find((p) => p.id === g.personId)).filter((p): p is (typeof available)[number] => !!p);
  const staff = available.filter((p) => p.role !== 'foraelder');
  const otherParents = available.filter((p) => p.role === 'foraelder' && !own.includes(p));
  const option = (p: (typeof available)[number]) => (
    <option key={p.id} value={p.id}>
      {p.name} ({p.initials}) – {roleLabel(p.role)}
      {guardians.find((g) => g.personId === p.id)?.custody ? ` · ${t.meeting.custodyHolder}` : ''}
    </option>
  );
  return (
    <section className="card" aria-labelledby="participants">
      <h2 id="participants">{t.meeting.participants}</h2>
      {m.participants.map((p) => (
        <div className="people-row" key={p.id}>
          <div>
            <strong>
              {p.name} ({p.initials})
            </strong>{' '}
            – {roleLabel(p.role)}
            {p.consultative && (
              <>
                {' '}
                <span className="badge primary">{t.meeting.consultative}</span>
              </>
            )}
            {p.guestItemId && (
              <>
                {' '}
                <span className="badge">
                  {t.meeting.guestFor} {(m.items.findIndex((i) => i.id === p.guestItemId) + 1).toString()}
                </span>
              </>
            )}
          </div>
          {!locked && (
            <div className="toolbar">
              <label className="check">
                <input
                  type="checkbox"
                  checked={p.consultative}
                  onChange={(e) => update(() => call('participant.update', { id: p.id, consultative: e.target.checked }))}
                />
                {t.meeting.consultative}
              </label>
              <button type="button" className="small danger" onClick={() => update(() => call('participant.remove', { id: p.id }))} aria-label={`${t.app.remove} ${p.name}`}>
                {t.app.remove}
              </button>
            </div>
          )}
        </div>
      ))}
      {!locked && (
        <form
          className="grid-3"
          style={{ marginTop: '1rem', alignItems: 'end' }}
          onSubmit={(e) => {
            e.preventDefault();
            const person = people.find((p) => p.id === personId);
            if (!person) return;
            void update(() =>
              call('participant.add', {
                meetingId: m.id,
                personId,
                role: role || person.role,
                consultative: false,
                guestItemId: guestItem || null,
              }),
            ).then(() => {
              setPersonId('');
              setRole('');
              setGuestItem('');
            });
          }}
        >
          <div className="field">
            <label htmlFor="add-person">{t.meeting.person}</label>
            <select id="add-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t.app.choose}</option>
              {own.length > 0 && <optgroup label={t.meeting.childParents}>{own.map(option)}</optgroup>}
              <optgroup label={t.meeting.staff}>{staff.map(option)}</optgroup>
              {otherParents.length > 0 && <optgroup label={t.meeting.otherParents}>{otherParents.map(option)}</optgroup>}
            </select>
          </div>
          <div className="field">
            <label htmlFor="add-role">{t.meeting.role}</label>
            <RoleSelect id="add-role" optional value={role} onChange={(r) => setRole(r)} />
          </div>
          <div className="field">
            <label htmlFor="add-guest">{t.meeting.guestFor}</label>
            <select id="add-guest" value={guestItem} onChange={(e) => setGuestItem(e.target.value)}>
              <option value="">{t.meeting.wholeMeeting}</option>
              {m.items.map((i, n) => (
                <option key={i.id} value={i.id}>
                  {n + 1} {i.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" disabled={!personId}>
              {t.meeting.addParticipant}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function AgendaCard({
  m,
  locked,
  children,
  update,
  updateItem,
}: {
  m: MeetingDetail;
  locked: boolean;
  children: { id: string; name: string; birthDate: string }[];
  update: (fn: () => Promise<MeetingDetail>) => Promise<void>;
  updateItem: (id: string, patch: ItemPatch) => Promise<void>;
}) {
  const rules = m.template.agendaRules;
  const [kind, setKind] = useState<ItemKind>(rules.addableKinds[0] ?? 'standard');
  const [block, setBlock] = useState(false);
  const planned = m.items.reduce((s, i) => s + i.minutes, 0);
  const has02 = m.template.agenda.some((a) => a.block === '0-2');
  let lastPhase: string | null = null;
  let lastBlock: string | null = null;
  return (
    <section className="card" aria-labelledby="agenda">
      <h2 id="agenda">{t.meeting.agenda}</h2>
      <p className="meta">{t.meeting.totalTime(planned, minutesBetween(m.startTime, m.endTime))}</p>
      <ol className="agenda-list">
        {m.items.map((item, i) => {
          const phaseHead = item.phase && item.phase !== lastPhase ? m.template.phases?.find((p) => p.key === item.phase)?.title : null;
          lastPhase = item.phase;
          const blockHead = item.block && item.block !== lastBlock ? t.meeting.block02 : null;
          lastBlock = item.block;
          return (
            <li key={item.id}>
              {phaseHead && <div className="phase-head">{phaseHead}</div>}
              {blockHead && <div className="block-head">{blockHead}</div>}
              <AgendaRow m={m} item={item} index={i} locked={locked} children={children} update={update} updateItem={updateItem} />
            </li>
          );
        })}
      </ol>
      {!locked && rules.allowAddItems && rules.addableKinds.length > 0 && (
        <form
          className="toolbar"
          style={{ marginTop: '1rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            void update(() => call('item.add', { meetingId: m.id, kind, block: block && kind !== 'standard' ? '0-2' : null }));
          }}
        >
          <label htmlFor="add-kind" className="visually-hidden">
            {t.meeting.itemKind}
          </label>
          <select id="add-kind" value={kind} onChange={(e) => setKind(e.target.value as ItemKind)} style={{ width: 'auto' }}>
            {rules.addableKinds.map((k) => (
              <option key={k} value={k}>
                {ITEM_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          {has02 && kind !== 'standard' && (
            <label className="check">
              <input type="checkbox" checked={block} onChange={(e) => setBlock(e.target.checked)} />
              {t.meeting.block02}
            </label>
          )}
          <button type="submit">{t.meeting.addItem}</button>
        </form>
      )}
    </section>
  );
}

function AgendaRow({
  m,
  item,
  index,
  locked,
  children,
  update,
  updateItem,
}: {
  m: MeetingDetail;
  item: AgendaItem;
  index: number;
  locked: boolean;
  children: { id: string; name: string; birthDate: string }[];
  update: (fn: () => Promise<MeetingDetail>) => Promise<void>;
  updateItem: (id: string, patch: ItemPatch) => Promise<void>;
}) {
  // Any other failure is shown in the screen's banner, as before.
  const showError = (e: unknown) => void update(() => Promise.reject(e instanceof Error ? e : new Error(String(e))));
  const title = useGuardedField(item.title, async (v) => {
    if (!v.trim()) return;
    await callItemUpdate(item.id, { title: v });
    await updateItem(item.id, {});
  }, showError);
  const anon = useGuardedField(item.anonLabel ?? '', async (v) => {
    await callItemUpdate(item.id, { anonLabel: v });
    await updateItem(item.id, {});
  }, showError);
  const [gate, setGate] = useState<{ childId: string; message: string } | null>(null);
  const isChildItem = item.kind === 'barn';
  async function chooseChild(childId: string | null) {
    setGate(null);
    try {
      await call('item.update', { id: item.id, patch: { childId } });
      await updateItem(item.id, {});
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONSENT_REQUIRED' && childId) setGate({ childId, message: e.message });
      else throw e;
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
                  void call('item.update', { id: item.id, patch: { childId: gate.childId, basis: 'uden_samtykke' } })
                    .then(() => updateItem(item.id, {}))
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
        {(item.kind === 'standard' || item.kind === 'boernegruppe') && !locked && <OwnerAndPurpose m={m} item={item} updateItem={updateItem} />}
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
          onBlur={(e) => Number(e.target.value) !== item.minutes && void updateItem(item.id, { minutes: Number(e.target.value) })}
        />
        <span className="meta">{t.app.minutesShort}</span>
        {!locked && m.template.agendaRules.allowReorder && (
          <>
            <button type="button" className="small" aria-label={`${t.meeting.moveUp}: ${item.title}`} onClick={() => update(() => call('item.move', { id: item.id, direction: 'op' }))}>
              ↑
            </button>
            <button type="button" className="small" aria-label={`${t.meeting.moveDown}: ${item.title}`} onClick={() => update(() => call('item.move', { id: item.id, direction: 'ned' }))}>
              ↓
            </button>
          </>
        )}
        {!locked && !item.fixed && (
          <button type="button" className="small danger" aria-label={`${t.meeting.removeItem}: ${item.title}`} onClick={() => update(() => call('item.remove', { id: item.id }))}>
            {t.app.remove}
          </button>
        )}
      </div>
    </div>
  );
}

function EscalatedFrom({ m, reload }: { m: MeetingDetail; reload: () => void }) {
  const action = useAction();
  const target = m.items.find((i) => i.key === 'opfoelgning') ?? m.items[m.items.length - 1];
  const chair = m.participants.find((p) => p.personId === m.chairId);
  const offered = m.items.some((i) => i.followups.some((f) => f.text.includes(screenText.plan.familieraadslagningWord)));
  return (
    <div className="alert info" role="status">
      <p>
        {t.escalation.escalatedFrom} <a href={hrefFor({ name: 'moede', id: m.escalatedFromId! })}>{screenText.plan.openDialogMeeting}</a>
      </p>
      <p>{t.escalation.offerFamilieraadslagning}</p>
      <ErrorBanner error={action.error} />
      {!offered && target && (
        <button
          type="button"
          onClick={() =>
            void action
              .run(() => call('followup.add', { itemId: target.id, ownerPersonId: chair?.personId ?? null, ownerInitials: chair?.initials ?? '?', text: screenText.plan.offerFamilieraadslagning, dueDate: null }))
              .then((r) => r && reload())
          }
        >
          {t.escalation.addOffer}
        </button>
      )}
    </div>
  );
}

function ExportDagsorden({ meetingId }: { meetingId: string }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => void action.run(() => call('export.document', { meetingId, kind: 'dagsorden' })).then((r) => r && setSaved(r.path))}>
        {t.meeting.exportDagsorden}
      </button>
      {saved && (
        <span className="saved" role="status">
          {t.documents.saved(saved)}
        </span>
      )}
      <ErrorBanner error={action.error} />
    </>
  );
}

/** A checkbox that shows the new state at once and settles when the core has answered. */
function OptimisticCheck({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => Promise<void> }) {
  const [pending, setPending] = useState<boolean | null>(null);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={pending ?? checked}
        onChange={(e) => {
          const v = e.target.checked;
          setPending(v);
          void onChange(v).finally(() => setPending(null));
        }}
      />
      {label}
    </label>
  );
}

function OwnerAndPurpose({ m, item, updateItem }: { m: MeetingDetail; item: AgendaItem; updateItem: (id: string, patch: ItemPatch) => Promise<void> }) {
  const [purpose, setPurpose] = useState((item.data.purposeBullets ?? []).join('\n'));
  const people = m.participants.filter((p) => p.role !== 'foraelder' && p.role !== 'netvaerk');
  return (
    <details style={{ marginTop: '0.5rem' }}>
      <summary>
        {t.meeting.itemOwner}
        {item.ownerInitials ? `: ${item.ownerInitials}` : ''}
      </summary>
      <div className="grid-2" style={{ marginTop: '0.5rem' }}>
        <div className="field">
          <label htmlFor={`it-owner-${item.id}`}>{t.meeting.itemOwner}</label>
          <select id={`it-owner-${item.id}`} value={item.ownerPersonId ?? ''} onChange={(e) => void updateItem(item.id, { ownerPersonId: e.target.value || null })}>
            <option value="">{t.app.none}</option>
            {people.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name} ({p.initials})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`it-purpose-${item.id}`}>{t.meeting.itemPurpose}</label>
          <textarea
            id={`it-purpose-${item.id}`}
            rows={2}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            onBlur={() => void updateItem(item.id, { data: { purposeBullets: purpose.split('\n').map((l) => l.trim()).filter(Boolean) } })}
          />
        </div>
      </div>
    </details>
  );
}

function ActionsCard({ m, locked, update }: { m: MeetingDetail; locked: boolean; update: (fn: () => Promise<MeetingDetail>) => Promise<void> }) {
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [needsConfirm, setNeedsConfirm] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<AppError | null>(null);
  const open = m.status === 'planlagt' || m.status === 'indkaldt';

  async function doCancel(confirmed: boolean) {
    try {
      await call('meeting.cancel', { id: m.id, reason, confirmed }).then(() => update(() => call('meeting.get', { id: m.id })));
      setCancelOpen(false);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CANCEL_NEEDS_CONFIRM') setNeedsConfirm(e.message);
      else if (e instanceof AppError) setCancelError(e);
    }
  }

  if (locked) return null;
  return (
    <section className="card" aria-labelledby="actions">
      <h2 id="actions" className="visually-hidden">
        {screenText.plan.actions}
      </h2>
      {open && (
        <fieldset>
          <legend>{t.meeting.warnings}</legend>
          <OptimisticCheck label={t.meeting.convened} checked={m.status === 'indkaldt'} onChange={(v) => update(() => call('meeting.update', { id: m.id, patch: { convened: v } }))} />
          {m.template.parentsAgreeAgenda && (
            <OptimisticCheck label={t.meeting.agendaAgreed} checked={!!m.agendaAgreedAt} onChange={(v) => update(() => call('meeting.update', { id: m.id, patch: { agendaAgreed: v } }))} />
          )}
          {m.template.preparation && (
            <OptimisticCheck
              label={t.meeting.preparationSent}
              checked={!!m.preparationSentAt}
              onChange={(v) => update(() => call('meeting.update', { id: m.id, patch: { preparationSent: v } }))}
            />
          )}
        </fieldset>
      )}
      <div className="toolbar">
        {open && (
          <StartMeetingButton
            m={m}
            onStarted={(d) => void update(() => Promise.resolve(d)).then(() => navigate({ name: 'afvikling', id: m.id }))}
          />
        )}
        {m.status === 'i_gang' && (
          <button type="button" className="primary" onClick={() => navigate({ name: 'afvikling', id: m.id })}>
            {t.meeting.resume}
          </button>
        )}
        {m.status === 'afholdt' && (
          <button type="button" className="primary" onClick={() => navigate({ name: 'referat', id: m.id })}>
            {t.meeting.openReferat}
          </button>
        )}
        <ExportDagsorden meetingId={m.id} />
        {open && (
          <button type="button" className="danger" onClick={() => setCancelOpen(true)}>
            {t.meeting.cancel}
          </button>
        )}
      </div>
      <Modal title={t.meeting.cancel} open={cancelOpen} onClose={() => setCancelOpen(false)}>
        <ErrorBanner error={cancelError} />
        {needsConfirm && (
          <div className="alert warn" role="alert">
            {needsConfirm}
          </div>
        )}
        <div className="field">
          <label htmlFor="cancel-reason">{t.meeting.cancelReason}</label>
          <textarea id="cancel-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setCancelOpen(false)}
          confirmLabel={needsConfirm ? t.meeting.cancelConfirm : t.meeting.cancel}
          danger
          disabled={!reason.trim()}
          onConfirm={() => void doCancel(needsConfirm !== null)}
        />
      </Modal>
    </section>
  );
}
