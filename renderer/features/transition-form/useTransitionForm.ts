import { useCallback } from 'react';
import type { TransitionForm, TransitionFormView } from '../../../shared/schemas/forms';
import { call } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';

/**
 * The one owner of a meeting's overgangsskema tab (issue 16): the core's view of it (`form.transitionView`: the form or
 * its proposal, the læringskompetencer from the meeting's item, `editable`). Saving the form installs the stored form;
 * saving the competences goes through the meeting's own item (`item.update`), so the tab and the live meeting show
 * one text, and the item the core returns is patched in. Changes made elsewhere re-run the query.
 */
export function useTransitionForm(meetingId: string) {
  const watch = { aggregate: 'meeting' as const, id: meetingId };
  const meeting = useLiveQuery(() => call('meeting.get', { id: meetingId }), [meetingId], watch);
  const view = useLiveQuery(() => call('form.transitionView', { meetingId }), [meetingId], watch);
  const { data, setData } = view;

  const saveForm = useCallback(
    async (form: TransitionForm) => {
      const stored = await call('form.saveTransition', { meetingId, data: form });
      if (data) setData({ ...data, form: stored, saved: true, proposed: [] });
    },
    [data, meetingId, setData],
  );

  const saveCompetences = useCallback(
    async (texts: Record<string, string>) => {
      if (!data?.competenceItemId) return;
      const item = await call('item.update', { id: data.competenceItemId, patch: { data: { competences: texts } } });
      const stored = item.data.competences ?? {};
      setData({ ...data, competences: data.competences.map((c) => ({ label: c.label, text: stored[c.label] ?? '' })) });
    },
    [data, setData],
  );

  return { meeting: meeting.data, view: data as TransitionFormView | undefined, loadError: meeting.error ?? view.error, saveForm, saveCompetences };
}
