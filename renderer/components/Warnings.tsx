import type { Warning } from '../../shared/schemas/meeting';

const LEVEL_CLASS: Record<Warning['level'], string> = { info: 'info', advarsel: 'warn', fejl: 'error' };

export function Warnings({ warnings, title }: { warnings: Warning[]; title: string }) {
  if (warnings.length === 0) return null;
  const worst = warnings.some((w) => w.level === 'fejl') ? 'fejl' : warnings.some((w) => w.level === 'advarsel') ? 'advarsel' : 'info';
  return (
    <div className={`alert ${LEVEL_CLASS[worst]}`} role="status" aria-label={title}>
      <strong>{title}</strong>
      <ul>
        {warnings.map((w) => (
          <li key={w.code + w.message} data-code={w.code}>
            {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
