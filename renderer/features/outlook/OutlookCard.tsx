import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { CalendarInvitationResult, MailDraft, MailGroup, MailGroups, MailKind } from '../../../shared/schemas/outlook';
import { t } from '../../../shared/text/da';
import { outlookText } from '../../../shared/text/outlook';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';

const x = outlookText.screen;

const DOC_LABEL: Record<MailGroup['documents'][number]['kind'], string> = x.documents;

/**
 * Outlook, without Tovholder sending anything (issue 19): the calendar invitation (.ics) and, per recipient group, an
 * e-mail draft (.eml) with the documents attached. The core decides the groups, the basis and whether a draft may be
 * made; the dispatch is recorded only when the user says the draft was sent.
 */
export function OutlookCard({ m, kind }: { m: MeetingDetail; kind: MailKind }) {
  const action = useAction();
  const [groups, setGroups] = useState<MailGroups | null>(null);
  const heading = kind === 'referat' ? x.sendReferat : x.sendIndkaldelse;
  const canInvite = kind === 'indkaldelse' && (m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'aflyst');
  const canMail = kind === 'referat' || m.status === 'planlagt' || m.status === 'indkaldt';
  return (
    <section className="card no-print" aria-labelledby={`outlook-${kind}`}>
      <h2 id={`outlook-${kind}`}>{heading}</h2>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {canInvite && <InvitationButtons m={m} />}
      {canMail && (
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => void action.run(() => call('mail.groups', { meetingId: m.id, kind })).then((g) => g && setGroups(g))}>
            {heading}
          </button>
        </div>
      )}
      {groups && (
        <div role="group" aria-label={x.groupsTitle}>
          {groups.groups.map((g) => (
            <GroupRow key={g.key} meetingId={m.id} kind={kind} group={g} />
          ))}
        </div>
      )}
    </section>
  );
}

function InvitationButtons({ m }: { m: MeetingDetail }) {
  const action = useAction();
  const [saved, setSaved] = useState<CalendarInvitationResult | null>(null);
  const cancelled = m.status === 'aflyst';
  return (
    <div>
      <div className="toolbar">
        <button type="button" onClick={() => void action.run(() => call('calendar.invitation', { meetingId: m.id })).then((r) => r && setSaved(r))}>
          {cancelled ? x.cancellation : x.invitation}
        </button>
        {m.seriesId && !cancelled && (
          <button type="button" onClick={() => void action.run(() => call('calendar.seriesInvitation', { seriesId: m.seriesId! })).then((r) => r && setSaved(r))}>
            {x.seriesInvitation}
          </button>
        )}
      </div>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {saved && (
        <div className="alert ok" role="status">
          {x.invitationSaved(saved.path, saved.sequence)}
          {saved.withoutEmail.length > 0 && (
            <p>
              {x.withoutEmail}: {saved.withoutEmail.join(', ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function GroupRow({ meetingId, kind, group }: { meetingId: string; kind: MailKind; group: MailGroup }) {
  const action = useAction();
  const [draft, setDraft] = useState<MailDraft | null>(null);
  const make = (confirmWithoutOral: boolean) =>
    void action.run(() => call('mail.draft', { meetingId, kind, groupKey: group.key, confirmWithoutOral })).then((d) => d && setDraft(d));
  const decide = (sent: boolean) => void action.run(() => call('mail.confirm', { draftId: draft!.id, sent })).then((d) => d && setDraft(d));
  const headingId = `grp-${group.key.replace(/[^a-z0-9]/gi, '')}`;
  return (
    <fieldset style={{ marginTop: '1rem' }} aria-labelledby={headingId}>
      <legend id={headingId}>{group.label}</legend>
      <p className="meta">
        {outlookText.errors.fields['subject']}: {group.subject}
      </p>
      <dl>
        <dt>{x.recipients}</dt>
        <dd>
          {group.recipients.length === 0 ? (
            '–'
          ) : (
            <ul>
              {group.recipients.map((r) => (
                <li key={r.personId}>{`${r.name} <${r.email}> (${x.basis.toLowerCase()}: ${(t.dispatch.bases[r.basis] ?? r.basis).toLowerCase()})`}</li>
              ))}
            </ul>
          )}
        </dd>
        {group.withoutEmail.length > 0 && (
          <>
            <dt>{x.withoutEmail}</dt>
            <dd>{group.withoutEmail.join(', ')}</dd>
          </>
        )}
        <dt>{x.attachments}</dt>
        <dd>{group.documents.map((d) => DOC_LABEL[d.kind]).join(', ')}</dd>
      </dl>
      <ErrorBanner error={action.error} onClose={action.clear} />
      {!draft && group.message && (
        <div className={`alert ${group.state === 'afvist' ? 'error' : 'warn'}`} role="status">
          {group.message}
        </div>
      )}
      {!draft && group.state !== 'afvist' && (
        <button type="button" onClick={() => make(group.state === 'bekraeft')}>
          {group.state === 'bekraeft' ? x.sendAnyway : x.makeDraft}
        </button>
      )}
      {draft?.status === 'aaben' && (
        <div className="alert info" role="status">
          <p>{draft.opened ? x.draftSaved(draft.path ?? '') : x.draftSavedNotOpened(draft.path ?? '')}</p>
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => decide(true)}>
              {x.confirmSent}
            </button>
            <button type="button" onClick={() => decide(false)}>
              {x.cancelDraft}
            </button>
          </div>
        </div>
      )}
      {draft?.status === 'sendt' && (
        <div className="alert ok" role="status">
          {x.recorded}
        </div>
      )}
      {draft?.status === 'annulleret' && (
        <div className="alert info" role="status">
          {x.cancelled}
        </div>
      )}
    </fieldset>
  );
}
