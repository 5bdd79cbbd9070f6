import { useState } from 'react';
import { formatLongDate, formatTimestamp } from '../../shared/format/danishDate';
import { suggestInitials } from '../../shared/domain/initials';
import { CONSENT_PURPOSES, CONSENT_PURPOSE_LABELS, defaultRecipient, PURPOSE_RECIPIENT_KINDS, type ConsentPurpose, type ConsentRecipient, type ConsentRecipientKind } from '../../shared/domain/consentRules';
import { consentText as ct } from '../../shared/text/consentText';
import { ConsentParticipantPicker, type ChosenParticipant } from '../features/consent/ConsentParticipantPicker';
import { PARENT_CONTACT_KINDS, type CaseDetail } from '../../shared/schemas/case';
import { TRIVSEL_LEVELS } from '../../shared/schemas/forms';
import { MEETING_STATUS_LABELS } from '../../shared/schemas/meeting';
import { TRIVSEL_DIMENSIONS } from '../../shared/templates/schema';
import { t } from '../../shared/text/da';
import { ErrorBanner } from '../components/ErrorBanner';
import { DialogActions, Modal } from '../components/Modal';
import { call } from '../lib/api';
import { todayLocal } from '../lib/dates';
import { useAction, useQuery } from '../lib/hooks';
import { hrefFor } from '../lib/router';
import { LINEALEN_SCALES, TRIVSEL_WORDS, trivselWord } from '../../shared/domain/scales';
import { useSettings } from '../lib/settingsContext';
import { DateInput } from '../components/DanishDateTime';
import { internalNoteText } from '../../shared/text/historyTruth';
import { screenText } from '../../shared/text/screens';

type Tab = keyof typeof t.caseTabs;
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('da') + s.slice(1);

export function ChildScreen({ id }: { id: string }) {
  // Opening the case is logged once per visit; later refreshes are plain reads (child.case).
  const c = useQuery(() => call('child.open', { id }), [id]);
  const [tab, setTab] = useState<Tab>('oversigt');
  const d = c.data;
  if (!d) return <ErrorBanner error={c.error} />;
  const set = (next: CaseDetail) => c.setData(next);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{d.child.name}</h1>
          <p className="sub">
            {screenText.child.born(formatLongDate(d.child.birthDate))} · {d.child.institution}
            {d.child.stue ? `, ${d.child.stue}` : ''} · {d.child.socialSag ? screenText.child.socialCase : screenText.child.noSocialCase}
            {d.child.abuseSuspected && (
              <>
                {' '}
                · <span className="badge danger">{t.caseText.abuse}</span>
              </>
            )}
          </p>
        </div>
        <a className="button primary" href={hrefFor({ name: 'nyt-moede', childId: id })}>
          {t.start.newMeeting}
        </a>
      </div>
      <div className="tabs" role="tablist" aria-label={d.child.name}>
        {(Object.keys(t.caseTabs) as Tab[]).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
            {t.caseTabs[k]}
          </button>
        ))}
      </div>
      {tab === 'oversigt' && <Overview d={d} set={set} />}
      {tab === 'tidslinje' && <Timeline d={d} />}
      {tab === 'samtykke' && <Consents d={d} set={set} />}
      {tab === 'foraeldre' && <Parents d={d} set={set} />}
      {tab === 'trivsel' && <Trivsel d={d} set={set} />}
    </>
  );
}

