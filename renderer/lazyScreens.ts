import { lazy } from 'react';
import type { Route } from './lib/router';

/**
 * Every screen but the start page is its own chunk, loaded the first time it is shown (issue 17, item 4: a screen's
 * code is not parsed and run before it is needed). `preloadScreen` starts loading the chunk the first route needs
 * while the main chunk is still starting (main.tsx), beside the first reads (`readEarly`).
 */
const newMeeting = () => import('./features/new-meeting/NewMeetingScreen');
const meetingPlan = () => import('./features/meeting-plan/MeetingPlanScreen');
const liveMeeting = () => import('./features/live-meeting/LiveMeetingScreen');
const referat = () => import('./features/referat/ReferatScreen');
const transitionForm = () => import('./features/transition-form/TransitionFormScreen');
const handleplan = () => import('./features/handleplan/HandleplanScreen');
const printView = () => import('./features/documents/PrintView');
const verify = () => import('./features/documents/VerifyScreen');
const settings = () => import('./features/settings/SettingsScreen');
const about = () => import('./features/about/AboutScreen');
const followups = () => import('./features/followups/FollowupsScreen');
const search = () => import('./features/search/SearchScreen');
const people = () => import('./features/people/PeopleScreen');
const children = () => import('./features/children/ChildrenScreen');
const childCase = () => import('./features/child-case/ChildCaseScreen');
const parentView = () => import('./features/parent-view/ParentView');

export const NewMeeting = lazy(() => newMeeting().then((m) => ({ default: m.NewMeeting })));
export const MeetingPlan = lazy(() => meetingPlan().then((m) => ({ default: m.MeetingPlan })));
export const LiveMeeting = lazy(() => liveMeeting().then((m) => ({ default: m.LiveMeeting })));
export const ReferatScreen = lazy(() => referat().then((m) => ({ default: m.ReferatScreen })));
export const TransitionFormScreen = lazy(() => transitionForm().then((m) => ({ default: m.TransitionFormScreen })));
export const HandleplanScreen = lazy(() => handleplan().then((m) => ({ default: m.HandleplanScreen })));
export const PrintView = lazy(() => printView().then((m) => ({ default: m.PrintView })));
export const VerifyScreen = lazy(() => verify().then((m) => ({ default: m.VerifyScreen })));
export const SettingsScreen = lazy(() => settings().then((m) => ({ default: m.SettingsScreen })));
export const AboutScreen = lazy(() => about().then((m) => ({ default: m.AboutScreen })));
export const FollowupsScreen = lazy(() => followups().then((m) => ({ default: m.FollowupsScreen })));
export const SearchScreen = lazy(() => search().then((m) => ({ default: m.SearchScreen })));
export const PeopleScreen = lazy(() => people().then((m) => ({ default: m.PeopleScreen })));
export const ChildrenScreen = lazy(() => children().then((m) => ({ default: m.ChildrenScreen })));
export const ChildCaseScreen = lazy(() => childCase().then((m) => ({ default: m.ChildCaseScreen })));
export const ParentView = lazy(() => parentView().then((m) => ({ default: m.ParentView })));

const FOR_ROUTE: Partial<Record<Route['name'], () => Promise<unknown>>> = {
  'nyt-moede': newMeeting,
  moede: meetingPlan,
  afvikling: liveMeeting,
  referat: referat,
  skema: transitionForm,
  handleplan: handleplan,
  udskriv: printView,
  kontrol: verify,
  indstillinger: settings,
  om: about,
  opfoelgninger: followups,
  soeg: search,
  personer: people,
  boern: children,
  barn: childCase,
  foraeldre: parentView,
};

/** Starts loading the chunk of `route`'s screen (the start page is in the main chunk). */
export function preloadScreen(route: Route): void {
  void FOR_ROUTE[route.name]?.().catch(() => undefined);
}
