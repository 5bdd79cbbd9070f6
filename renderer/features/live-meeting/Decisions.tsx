import { useState } from 'react';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';

export type MutateItem = (fn: () => Promise<AgendaItem>) => Promise<AgendaItem | undefined>;

/** The item's decisions: added and removed through the meeting's owner (the reply is the item). */
export function Decisions({ item, mutateItem }: { item: AgendaItem; mutateItem: MutateItem }) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="decisions-h">
      <h3 id="decisions-h">{t.live.decisions}</h3>
      <ul className="list-plain">
        {item.decisions.map((d) => (
          <li key={d.id}>
            <span>– {d.text}</span>
            <button type="button" className="small" aria-label={`${t.app.remove}: ${d.text}`} onClick={() => void mutateItem(() => call('decision.remove', { id: d.id }))}>
              {t.app.remove}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="toolbar"
        style={{ marginTop: '0.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void mutateItem(() => call('decision.add', { itemId: item.id, text })).then((r) => r && setText(''));
        }}
      >
        <label htmlFor="new-decision" className="visually-hidden">
          {t.live.newDecision}
        </label>
        <input id="new-decision" type="text" value={text} placeholder={t.live.newDecision} onChange={(e) => setText(e.target.value)} style={{ flex: 1, width: 'auto' }} />
        <button type="submit">{t.live.addDecision}</button>
      </form>
    </section>
  );
}

