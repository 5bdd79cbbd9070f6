import { internalNoteText } from '../../../shared/text/historyTruth';

export function InternalCheckbox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {internalNoteText.label}
      </label>
      <p className="meta">{internalNoteText.help}</p>
    </div>
  );
}

export function InternalToggle({ internal, onToggle }: { internal: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="small" onClick={onToggle}>
      {internal ? internalNoteText.unmark : internalNoteText.mark}
    </button>
  );
}
