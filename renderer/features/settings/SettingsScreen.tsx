import { formatTimestamp } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AuditCard, RetentionCard, SecurityCard } from '../../components/TrustCards';
import { call } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';
import { SigningCard } from '../signing/SigningCard';
import { DataCard } from './DataCard';
import { KommuneCard } from './KommuneCard';
import { OrganisationCard } from './OrganisationCard';
import { ProfileCard } from './ProfileCard';
import { ShareCard } from './ShareCard';
import { useSettings } from './useSettings';

/**
 * The settings page. It keeps no copy of its own: every card reads the one owner's settings (`useSettings`) and
 * saves through it; a card's unsaved typing lives in its draft (`useDraft`), which follows an import, a restore or a
 * change made elsewhere as long as the user has not typed.
 */
export function SettingsScreen() {
  const owner = useSettings();
  const templates = useLiveQuery(() => call('template.list', {}), [], { aggregate: 'settings', id: null });
  const s = owner.settings;
  if (!s) return <ErrorBanner error={owner.error} />;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.settings.title}</h1>
          <p className="sub">{t.settings.subtitle}</p>
        </div>
      </div>
      <div className="grid-2">
        <ProfileCard s={s} />
        <OrganisationCard s={s} />
      </div>
      <KommuneCard s={s} templates={templates.data ?? []} />
      <div className="grid-2">
        <ShareCard />
        <DataCard
          s={s}
          onReplaced={() => {
            // A restore's reply is not the settings: everything on this page came from the data just replaced.
            owner.reload();
            templates.reload();
          }}
        />
      </div>
      <div className="grid-2">
        <SecurityCard />
        <RetentionCard />
      </div>
      <SigningCard s={s} />
      <AuditCard />
      <section className="card" aria-labelledby="changes-h">
        <h2 id="changes-h">{t.settings.changes}</h2>
        <ul className="list-plain">
          {s.changes.map((c, i) => (
            <li key={i}>
              <span>{c.summary}</span>
              <span className="meta">
                {c.actor}, {formatTimestamp(c.at)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
