import { useCallback, useRef } from 'react';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { CaseDetail } from '../../../shared/schemas/case';
import type { ChildDetail } from '../../../shared/schemas/child';
import { call, type AppError } from '../../lib/api';
import { useLiveQuery } from '../../lib/hooks';

type Without<C extends Parameters<typeof call>[0], K extends string> = Omit<ChannelInput<C>, K>;

export interface ChildCase {
  /** The one copy of the case on screen; undefined until the first read. */
  data: CaseDetail | undefined;
  error: AppError | null;
  update(patch: Without<'child.update', 'id'>): Promise<CaseDetail>;
  setAbuseFlag(on: boolean, reason: string): Promise<CaseDetail>;
  recordConsent(input: Without<'consent.record', 'childId'>): Promise<CaseDetail>;
  withdrawConsent(consentId: string, reason: string): Promise<CaseDetail>;
  addParentContact(input: Without<'parentContact.add', 'childId'>): Promise<CaseDetail>;
  addTrivsel(input: Without<'trivsel.add', 'childId'>): Promise<CaseDetail>;
  setNoteInternal(kind: 'foraeldrekontakt' | 'trivsel', noteId: string, internal: boolean): Promise<CaseDetail>;
  addGuardian(input: Without<'child.addGuardian', 'childId'>): Promise<ChildDetail>;
  removeGuardian(personId: string): Promise<ChildDetail>;
}

/**
 * The one owner of a child's case (issue 16, item 1). Opening the page is logged once by the `child.open` command;
 * after that the hook only reads (`child.case`), and only when the core reports a change made elsewhere
 * (`data.changed` for this child). Its own commands apply what the core returns: a whole `CaseDetail` replaces the
 * copy, a `ChildDetail` (the guardian commands) is patched into it. Commands throw the core's AppError, so the part
 * that sent one shows the message beside it.
 */
export function useChildCase(id: string): ChildCase {
  const opened = useRef<string | null>(null);
  const q = useLiveQuery(
    () => {
      if (opened.current === id) return call('child.case', { id });
      opened.current = id;
      return call('child.open', { id });
    },
    [id],
    { aggregate: 'child', id },
  );
  const { setData } = q;
  const latest = useRef(q.data);
  latest.current = q.data;
  const replace = useCallback(
    async (reply: Promise<CaseDetail>) => {
      const next = await reply;
      latest.current = next;
      setData(next);
      return next;
    },
    [setData],
  );
  const patchChild = useCallback(
    async (reply: Promise<ChildDetail>) => {
      const detail = await reply;
      const current = latest.current;
      if (current) {
        const next = { ...current, child: { ...current.child, ...detail } };
        latest.current = next;
        setData(next);
      }
      return detail;
    },
    [setData],
  );
  return {
    data: q.data,
    error: q.error,
    update: (patch) => replace(call('child.update', { id, ...patch })),
    setAbuseFlag: (on, reason) => replace(call('child.setAbuseFlag', { childId: id, on, reason })),
    recordConsent: (input) => replace(call('consent.record', { childId: id, ...input })),
    withdrawConsent: (consentId, reason) => replace(call('consent.withdraw', { id: consentId, reason })),
    addParentContact: (input) => replace(call('parentContact.add', { childId: id, ...input })),
    addTrivsel: (input) => replace(call('trivsel.add', { childId: id, ...input })),
    setNoteInternal: (kind, noteId, internal) => replace(call('note.setInternal', { childId: id, kind, id: noteId, internal })),
    addGuardian: (input) => patchChild(call('child.addGuardian', { childId: id, ...input })),
    removeGuardian: (personId) => patchChild(call('child.removeGuardian', { childId: id, personId })),
  };
}
