import { useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import { t } from '../../../shared/text/da';
import { screenText } from '../../../shared/text/screens';
import { ErrorBanner } from '../../components/ErrorBanner';
import { hrefFor } from '../../lib/router';
import { ConsentsTab } from './ConsentsTab';
import { OverviewTab } from './OverviewTab';
import { ParentsTab } from './ParentsTab';
import { TimelineTab } from './TimelineTab';
import { TrivselTab } from './TrivselTab';
import { useChildCase } from './useChildCase';

type Tab = keyof typeof t.caseTabs;

/** The child's case: one owner (`useChildCase`), one tab per part of the case. */
export function ChildCaseScreen({ id }: { id: string }) {
  const cc = useChildCase(id);
  const [tab, setTab] = useState<Tab>('oversigt');
  const d = cc.data;
  if (!d) return <ErrorBanner error={cc.error} />;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{d.child.name}</h1>
          <p className="sub">
            {screenText.child.born(formatLongDate(d.child.birthDate))} · {d.child.institution}
            {d.child.stue ? `, ${d.child.stue}` : ''} · {d.child.socialSag ? screenText.child.socialCase : screenText.child.noSocialCase}
            {d.child.abuseSuspected && (
              <>
                {' '}
                · <span className="badge danger">{t.caseText.abuse}</span>
              </>
            )}
          </p>
        </div>
        <a className="button primary" href={hrefFor({ name: 'nyt-moede', childId: id })}>
          {t.start.newMeeting}
        </a>
      </div>
      <ErrorBanner error={cc.error} />
      <div className="tabs" role="tablist" aria-label={d.child.name}>
        {(Object.keys(t.caseTabs) as Tab[]).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
            {t.caseTabs[k]}
          </button>
        ))}
      </div>
      {tab === 'oversigt' && <OverviewTab d={d} cc={cc} />}
      {tab === 'tidslinje' && <TimelineTab d={d} />}
      {tab === 'samtykke' && <ConsentsTab d={d} cc={cc} />}
      {tab === 'foraeldre' && <ParentsTab d={d} cc={cc} />}
      {tab === 'trivsel' && <TrivselTab d={d} cc={cc} />}
    </>
  );
}
