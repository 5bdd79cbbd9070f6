import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { ITEM_KIND_LABELS } from '../../../shared/templates/codes';
import type { ItemKind } from '../../../shared/templates/schema';
import { t } from '../../../shared/text/da';
import { call } from '../../lib/api';
import type { MeetingOwner } from '../meeting/useMeeting';
import { AgendaRow, type ChildOption, type Act } from './AgendaRow';

function minutesBetween(a: string, b: string): number {
  const [ah, am] = a.split(':').map(Number) as [number, number];
  const [bh, bm] = b.split(':').map(Number) as [number, number];
  return bh * 60 + bm - (ah * 60 + am);
}

/** The agenda: items in their phases and 0–2 block, and adding an item of a kind the template allows. */
export function AgendaCard({ m, owner, act, children }: { m: MeetingDetail; owner: MeetingOwner; act: Act; children: ChildOption[] }) {
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
              <AgendaRow m={m} item={item} index={i} owner={owner} act={act} children={children} />
            </li>
          );
        })}
      </ol>
      {m.editable && rules.allowAddItems && rules.addableKinds.length > 0 && (
        <form
          className="toolbar"
          style={{ marginTop: '1rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => owner.run(() => call('item.add', { meetingId: m.id, kind, block: block && kind !== 'standard' ? '0-2' : null })));
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
