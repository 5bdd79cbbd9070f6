import { lazy, useEffect, useState, type ComponentType } from 'react';
import type { Route } from './lib/router';

/**
 * Every screen but the start page is its own chunk, loaded the first time it is shown (issue 17, item 4: a screen's
 * code is not parsed and run before it is needed). `preloadScreen` starts loading the chunk the first route needs
 * while the main chunk is still starting (main.tsx), beside the first reads (`readEarly`).
 *
 * React holds back content that replaces a Suspense fallback until 300 ms after the fallback appeared (its reveal
 * throttle, which applies to the retry React makes when a suspended screen's chunk arrives). That made every first
 * visit to a screen 300 ms slower than before the split, for a chunk that arrives from disk in a few milliseconds.
 * So a chunk that has arrived is handed to React.lazy at once (a thenable that answers when asked) and a screen whose
 * chunk is in never suspends; and when the routed screen's chunk arrives, `useScreenChunk` renders again as an
 * ordinary update, which React commits at once instead of waiting for the throttled retry.
 */
function screenChunk<M>(load: () => Promise<M>) {
  let loaded: { module: M } | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> =>
    (loading ??= load().then(
      (module) => {
        loaded = { module };
        return module;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  /** The screen as React.lazy wants it: answered synchronously once the chunk is in. */
  const component = <P,>(pick: (m: M) => ComponentType<P>) =>
    lazy(() => {
      const ready = loaded;
      if (!ready) return preload().then((m) => ({ default: pick(m) }));
      // React.lazy calls `then` and reads the answer right after; a thenable that answers at once is taken as
      // loaded (React's own lazyInitializer), where a resolved Promise would still answer only on the next tick.
      const now = { default: pick(ready.module) };
      return { then: (onLoaded: (m: typeof now) => unknown) => onLoaded(now) } as unknown as Promise<typeof now>;
    });
  return { preload, component };
}

const newMeeting = screenChunk(() => import('./features/new-meeting/NewMeetingScreen'));
const meetingPlan = screenChunk(() => import('./features/meeting-plan/MeetingPlanScreen'));
const liveMeeting = screenChunk(() => import('./features/live-meeting/LiveMeetingScreen'));
const referat = screenChunk(() => import('./features/referat/ReferatScreen'));
const transitionForm = screenChunk(() => import('./features/transition-form/TransitionFormScreen'));
const handleplan = screenChunk(() => import('./features/handleplan/HandleplanScreen'));
const printView = screenChunk(() => import('./features/documents/PrintView'));
const verify = screenChunk(() => import('./features/documents/VerifyScreen'));
const settings = screenChunk(() => import('./features/settings/SettingsScreen'));
const about = screenChunk(() => import('./features/about/AboutScreen'));
const followups = screenChunk(() => import('./features/followups/FollowupsScreen'));
const search = screenChunk(() => import('./features/search/SearchScreen'));
const people = screenChunk(() => import('./features/people/PeopleScreen'));
const children = screenChunk(() => import('./features/children/ChildrenScreen'));
const childCase = screenChunk(() => import('./features/child-case/ChildCaseScreen'));
const parentView = screenChunk(() => import('./features/parent-view/ParentView'));

export const NewMeeting = newMeeting.component((m) => m.NewMeeting);
export const MeetingPlan = meetingPlan.component((m) => m.MeetingPlan);
export const LiveMeeting = liveMeeting.component((m) => m.LiveMeeting);
export const ReferatScreen = referat.component((m) => m.ReferatScreen);
export const TransitionFormScreen = transitionForm.component((m) => m.TransitionFormScreen);
export const HandleplanScreen = handleplan.component((m) => m.HandleplanScreen);
export const PrintView = printView.component((m) => m.PrintView);
export const VerifyScreen = verify.component((m) => m.VerifyScreen);
export const SettingsScreen = settings.component((m) => m.SettingsScreen);
export const AboutScreen = about.component((m) => m.AboutScreen);
export const FollowupsScreen = followups.component((m) => m.FollowupsScreen);
export const SearchScreen = search.component((m) => m.SearchScreen);
export const PeopleScreen = people.component((m) => m.PeopleScreen);
export const ChildrenScreen = children.component((m) => m.ChildrenScreen);
export const ChildCaseScreen = childCase.component((m) => m.ChildCaseScreen);
export const ParentView = parentView.component((m) => m.ParentView);

const FOR_ROUTE: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  'nyt-moede': newMeeting.preload,
  moede: meetingPlan.preload,
  afvikling: liveMeeting.preload,
  referat: referat.preload,
  skema: transitionForm.preload,
  handleplan: handleplan.preload,
  udskriv: printView.preload,
  kontrol: verify.preload,
  indstillinger: settings.preload,
  om: about.preload,
  opfoelgninger: followups.preload,
  soeg: search.preload,
  personer: people.preload,
  boern: children.preload,
  barn: childCase.preload,
  foraeldre: parentView.preload,
};

/**
 * Starts loading the chunk of `route`'s screen (the start page is in the main chunk); settles when it is in (or
 * could not be loaded: the screen's own lazy load then shows the error).
 */
export function preloadScreen(route: Route): Promise<void> {
  return (FOR_ROUTE[route.name]?.() ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Renders the shell again as soon as the routed screen's chunk is in: the screen then replaces the (empty) Suspense
 * fallback at once, not after React's 300 ms reveal throttle. Once a chunk is in, its screen renders without
 * suspending.
 */
export function useScreenChunk(route: Route): void {
  const [, setArrived] = useState(0);
  useEffect(() => {
    let current = true;
    void preloadScreen(route).then(() => {
      if (current) setArrived((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [route]);
}
