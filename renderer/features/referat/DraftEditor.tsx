import { useState } from 'react';
import type { ReferatBody, ReferatState } from '../../../shared/schemas/referat';
import { t } from '../../../shared/text/da';
import { DialogActions, Modal } from '../../components/Modal';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useAutosave } from '../../lib/useAutosave';
import { TextArea } from '../../ui/TextArea';
import type { ReferatOwner } from './useReferat';

/** Decisions typed one per line; a trailing empty line is kept while typing, blank lines in between are dropped. */
function decisionLines(text: string): string[] {
  return text.split('\n').filter((l, k, all) => l.trim() || k < all.length - 1);
}

/** The draft referat, saved as you type; every multi-line field grows with its text. Approving ends the editing. */
export function DraftEditor({
  owner,
  body,
  allowed,
  suggestedApprover,
  onApproved,
}: {
  owner: ReferatOwner;
  body: ReferatBody;
  allowed: ReferatState['allowed'];
  suggestedApprover: string;
  onApproved: () => void;
}) {
  const [draft, setDraft] = useState(body);
  const save = useAutosave(draft, owner.save);
  const [approveOpen, setApproveOpen] = useState(false);
  const [approvedBy, setApprovedBy] = useState(suggestedApprover);
  const [regenOpen, setRegenOpen] = useState(false);
  const setItem = (i: number, patch: Partial<ReferatBody['items'][number]>) => setDraft({ ...draft, items: draft.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <section className="card" aria-labelledby="draft-h">
      <h2 id="draft-h">
        {t.referat.title} – {t.referat.statusLabels['udkast']} <SaveIndicator state={save.state} />
      </h2>
      <TextArea id="ref-bemaerk" label={t.meeting.remark} rows={2} value={draft.bemaerk} onChange={(v) => setDraft({ ...draft, bemaerk: v })} />
      {draft.items.map((it, i) => (
        <fieldset key={it.number}>
          <legend>
            {it.number} {it.title}
            {it.childLabel ? ` – ${it.childLabel}` : ''}
          </legend>
          <TextArea id={`ref-text-${i}`} label={t.referat.itemText} rows={3} value={it.text} onChange={(v) => setItem(i, { text: v })} />
          <TextArea
            id={`ref-dec-${i}`}
            label={t.referat.decisionsOnePerLine}
            rows={2}
            value={it.decisions.join('\n')}
            onChange={(v) => setItem(i, { decisions: decisionLines(v) })}
          />
        </fieldset>
      ))}
      <div className="toolbar">
        <button type="button" className="primary" disabled={!allowed.approve} onClick={() => void save.flush().then(() => setApproveOpen(true))}>
          {t.referat.approve}
        </button>
        <button type="button" disabled={!allowed.generate} onClick={() => setRegenOpen(true)}>
          {t.referat.regenerate}
        </button>
      </div>
      <Modal title={t.referat.approve} open={approveOpen} onClose={() => setApproveOpen(false)}>
        <p>{t.referat.approveHelp}</p>
        <div className="field">
          <label htmlFor="approved-by">{t.referat.approvedBy}</label>
          <input id="approved-by" type="text" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} />
        </div>
        <DialogActions
          onCancel={() => setApproveOpen(false)}
          confirmLabel={t.referat.approve}
          disabled={!approvedBy.trim()}
          onConfirm={() =>
            void owner.approve(approvedBy).then((next) => {
              setApproveOpen(false);
              if (next) onApproved();
            })
          }
        />
      </Modal>
      <Modal title={t.referat.regenerate} open={regenOpen} onClose={() => setRegenOpen(false)}>
        <p>{t.referat.regenerateConfirm}</p>
        <DialogActions
          onCancel={() => setRegenOpen(false)}
          confirmLabel={t.referat.regenerate}
          onConfirm={() =>
            void owner.generate().then((s) => {
              if (s?.body) setDraft(s.body);
              setRegenOpen(false);
            })
          }
        />
      </Modal>
    </section>
  );
}
