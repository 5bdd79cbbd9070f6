import { useState } from 'react';
import type { TransitionFormView } from '../../../shared/schemas/forms';
import { referatScreenText as RS } from '../../../shared/text/referatScreen';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useAutosave } from '../../lib/useAutosave';
import { TextArea } from '../../ui/TextArea';

/**
 * The seven læringskompetencer on the overgangsskema tab: the same stored text as the meeting's item „Læringskompetencer“
 * (saved through it), so writing here or during the meeting is writing the same thing.
 */
export function CompetencesCard({ view, save: store }: { view: TransitionFormView; save: (texts: Record<string, string>) => Promise<void> }) {
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(view.competences.map((c) => [c.label, c.text])));
  const enabled = view.editable && view.competenceItemId !== null;
  const save = useAutosave(texts, store, { enabled });
  return (
    <section className="card" aria-labelledby="competences-h">
      <h2 id="competences-h">
        {RS.transition.competences} <SaveIndicator state={save.state} />
      </h2>
      <p className="meta">{view.competenceItemId ? RS.transition.competencesHelp : RS.transition.noCompetenceItem}</p>
      <div className="grid-2">
        {view.competences.map((c, i) => (
          <TextArea
            key={c.label}
            id={`tf-comp-${i}`}
            label={c.label}
            rows={2}
            value={texts[c.label] ?? ''}
            disabled={!enabled}
            onChange={(v) => setTexts({ ...texts, [c.label]: v })}
          />
        ))}
      </div>
    </section>
  );
}