function Overview({ d, set }: { d: CaseDetail; set: (c: CaseDetail) => void }) {
  const { settings } = useSettings();
  const meetings = useQuery(() => call('meeting.list', { filter: 'alle', childId: d.child.id }), [d.child.id]);
  const people = useQuery(() => call('person.list', {}), []);
  const action = useAction();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [custody, setCustody] = useState(true);
  const variant = settings?.kommune.linealenVariant ?? 'thisted';
  const update = (patch: Record<string, unknown>) => void action.run(() => call('child.update', { id: d.child.id, ...patch })).then((n) => n && set(n));
  return (
    <>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <div className="grid-2">
        <section className="card" aria-labelledby="stam-h">
          <h2 id="stam-h">{t.caseText.stamdata}</h2>
          <div className="grid-2">
            <div className="field">
              <label htmlFor="c-inst">{t.children.institution}</label>
              <input id="c-inst" type="text" defaultValue={d.child.institution} onBlur={(e) => e.target.value !== d.child.institution && update({ institution: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="c-stue">{t.children.stue}</label>
              <input id="c-stue" type="text" defaultValue={d.child.stue} onBlur={(e) => e.target.value !== d.child.stue && update({ stue: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="c-lang">{t.caseText.language}</label>
              <input id="c-lang" type="text" defaultValue={d.child.language} onBlur={(e) => e.target.value !== d.child.language && update({ language: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="c-linealen">{t.caseText.linealen}</label>
              {d.child.linealenOtherScale && d.child.linealenLabel && (
                <div className="alert warn" role="note" data-testid="linealen-other-scale">
                  {t.caseText.linealenOtherScale(d.child.linealenLabel, LINEALEN_SCALES[variant].name)}
                </div>
              )}
              <select
                id="c-linealen"
                value={d.child.linealenOtherScale ? '' : (d.child.linealenLevel ?? '')}
                onChange={(e) => update({ linealenLevel: e.target.value || null })}
                aria-describedby="c-linealen-hint"
              >
                <option value="">{d.child.linealenOtherScale ? t.caseText.linealenChooseNew : t.app.none}</option>
                {LINEALEN_SCALES[variant].levels.map((l) => (
                  <option key={l.level} value={l.level}>
                    {variant === 'farver' ? l.heading : `${l.level} – ${l.heading}`}
                  </option>
                ))}
              </select>
              <div className="hint" id="c-linealen-hint">
                {LINEALEN_SCALES[variant].name}
              </div>
            </div>
            <div className="field">
              <label htmlFor="c-tov">{t.caseText.tovholder}</label>
              <select id="c-tov" value={d.child.tovholderPersonId ?? ''} onChange={(e) => update({ tovholderPersonId: e.target.value || null })}>
                <option value="">{t.app.none}</option>
                {(people.data ?? [])
                  .filter((p) => p.role !== 'foraelder' && p.role !== 'netvaerk')
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} ({p.initials})
                    </option>
                  ))}
              </select>
            </div>
            {settings?.kommune.cprEnabled && (
              <div className="field">
                <label htmlFor="c-cpr">{t.caseText.cpr}</label>
                <input id="c-cpr" type="text" defaultValue={d.child.cpr ?? ''} onBlur={(e) => e.target.value !== (d.child.cpr ?? '') && update({ cpr: e.target.value || null })} />
              </div>
            )}
            <div className="field">
              <label htmlFor="c-left">{t.caseText.leftAt}</label>
              <DateInput id="c-left" value={d.child.leftAt ?? ''} onCommit={(v) => v !== (d.child.leftAt ?? '') && update({ leftAt: v || null })} />
            </div>
          </div>
          <label className="check">
            <input type="checkbox" checked={d.child.socialSag} onChange={(e) => update({ socialSag: e.target.checked })} />
            {t.caseText.socialSag}
          </label>
          <label className="check">
            <input type="checkbox" checked={d.child.specialNeeds} onChange={(e) => update({ specialNeeds: e.target.checked })} />
            {t.caseText.specialNeeds}
          </label>
        </section>
        <section className="card" aria-labelledby="deadlines-h">
          <h2 id="deadlines-h">{t.caseText.deadlines}</h2>
          <ul className="list-plain">
            {d.deadlines.map((x) => (
              <li key={x.kind}>
                <span>{x.label}</span>
                <span className="meta">{formatLongDate(x.date)}</span>
              </li>
            ))}
          </ul>
          <h2 style={{ marginTop: '1rem' }}>{t.caseText.meetings}</h2>
          <ul className="list-plain">
            {(meetings.data ?? []).map((m) => (
              <li key={m.id}>
                <a href={hrefFor({ name: 'moede', id: m.id })}>
                  {m.title} – {formatLongDate(m.date)}
                </a>
                <span className="badge">{MEETING_STATUS_LABELS[m.status]}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="guardians-h">
        <h2 id="guardians-h">{t.caseText.guardians}</h2>
        <ul className="list-plain">
          {d.child.guardians.map((g) => (
            <li key={g.personId}>
              <span>
                {g.name} ({g.initials}) – {g.relation}
                {g.custody ? screenText.child.custody : g.orienteringsret ? screenText.child.orienteringsret : ''}
              </span>
              <button
                type="button"
                className="small"
                aria-label={`${t.app.remove} ${g.name}`}
                onClick={() => void action.run(() => call('child.removeGuardian', { childId: d.child.id, personId: g.personId })).then((n) => n && void call('child.case', { id: d.child.id }).then(set))}
              >
                {t.app.remove}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="grid-3"
          style={{ alignItems: 'end', marginTop: '0.75rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() => call('child.addGuardian', { childId: d.child.id, name, initials: initials || suggestInitials(name), custody, orienteringsret: !custody }))
              .then((n) => {
                if (!n) return;
                setName('');
                setInitials('');
                void call('child.case', { id: d.child.id }).then(set);
              });
          }}
        >
          <div className="field">
            <label htmlFor="g-name">{screenText.child.guardianName}</label>
            <input
              id="g-name"
              type="text"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setInitials(suggestInitials(e.target.value));
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="g-initials">{t.people.initials}</label>
            <input id="g-initials" type="text" value={initials} onChange={(e) => setInitials(e.target.value)} />
          </div>
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={custody} onChange={(e) => setCustody(e.target.checked)} />
              {screenText.child.hasCustody}
            </label>
            <button type="submit" disabled={!name.trim()}>
              {screenText.child.addGuardian}
            </button>
          </div>
        </form>
      </section>
      <AbuseCard d={d} set={set} />
      <AccessCard childId={d.child.id} abuseSuspected={d.child.abuseSuspected} internalNotes={d.internalNotes} />
    </>
  );
}

function InternalCheckbox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {internalNoteText.label}
      </label>
      <p className="meta">{internalNoteText.help}</p>
    </div>
  );
}

function InternalToggle({ internal, onToggle }: { internal: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="small" onClick={onToggle}>
      {internal ? internalNoteText.unmark : internalNoteText.mark}
    </button>
  );
}

/**
 * The parents' access package. The core refuses the export while the abuse marking or internal notes are
 * undecided (CONFIRM_NEEDED); the screen only offers the choices, with the legal basis for the jurist.
 */
function AccessCard({ childId, abuseSuspected, internalNotes }: { childId: string; abuseSuspected: boolean; internalNotes: number }) {
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const [abuseFlag, setAbuseFlag] = useState<'udelad' | 'medtag'>('udelad');
  const [reason, setReason] = useState('');
  const [internal, setInternal] = useState<'udelad' | 'medtag'>('udelad');
  const [internalReason, setInternalReason] = useState('');
  const run = () =>
    void action
      .run(() =>
        call('child.accessExport', {
          id: childId,
          ...(abuseSuspected ? { abuseFlag, reason } : {}),
          ...(internalNotes > 0 ? { internalNotes: internal, internalReason } : {}),
        }),
      )
      .then((r) => r && setSaved(r.path));
  return (
    <section className="card" aria-labelledby="access-h">
      <h2 id="access-h">{t.caseText.accessExport}</h2>
      <p className="meta">{t.caseText.accessHelp}</p>
      <ErrorBanner error={action.error} />
      {saved && (
        <div className="alert ok" role="status">
          {t.documents.saved(saved)}
        </div>
      )}
      {abuseSuspected && (
        <fieldset className="alert warn" data-testid="indsigt-overgreb">
          <legend>{t.caseText.abuse}</legend>
          <p>{t.accessPackage.abuseWarning}</p>
          <p>{t.accessPackage.legalBasis}</p>
          <p>
            <strong>{t.accessPackage.juristNote}</strong>
          </p>
          <label>
            <input type="radio" name="access-abuse" checked={abuseFlag === 'udelad'} onChange={() => setAbuseFlag('udelad')} /> {t.accessPackage.leaveOut}
          </label>{' '}
          <label>
            <input type="radio" name="access-abuse" checked={abuseFlag === 'medtag'} onChange={() => setAbuseFlag('medtag')} /> {t.accessPackage.include}
          </label>
          {abuseFlag === 'medtag' && (
            <div className="field" style={{ marginTop: '0.75rem' }}>
              <label htmlFor="access-reason">{t.accessPackage.reason}</label>
              <textarea id="access-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}
      {internalNotes > 0 && (
        <fieldset className="alert warn" data-testid="indsigt-intern">
          <legend>{internalNoteText.badge}</legend>
          <p>{internalNoteText.warning(internalNotes)}</p>
          <p>{internalNoteText.legalBasis}</p>
          <p>
            <strong>{internalNoteText.juristNote}</strong>
          </p>
          <label>
            <input type="radio" name="access-internal" checked={internal === 'udelad'} onChange={() => setInternal('udelad')} /> {internalNoteText.leaveOut}
          </label>{' '}
          <label>
            <input type="radio" name="access-internal" checked={internal === 'medtag'} onChange={() => setInternal('medtag')} /> {internalNoteText.include}
          </label>
          {internal === 'medtag' && (
            <div className="field" style={{ marginTop: '0.75rem' }}>
              <label htmlFor="access-internal-reason">{internalNoteText.reason}</label>
              <textarea id="access-internal-reason" rows={2} value={internalReason} onChange={(e) => setInternalReason(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}
      <button type="button" className="primary" onClick={run}>
        {t.caseText.accessExport}
      </button>
    </section>
  );
}

function AbuseCard({ d, set }: { d: CaseDetail; set: (c: CaseDetail) => void }) {
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <section className="card" aria-labelledby="abuse-h">
      <h2 id="abuse-h">{t.caseText.abuse}</h2>
      <p className="meta">{t.caseText.abuseHelp}</p>
      {d.underretningUrl && (
        <p>
          <a href={d.underretningUrl} target="_blank" rel="noreferrer">
            {t.caseText.abuseLink}
          </a>
        </p>
      )}
      <ErrorBanner error={action.error} />
      {d.child.abuseSuspected ? (
        <>
          <div className="alert error">{d.child.abuseReason}</div>
          <button type="button" onClick={() => void action.run(() => call('child.setAbuseFlag', { childId: d.child.id, on: false, reason: '' })).then((n) => n && set(n))}>
            {t.caseText.abuseOff}
          </button>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor="abuse-reason">{t.caseText.abuseReason}</label>
            <textarea id="abuse-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="button" className="danger" disabled={!reason.trim()} onClick={() => void action.run(() => call('child.setAbuseFlag', { childId: d.child.id, on: true, reason })).then((n) => n && set(n))}>
            {t.caseText.abuseOn}
          </button>
        </>
      )}
    </section>
  );
}

function Timeline({ d }: { d: CaseDetail }) {
  return (
    <section className="card" aria-labelledby="tl-h">
      <h2 id="tl-h">{t.caseTabs.tidslinje}</h2>
      {d.timeline.length === 0 ? (
        <p>{t.caseText.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {d.timeline.map((e, i) => (
            <li key={i} className={`tl-${e.kind}`}>
              <div className="meta">
                {formatTimestamp(e.at)}
                {e.actor ? ` · ${e.actor}` : ''}
              </div>
              <div>
                <strong>{e.title}</strong>
                {e.detail ? ` – ${e.detail}` : ''}
                {e.meetingId && (
                  <>
                    {' '}
                    <a href={hrefFor({ name: 'moede', id: e.meetingId })}>{screenText.child.openMeeting}</a>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

function Consents({ d, set }: { d: CaseDetail; set: (c: CaseDetail) => void }) {
  const action = useAction();
  const { settings } = useSettings();
  const custody = d.child.guardians.filter((g) => g.custody);
  const [open, setOpen] = useState(false);
  const [who, setWho] = useState<string[]>(custody.map((g) => g.personId));
  const [purpose, setPurpose] = useState<ConsentPurpose>('tvaerfagligt_moede');
  const [infoTypes, setInfoTypes] = useState<string>(screenText.child.defaultInfoTypes);
  const [recipients, setRecipients] = useState<ConsentRecipient[]>([defaultRecipient('tvaerfagligt_moede')]);
  const people = useQuery(() => (open ? call('person.list', {}) : Promise.resolve([])), [open]);
  const [purposeText, setPurposeText] = useState('');
  const [givenDate, setGivenDate] = useState(todayLocal());
  const [obtainedBy, setObtainedBy] = useState(settings?.profile?.name ?? '');
  const [participants, setParticipants] = useState<ChosenParticipant[]>([]);
  const [topics, setTopics] = useState('');
  const [expires, setExpires] = useState('');
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdrawReason, setWithdrawReason] = useState('');
  return (
    <>
      <div className={`alert ${d.consentValidForMeetings ? 'ok' : 'warn'}`} role="status">
        {d.consentValidForMeetings ? t.caseText.consentStatusOk : t.caseText.consentStatusMissing(d.consentProblem ?? '')}
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="consents-h">
        <h2 id="consents-h">{t.caseTabs.samtykke}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{screenText.child.consentColumns.guardian}</th>
              <th scope="col">{t.caseText.purpose}</th>
              <th scope="col">{screenText.child.consentColumns.infoAndRecipients}</th>
              <th scope="col">{screenText.child.consentColumns.given}</th>
              <th scope="col">{screenText.child.consentColumns.expires}</th>
              <th scope="col">{screenText.child.consentColumns.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t.caseText.withdraw}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.consents.map((c) => (
              <tr key={c.id}>
                <td>{c.guardianName}</td>
                <td>
                  {CONSENT_PURPOSE_LABELS[c.purpose]}
                  {c.purposeText && <div className="meta">{c.purposeText}</div>}
                </td>
                <td>
                  {c.infoTypes.join(', ')}
                  <div className="meta">{screenText.child.consentRecipients(c.recipients.map((r) => (r.authority ? `${r.name} (${r.authority})` : r.name)).join(', '))}</div>
                  {c.participants.length > 0 && <div className="meta">{screenText.child.consentParticipants(c.participants.map((p) => (p.kind === 'role' ? `${p.label} ${ct.roleSuffix}` : p.label)).join(', '))}</div>}
                  {c.participantsShown.length > 0 && (
                    <div className="meta">
                      {ct.oldFreeText}: {c.participantsShown.join(', ')}
                    </div>
                  )}
                  {c.topics.length > 0 && <div className="meta">{screenText.child.consentTopics(c.topics.join(', '))}</div>}
                </td>
                <td>
                  {formatLongDate(c.givenDate)}
                  <div className="meta">{c.obtainedBy}</div>
                </td>
                <td>{formatLongDate(c.effectiveExpiry)}</td>
                <td>
                  <span className={`badge ${c.status === 'gyldig' ? 'ok' : 'danger'}`}>{t.caseText.consentStatus[c.status]}</span>
                  {c.withdrawnReason && <div className="meta">{c.withdrawnReason}</div>}
                </td>
                <td>
                  {c.status === 'gyldig' && (
                    <button type="button" className="small" onClick={() => setWithdrawing(c.id)}>
                      {t.caseText.withdraw}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="primary" style={{ marginTop: '1rem' }} onClick={() => setOpen(true)}>
          {t.caseText.recordConsent}
        </button>
      </section>
      <Modal title={t.caseText.recordConsent} open={open} onClose={() => setOpen(false)}>
        <ErrorBanner error={action.error} />
        <fieldset>
          <legend>{t.caseText.consentFrom}</legend>
          {custody.map((g) => (
            <label className="check" key={g.personId}>
              <input type="checkbox" checked={who.includes(g.personId)} onChange={(e) => setWho(e.target.checked ? [...who, g.personId] : who.filter((x) => x !== g.personId))} />
              {g.name}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="cs-purpose">{t.caseText.purpose}</label>
          <select
            id="cs-purpose"
            value={purpose}
            onChange={(e) => {
              const next = e.target.value as ConsentPurpose;
              setPurpose(next);
              // „Til hvem" follows the purpose: recipients the new purpose does not cover give way to its default.
              const kept = recipients.filter((r) => PURPOSE_RECIPIENT_KINDS[next].includes(r.kind) && r.name.trim());
              setRecipients(kept.length ? kept : [defaultRecipient(next)]);
            }}
          >
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {CONSENT_PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="cs-info">{t.caseText.infoTypes}</label>
            <textarea id="cs-info" rows={3} value={infoTypes} onChange={(e) => setInfoTypes(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="cs-topics">{t.caseText.topics}</label>
            <textarea id="cs-topics" rows={3} value={topics} onChange={(e) => setTopics(e.target.value)} />
          </div>
        </div>
        <fieldset>
          <legend>{ct.recipientsLegend}</legend>
          {recipients.map((r, i) => {
            const put = (patch: Partial<ConsentRecipient>) => setRecipients(recipients.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <div className="grid-3" key={i}>
                <div className="field">
                  <label htmlFor={`cs-rec-kind-${i}`}>{ct.recipientKind}</label>
                  <select id={`cs-rec-kind-${i}`} value={r.kind} onChange={(e) => put({ kind: e.target.value as ConsentRecipientKind })}>
                    {PURPOSE_RECIPIENT_KINDS[purpose].map((k) => (
                      <option key={k} value={k}>
                        {ct.recipientKinds[k]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`cs-rec-name-${i}`}>{ct.recipientName}</label>
                  <input id={`cs-rec-name-${i}`} type="text" value={r.name} onChange={(e) => put({ name: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`cs-rec-auth-${i}`}>{ct.recipientAuthority}</label>
                  <input id={`cs-rec-auth-${i}`} type="text" value={r.authority} onChange={(e) => put({ authority: e.target.value })} />
                </div>
              </div>
            );
          })}
          <button type="button" className="small" onClick={() => setRecipients([...recipients, { ...defaultRecipient(purpose), name: '' }])}>
            {ct.addRecipient}
          </button>
        </fieldset>
        <ConsentParticipantPicker
          people={people.data ?? []}
          childPeopleIds={[...d.child.guardians.map((g) => g.personId), ...(d.child.tovholderPersonId ? [d.child.tovholderPersonId] : [])]}
          value={participants}
          onChange={setParticipants}
        />
        <div className="field">
          <label htmlFor="cs-ptext">{t.caseText.purposeText}</label>
          <input id="cs-ptext" type="text" value={purposeText} onChange={(e) => setPurposeText(e.target.value)} />
        </div>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="cs-date">{t.caseText.givenDate}</label>
            <DateInput id="cs-date" value={givenDate} onChange={setGivenDate} />
          </div>
          <div className="field">
            <label htmlFor="cs-by">{t.caseText.obtainedBy}</label>
            <input id="cs-by" type="text" value={obtainedBy} onChange={(e) => setObtainedBy(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="cs-exp">{t.caseText.expires}</label>
            <DateInput id="cs-exp" value={expires} onChange={setExpires} />
          </div>
        </div>
        <DialogActions
          onCancel={() => setOpen(false)}
          confirmLabel={t.caseText.recordConsent}
          onConfirm={() =>
            void action
              .run(() =>
                call('consent.record', {
                  childId: d.child.id,
                  guardianPersonIds: who,
                  purpose,
                  infoTypes: lines(infoTypes),
                  recipients: recipients.filter((r) => r.name.trim()),
                  purposeText,
                  givenDate,
                  obtainedBy,
                  participants: participants.map((p) => (p.kind === 'person' ? { kind: 'person' as const, personId: p.personId } : p)),
                  topics: lines(topics),
                  expires: expires || null,
                }),
              )
              .then((n) => {
                if (n) {
                  set(n);
                  setOpen(false);
                }
              })
          }
        />
      </Modal>
      <Modal title={t.caseText.withdraw} open={withdrawing !== null} onClose={() => setWithdrawing(null)}>
        <div className="field">
          <label htmlFor="cs-wr">{t.caseText.withdrawReason}</label>
          <input id="cs-wr" type="text" value={withdrawReason} onChange={(e) => setWithdrawReason(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setWithdrawing(null)}
          confirmLabel={t.caseText.withdraw}
          danger
          onConfirm={() =>
            void action.run(() => call('consent.withdraw', { id: withdrawing!, reason: withdrawReason })).then((n) => {
              if (n) {
                set(n);
                setWithdrawing(null);
              }
            })
          }
        />
      </Modal>
    </>
  );
}

function Parents({ d, set }: { d: CaseDetail; set: (c: CaseDetail) => void }) {
  const action = useAction();
  const { settings } = useSettings();
  const [by, setBy] = useState(settings?.profile?.name ?? '');
  const [date, setDate] = useState(todayLocal());
  const [note, setNote] = useState('');
  const [noteInternal, setNoteInternal] = useState(false);
  const withNotes = d.parentContacts.filter((c) => c.note.trim());
  return (
    <>
      {d.child.abuseSuspected && (
        <div className="alert error" role="status">
          {t.caseText.abuseHelp}
        </div>
      )}
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="check-h">
        <h2 id="check-h">{t.caseText.checklist}</h2>
        <div className="grid-3">
          <div className="field">
            <label htmlFor="pc-by">{t.caseText.contactBy}</label>
            <input id="pc-by" type="text" value={by} onChange={(e) => setBy(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="pc-date">{t.caseText.givenDate}</label>
            <DateInput id="pc-date" value={date} onChange={setDate} />
          </div>
          <div className="field">
            <label htmlFor="pc-note">{t.caseText.contactNote}</label>
            <input id="pc-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        <InternalCheckbox id="pc-internal" checked={noteInternal} onChange={setNoteInternal} />
        <ul className="list-plain">
          {d.checklist.map((c) => (
            <li key={c.kind}>
              <span>
                {c.done ? '✓' : '○'} {c.label}
                {c.date ? <span className="meta"> – {formatLongDate(c.date)}</span> : null}
              </span>
              <button
                type="button"
                className="small"
                disabled={!c.allowed}
                aria-label={`${t.caseText.addContact}: ${c.label}`}
                onClick={() => void action.run(() => call('parentContact.add', { childId: d.child.id, kind: c.kind, date, byName: by, note, noteInternal })).then((n) => n && (set(n), setNote(''), setNoteInternal(false)))}
              >
                {t.caseText.addContact}
              </button>
            </li>
          ))}
        </ul>
        <p className="meta">{screenText.child.contactSteps(PARENT_CONTACT_KINDS.length)}</p>
        {withNotes.length > 0 && (
          <ul className="list-plain" data-testid="kontakt-noter">
            {withNotes.map((c) => (
              <li key={c.id}>
                <span>
                  {formatLongDate(c.date)} · {c.note} {c.noteInternal && <span className="badge warn">{internalNoteText.badge}</span>}
                </span>
                <InternalToggle internal={c.noteInternal} onToggle={() => void action.run(() => call('note.setInternal', { childId: d.child.id, kind: 'foraeldrekontakt', id: c.id, internal: !c.noteInternal })).then((n) => n && set(n))} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="disp-h">
        <h2 id="disp-h">{t.caseText.dispatches}</h2>
        {d.dispatches.length === 0 ? (
          <p>{t.caseText.noDispatches}</p>
        ) : (
          <ul className="list-plain">
            {d.dispatches.map((x) => (
              <li key={x.id}>
                <span>
                  {x.documentId} → {x.recipient}
                  {x.recipientAuthority && x.recipientAuthority !== x.recipient ? ` (${x.recipientAuthority})` : ''} · {t.dispatch.channels[x.channel] ?? x.channel}{screenText.child.dispatchBasis(t.dispatch.bases[x.basis] ?? x.basis)}
                </span>
                <span className="meta">
                  {formatTimestamp(x.sentAt)}, {x.recordedBy}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Trivsel({ d, set }: { d: CaseDetail; set: (c: CaseDetail) => void }) {
  const action = useAction();
  const { settings } = useSettings();
  // New assessments use the kommune's labels today; stored ones are shown in the words they were recorded with.
  const words = TRIVSEL_WORDS[settings?.kommune.trivselLabels ?? 'aalborg'];
  const [date, setDate] = useState(todayLocal());
  const [dims, setDims] = useState(TRIVSEL_DIMENSIONS.map((dimension) => ({ dimension, level: null as (typeof TRIVSEL_LEVELS)[number] | null, text: '' })));
  const [overall, setOverall] = useState<(typeof TRIVSEL_LEVELS)[number]>('trivsel');
  const [note, setNote] = useState('');
  const [noteInternal, setNoteInternal] = useState(false);
  return (
    <>
      {d.trivselReminder && (
        <div className="alert warn" role="status">
          {d.trivselReminder}
        </div>
      )}
      <ErrorBanner error={action.error} onClose={action.clear} />
      <section className="card" aria-labelledby="tv-list-h">
        <h2 id="tv-list-h">{t.caseTabs.trivsel}</h2>
        {d.trivsel.length === 0 ? (
          <p>{t.caseText.trivselNone}</p>
        ) : (
          <ul className="list-plain">
            {d.trivsel.map((a) => (
              <li key={a.id}>
                <span>
                  <strong>{capital(a.overallLabel)}</strong> – {a.dimensions.map((x) => `${x.dimension}: ${x.level ? trivselWord(a.labels, x.level) : '–'}`).join('; ')}
                </span>
                <span className="meta">
                  {formatLongDate(a.date)}, {a.byName}
                </span>
                {a.note.trim() && (
                  <span>
                    {a.note} {a.noteInternal && <span className="badge warn">{internalNoteText.badge}</span>}{' '}
                    <InternalToggle internal={a.noteInternal} onToggle={() => void action.run(() => call('note.setInternal', { childId: d.child.id, kind: 'trivsel', id: a.id, internal: !a.noteInternal })).then((n) => n && set(n))} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        className="card"
        aria-labelledby="tv-new-h"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(() => call('trivsel.add', { childId: d.child.id, date, dimensions: dims, overall, note, noteInternal })).then((n) => n && set(n));
        }}
      >
        <h2 id="tv-new-h">{t.caseText.trivselAdd}</h2>
        <div className="field">
          <label htmlFor="tv-date">{t.caseText.givenDate}</label>
          <DateInput id="tv-date" value={date} onChange={setDate} />
        </div>
        {dims.map((row, i) => (
          <div className="grid-3" key={row.dimension}>
            <strong style={{ alignSelf: 'center' }}>{row.dimension}</strong>
            <div className="field">
              <label htmlFor={`tv-l-${i}`}>
                {screenText.child.trivselLevel} <span className="visually-hidden">{row.dimension}</span>
              </label>
              <select id={`tv-l-${i}`} value={row.level ?? ''} onChange={(e) => setDims(dims.map((x, j) => (j === i ? { ...x, level: (e.target.value || null) as typeof x.level } : x)))}>
                <option value="">{t.app.choose}</option>
                {TRIVSEL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {capital(words[l])}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`tv-t-${i}`}>
                {screenText.child.trivselText} <span className="visually-hidden">{row.dimension}</span>
              </label>
              <input id={`tv-t-${i}`} type="text" value={row.text} onChange={(e) => setDims(dims.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} />
            </div>
          </div>
        ))}
        <div className="grid-2">
          <div className="field">
            <label htmlFor="tv-overall">{t.caseText.trivselOverall}</label>
            <select id="tv-overall" value={overall} onChange={(e) => setOverall(e.target.value as typeof overall)}>
              {TRIVSEL_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {capital(words[l])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="tv-note">{t.caseText.contactNote}</label>
            <input id="tv-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        <InternalCheckbox id="tv-internal" checked={noteInternal} onChange={setNoteInternal} />
        <button type="submit" className="primary">
          {t.app.save}
        </button>
      </form>
    </>
  );
}
