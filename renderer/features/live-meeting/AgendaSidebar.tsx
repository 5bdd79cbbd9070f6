import { formatDuration } from '../../../shared/format/danishDate';
import type { AgendaItem, MeetingDetail } from '../../../shared/schemas/meeting';
import { t } from '../../../shared/text/da';

/**
 * The live meeting's agenda: each item with its time used and its time box („0:00 / 20:00", kept on one line), the
 * current one marked; items of another phase cannot be opened (the core refuses them, SPEC req. 5).
 */
export function AgendaSidebar({
  m,
  currentId,
  elapsed,
  phaseIndex,
  inOtherPhase,
  goTo,
}: {
  m: MeetingDetail;
  currentId: string | null;
  /** Time used on the current item, as the running timer shows it. */
  elapsed: number;
  phaseIndex: number;
  inOtherPhase: (it: AgendaItem) => boolean;
  goTo: (itemId: string) => void;
}) {
  const phases = m.template.phases ?? [];
  return (
    <section className="card live-agenda" aria-labelledby="live-agenda">
      <h2 id="live-agenda">{t.live.agenda}</h2>
      {phaseIndex >= 0 && (
        <p className="meta">
          {t.live.phaseNow}: {phases[phaseIndex]!.title}
        </p>
      )}
      {m.items.map((it, i) => {
        const otherPhase = inOtherPhase(it);
        const later = otherPhase && phases.findIndex((p) => p.key === it.phase) > phaseIndex;
        return (
          <button
            key={it.id}
            type="button"
            aria-current={it.id === currentId ? 'step' : undefined}
            disabled={otherPhase}
            title={otherPhase ? (later ? t.live.phaseLaterItem(phases.find((p) => p.key === it.phase)?.title ?? '') : t.live.phaseDoneItem) : undefined}
            onClick={() => goTo(it.id)}
          >
            <span className="what">
              {i + 1}. {it.title}
              {it.childName ? ` – ${it.childName}` : it.anonLabel ? ` – ${it.anonLabel}` : ''}
            </span>
            <span className="time">
              {formatDuration(it.id === currentId ? elapsed : it.elapsedSeconds)} / {it.minutes}:00
            </span>
          </button>
        );
      })}
    </section>
  );
}
