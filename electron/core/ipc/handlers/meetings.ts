import type { Core } from '../../app/core';
import { todayIso } from '../../context';
import { addItem, moveItem, recordTime, removeItem, updateItem } from '../../meetings/agenda';
import { createMeetingLogged } from '../../meetings/createMeeting';
import { escalateToNetvaerk } from '../../meetings/escalation';
import {
  addDecision,
  addFollowup,
  closeFollowup,
  getFollowup,
  listFollowupsFor,
  removeDecision,
  removeFollowup,
  updateDecision,
  updateFollowup,
} from '../../meetings/followups';
import { getHandleplan, getTransitionForm, meetingEditable, saveForm, transitionFormView } from '../../meetings/forms';
import { endMeeting, setCurrentItem, startMeeting, switchPhase } from '../../meetings/live';
import { getMeetingDetail, loadItem } from '../../meetings/meetingDetail';
import { getItemRow } from '../../meetings/meetingRows';
import { offerFamilieraadslagning } from '../../meetings/familieraadslagning';
import { listMeetings } from '../../meetings/meetingList';
import { cancelMeeting, updateMeeting } from '../../meetings/meetingOps';
import { confirmOutcome, undoOutcome } from '../../meetings/outcomes';
import { addParticipant, removeParticipant, updateParticipant } from '../../meetings/participants';
import { getPreparation, removePreparation, savePreparation } from '../../meetings/preparation';
import type { HandlerTable } from '../dispatch';

/**
 * Meetings with their participants, items, decisions, follow-ups, forms and preparation. A command answers with
 * what the screen shows: the whole meeting, or the one item it changed.
 */
export function meetingHandlers(core: Core) {
  const detail = (id: string) => getMeetingDetail(core.db, id, todayIso(core));
  const item = (id: string) => loadItem(core.db, id, todayIso(core));
  return {
    'meeting.list': (input) => listMeetings(core, input),
    'meeting.get': ({ id }) => detail(id),
    'meeting.create': (input) => detail(createMeetingLogged(core, input)),
    'meeting.update': ({ id, patch }) => {
      updateMeeting(core, id, patch);
      return detail(id);
    },
    'meeting.cancel': ({ id, reason, confirmed }) => {
      cancelMeeting(core, id, reason, confirmed);
      return detail(id);
    },
    'meeting.start': ({ id, confirmOtherDay }) => {
      startMeeting(core, id, { confirmOtherDay });
      return detail(id);
    },
    'meeting.setCurrentItem': ({ id, itemId }) => {
      setCurrentItem(core, id, itemId);
      return detail(id);
    },
    'meeting.switchPhase': ({ id, phase, stayingParticipantIds }) => {
      switchPhase(core, id, phase, stayingParticipantIds);
      return detail(id);
    },
    'meeting.offerFamilieraadslagning': ({ id }) => {
      offerFamilieraadslagning(core, id);
      return detail(id);
    },
    'meeting.updateItem': ({ id, patch }) => {
      updateItem(core, id, patch);
      return detail(getItemRow(core.db, id).meeting_id);
    },
    'meeting.end': ({ id }) => {
      endMeeting(core, id);
      return detail(id);
    },
    'meeting.escalate': (input) => detail(escalateToNetvaerk(core, input)),

    'participant.add': (input) => {
      addParticipant(core, input);
      return detail(input.meetingId);
    },
    'participant.update': (input) => detail(updateParticipant(core, input)),
    'participant.remove': ({ id }) => detail(removeParticipant(core, id)),

    'item.add': (input) => {
      addItem(core, input);
      return detail(input.meetingId);
    },
    // Choosing an outcome records the choice only; what it leads to is proposed on the item (outcomeProposal).
    'item.update': ({ id, patch }) => {
      updateItem(core, id, patch);
      return item(id);
    },
    'item.confirmOutcome': (input) => {
      confirmOutcome(core, input);
      return item(input.itemId);
    },
    'item.undoOutcome': (input) => {
      undoOutcome(core, input);
      return item(input.itemId);
    },
    'item.move': ({ id, direction }) => detail(moveItem(core, id, direction)),
    'item.remove': ({ id }) => detail(removeItem(core, id)),
    'item.recordTime': ({ id, elapsedSeconds }) => {
      recordTime(core, id, elapsedSeconds);
      return { ok: true as const };
    },

    'decision.add': ({ itemId, text }) => {
      addDecision(core, itemId, text);
      return item(itemId);
    },
    'decision.update': ({ id, text }) => item(updateDecision(core, id, text)),
    'decision.remove': ({ id }) => item(removeDecision(core, id)),

    'followup.add': (input) => {
      addFollowup(core, input);
      return item(input.itemId);
    },
    'followup.update': (input) => {
      updateFollowup(core, input);
      return getFollowup(core, input.id);
    },
    'followup.remove': ({ id }) => item(removeFollowup(core, id)),
    'followup.close': ({ id, note }) => closeFollowup(core, id, note),
    'followup.list': (input) => listFollowupsFor(core, input),

    'form.getTransition': ({ meetingId }) => getTransitionForm(core.db, meetingId),
    'form.saveTransition': ({ meetingId, data }) => {
      saveForm(core, meetingId, 'overgangsskema', data);
      return getTransitionForm(core.db, meetingId);
    },
    'form.transitionView': ({ meetingId }) => transitionFormView(core.db, meetingId, todayIso(core)),
    'form.handleplanView': ({ meetingId }) => ({ plan: getHandleplan(core.db, meetingId), editable: meetingEditable(core.db, meetingId) }),
    'form.getHandleplan': ({ meetingId }) => getHandleplan(core.db, meetingId),
    'form.saveHandleplan': ({ meetingId, data }) => {
      saveForm(core, meetingId, 'handleplan', data);
      return getHandleplan(core.db, meetingId);
    },

    'preparation.get': ({ meetingId }) => getPreparation(core, meetingId),
    'preparation.save': (input) => savePreparation(core, input),
    'preparation.remove': ({ meetingId, entryId }) => removePreparation(core, meetingId, entryId),
  } satisfies Partial<HandlerTable>;
}
