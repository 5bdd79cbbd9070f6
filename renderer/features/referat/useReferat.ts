import { useCallback } from 'react';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { ReferatBody, ReferatState } from '../../../shared/schemas/referat';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { call } from '../../lib/api';
import { useAction, useLiveQuery } from '../../lib/hooks';

/**
 * The one owner of a meeting's referat (issue 16, item 1): the referat state and the meeting it is written from.
 * Every `referat.*` command runs here and its reply – the whole ReferatState – replaces the copy; the meeting's status
 * and referat status, which those commands change, are patched from it. Changes made elsewhere arrive as
 * `data.changed` for the meeting and re-run both queries. What may be done is `referat.allowed`, from the core.
 */
export function useReferat(meetingId: string) {
  const watch = { aggregate: 'meeting' as const, id: meetingId };
  const meeting = useLiveQuery(() => call('meeting.get', { id: meetingId }), [meetingId], watch);
  const referat = useLiveQuery(() => call('referat.get', { meetingId }), [meetingId], watch);
  const action = useAction();
  const { setData: setReferat } = referat;
  const { setData: setMeeting, data: m } = meeting;

  /** Installs a reply: the referat as the core returned it, and what it changed on the meeting. */
  const apply = useCallback(
    (next: ReferatState) => {
      setReferat(next);
      if (m) setMeeting(patchMeeting(m, next));
    },
    [m, setMeeting, setReferat],
  );

  /** Runs a command; on success applies its reply and returns it, on refusal shows the core's Danish message. */
  const run = useCallback(
    async (fn: () => Promise<ReferatState>): Promise<ReferatState | undefined> => {
      const next = await action.run(fn);
      if (next) apply(next);
      return next;
    },
    [action, apply],
  );

  return {
    meeting: meeting.data,
    referat: referat.data,
    loadError: meeting.error ?? referat.error,
    error: action.error,
    clearError: action.clear,
    busy: action.busy,
    generate: () => run(() => call('referat.generate', { meetingId })),
    /** The editor's autosave: throws on refusal so the autosave can show it and keep the text. */
    save: async (body: ReferatBody) => apply(await call('referat.update', { meetingId, body })),
    approve: (approvedBy: string) => run(() => call('referat.approve', { meetingId, approvedBy })),
    /** Signing throws on refusal, so the signing dialog stays open with the message. */
    sign: async (input: Omit<ChannelInput<'referat.sign'>, 'meetingId'>) => apply(await call('referat.sign', { meetingId, ...input })),
    seal: () => run(() => call('referat.seal', { meetingId })),
    withdraw: (reason: string) => run(() => call('referat.withdrawApproval', { meetingId, reason })),
    correct: (reason: string) => run(() => call('referat.correct', { meetingId, reason })),
    addSigner: (input: { label: string; name: string; personId: string | null }) => run(() => call('referat.addSigner', { meetingId, ...input })),
    removeSigner: (addedId: string) => run(() => call('referat.removeSigner', { meetingId, addedId })),
  };
}

export type ReferatOwner = ReturnType<typeof useReferat>;

/** The meeting as a referat command left it: sealing marks it „godkendt“, and the header shows the referat's status. */
function patchMeeting(m: MeetingDetail, r: ReferatState): MeetingDetail {
  return { ...m, status: r.meetingStatus, referatStatus: r.current?.status ?? 'ingen' };
}
