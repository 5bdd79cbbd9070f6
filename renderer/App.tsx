import { Suspense, useEffect } from 'react';
import { roleLabel } from '../shared/domain/roles';
import { useQuery } from './lib/hooks';
import { call } from './lib/api';
import { SettingsContext, useSettingsOwner } from './features/settings/useSettings';
import { FirstRunGuide } from './features/first-run/FirstRunGuide';
import { UnlockScreen } from './features/unlock/UnlockScreen';
import { ErrorBanner } from './components/ErrorBanner';
import { t } from '../shared/text/da';
import { onEvent } from './lib/api';
import { hrefFor, navigate, useRoute, type Route } from './lib/router';
import { useSettings } from './features/settings/useSettings';
import { StartPage } from './features/start/StartPage';
import {
  AboutScreen,
  ChildCaseScreen,
  ChildrenScreen,
  FollowupsScreen,
  HandleplanScreen,
  LiveMeeting,
  MeetingPlan,
  NewMeeting,
  ParentView,
  PeopleScreen,
  PrintView,
  ReferatScreen,
  SearchScreen,
  SettingsScreen,
  TransitionFormScreen,
  VerifyScreen,
  useScreenChunk,
} from './lazyScreens';
import { aboutText } from '../shared/text/about';

const NAV: { route: Route; label: string; match: Route['name'][] }[] = [
  { route: { name: 'start' }, label: t.app.nav.moeder, match: ['start', 'nyt-moede', 'moede', 'afvikling', 'referat', 'skema', 'handleplan', 'udskriv'] },
  { route: { name: 'boern' }, label: t.app.nav.boern, match: ['boern', 'barn'] },
  { route: { name: 'opfoelgninger' }, label: t.app.nav.opfoelgninger, match: ['opfoelgninger'] },
  { route: { name: 'soeg' }, label: t.app.nav.soeg, match: ['soeg'] },
  { route: { name: 'personer' }, label: t.app.nav.personer, match: ['personer'] },
  { route: { name: 'kontrol' }, label: t.app.nav.kontrol, match: ['kontrol'] },
  { route: { name: 'indstillinger' }, label: t.app.nav.indstillinger, match: ['indstillinger'] },
];

const MENU_ROUTES: Record<string, Route> = {
  'nyt-moede': { name: 'nyt-moede' },
  moeder: { name: 'start' },
  boern: { name: 'boern' },
  opfoelgninger: { name: 'opfoelgninger' },
  soeg: { name: 'soeg' },
  om: { name: 'om' },
};

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'nyt-moede':
      return <NewMeeting childId={route.childId} />;
    case 'moede':
      return <MeetingPlan id={route.id} />;
    case 'afvikling':
      return <LiveMeeting id={route.id} />;
    case 'referat':
      return <ReferatScreen id={route.id} />;
    case 'skema':
      return <TransitionFormScreen id={route.id} />;
    case 'handleplan':
      return <HandleplanScreen id={route.id} />;
    case 'udskriv':
      return <PrintView id={route.id} doc={route.doc} childId={route.childId} />;
    case 'kontrol':
      return <VerifyScreen />;
    case 'indstillinger':
      return <SettingsScreen />;
    case 'om':
      return <AboutScreen />;
    case 'opfoelgninger':
      return <FollowupsScreen />;
    case 'soeg':
      return <SearchScreen />;
    case 'personer':
      return <PeopleScreen />;
    case 'boern':
      return <ChildrenScreen />;
    case 'barn':
      return <ChildCaseScreen id={route.id} />;
    default:
      return <StartPage />;
  }
}

export function App() {
  const status = useQuery(() => call('app.status', {}), []);
  if (!status.data) return status.error ? <ErrorBanner error={status.error} /> : null;
  if (status.data.state === 'locked') return <UnlockScreen mode={status.data.mode ?? 'enter'} reason={status.data.reason ?? ''} onUnlocked={status.reload} />;
  return <UnlockedApp />;
}

function UnlockedApp() {
  // The one owner of the settings; every screen reads it through SettingsContext.
  const owner = useSettingsOwner();
  return (
    <SettingsContext.Provider value={owner}>
      <Shell />
    </SettingsContext.Provider>
  );
}

function Shell() {
  const route = useRoute();
  useScreenChunk(route);
  const { settings, error } = useSettings();
  useEffect(
    () =>
      onEvent('menu.command', (payload) => {
        const target = MENU_ROUTES[(payload as { command?: string }).command ?? ''];
        if (target) navigate(target);
      }),
    [],
  );
  useEffect(() => {
    document.getElementById('indhold')?.focus();
  }, [route.name]);

  if (!settings) return <ErrorBanner error={error} />;
  if (!settings.firstRunDone) return <FirstRunGuide dataFile={settings.dataFile} organisation={settings.organisation} />;
  if (route.name === 'foraeldre')
    return (
      <Suspense fallback={null}>
        <ParentView id={route.id} />
      </Suspense>
    );
  const profile = settings.profile;

  return (
    <div className="app">
      <a className="skip-link" href="#indhold">
        {t.app.skipToContent}
      </a>
      <nav className="sidebar" aria-label={t.app.nav.label}>
        <div className="brand">
          {t.app.name}
          <small>{t.app.tagline}</small>
        </div>
        {NAV.map((n) => (
          <a key={n.label} href={hrefFor(n.route)} aria-current={n.match.includes(route.name) ? 'page' : undefined}>
            {n.label}
          </a>
        ))}
        <div className="spacer" />
        <a className="about-link" href={hrefFor({ name: 'om' })} aria-current={route.name === 'om' ? 'page' : undefined}>
          {aboutText.title}
        </a>
        {profile && (
          <div className="who" data-testid="current-user">
            {profile.name} ({profile.initials})
            <br />
            {roleLabel(profile.role)}
          </div>
        )}
      </nav>
      <main id="indhold" tabIndex={-1}>
        <Suspense fallback={null}>
          <Screen route={route} />
        </Suspense>
      </main>
    </div>
  );
}
