import { useEffect, useState } from 'react';
import type { Progress, ProgressOperation } from '../../../shared/ipc/events';
import { progressText } from '../../../shared/text/progress';
import { onProgress } from '../../lib/api';

/**
 * A long operation's progress as the core reports it (the `progress` event): a bar and the step in words, shown
 * from the first report until the step `done`. The core reports between phases, so the bar moves in steps while
 * the window stays responsive.
 */
export function ProgressBar({ operation }: { operation: ProgressOperation }) {
  const [now, setNow] = useState<Progress | null>(null);
  useEffect(() => onProgress((p) => p.operation === operation && setNow(p.step === 'done' ? null : p)), [operation]);
  if (!now) return null;
  const percent = Math.round(now.fraction * 100);
  const name = progressText.operation[operation];
  return (
    <div className="progress-step" role="status">
      <progress max={100} value={percent} aria-label={progressText.label(name, percent)} />
      <span>{progressText.step[now.step]}</span>
    </div>
  );
}
