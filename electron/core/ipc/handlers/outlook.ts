import type { Core } from '../../app/core';
import { saveMeetingInvitation, saveSeriesInvitation } from '../../outlook/calendarInvitation';
import { confirmDraft, mailGroups, saveDraft } from '../../outlook/mailDrafts';
import type { HandlerTable } from '../dispatch';

/** Outlook: calendar invitations and e-mail drafts, and the confirmation that one was sent. */
export function outlookHandlers(core: Core) {
  return {
    'calendar.invitation': ({ meetingId }) => saveMeetingInvitation(core, meetingId),
    'calendar.seriesInvitation': ({ seriesId }) => saveSeriesInvitation(core, seriesId),
    'mail.groups': ({ meetingId, kind }) => mailGroups(core, meetingId, kind),
    'mail.draft': (input) => saveDraft(core, input),
    'mail.confirm': (input) => confirmDraft(core, input),
  } satisfies Partial<HandlerTable>;
}
