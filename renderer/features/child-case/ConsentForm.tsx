import { useState } from 'react';
import { CONSENT_PURPOSES, CONSENT_PURPOSE_LABELS, type ConsentPurpose, type ConsentRecipient, type ConsentRecipientKind } from '../../../shared/domain/consentRules';
import type { CaseDetail } from '../../../shared/schemas/case';
import { consentText as ct } from '../../../shared/text/consentText';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { DateInput } from '../../components/DanishDateTime';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DialogActions, Modal } from '../../components/Modal';
import { todayLocal } from '../../lib/dates';
import { useAction } from '../../lib/hooks';
import { ConsentParticipantPicker, type ChosenParticipant } from '../consent/ConsentParticipantPicker';
import { useSettings } from '../settings/useSettings';
import type { ChildCase } from './useChildCase';

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * A new consent. „Til hvem" follows the purpose: the recipient kinds and the default recipient per purpose come from
 * the core (`CaseDetail.allowed.consentRecipients`, the rule `consent.record` enforces).
 */
export function ConsentForm({ d, cc, open, onClose }: { d: CaseDetail; cc: ChildCase; open: boolean; onClose: () => void }) {
  const action = useAction();
  const { settings } = useSettings();
  const choice = (p: ConsentPurpose) => d.allowed.consentRecipients.find((r) => r.purpose === p);
  const kindsFor = (p: ConsentPurpose): ConsentRecipientKind[] => choice(p)?.kinds ?? [];
  const defaultFor = (p: ConsentPurpose): ConsentRecipient => choice(p)?.defaultRecipient ?? { kind: 'andet', name: '', authority: '' };
  const custody = d.child.guardians.filter((g) => g.custody);
  const [who, setWho] = useState<string[]>(custody.map((g) => g.personId));
  const [purpose, setPurpose] = useState<ConsentPurpose>('tvaerfagligt_moede');
  const [infoTypes, setInfoTypes] = useState<string>(screenText.child.defaultInfoTypes);
  const [recipients, setRecipients] = useState<ConsentRecipient[]>([defaultFor('tvaerfagligt_moede')]);
  const [purposeText, setPurposeText] = useState('');
  const [givenDate, setGivenDate] = useState(todayLocal());
  const [obtainedBy, setObtainedBy] = useState(settings?.profile?.name ?? '');
  const [participants, setParticipants] = useState<ChosenParticipant[]>([]);
  const [topics, setTopics] = useState('');
  const [expires, setExpires] = useState('');
  return (
      <Modal title={t.caseText.recordConsent} open={open} onClose={onClose}>
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
              const kept = recipients.filter((r) => kindsFor(next).includes(r.kind) && r.name.trim());
              setRecipients(kept.length ? kept : [defaultFor(next)]);
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
                    {kindsFor(purpose).map((k) => (
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
          <button type="button" className="small" onClick={() => setRecipients([...recipients, { ...defaultFor(purpose), name: '' }])}>
            {ct.addRecipient}
          </button>
        </fieldset>
        <ConsentParticipantPicker
          childId={d.child.id}
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
          onCancel={onClose}
          confirmLabel={t.caseText.recordConsent}
          onConfirm={() =>
            void action
              .run(() =>
                cc.recordConsent({
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
              .then((n) => n && onClose())
          }
        />
      </Modal>
  );
}
