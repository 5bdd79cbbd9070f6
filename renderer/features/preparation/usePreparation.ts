import { call } from '../../lib/api';
import { useAction, useQuery } from '../../lib/hooks';
import type { PreparationForm } from '../../../shared/schemas/preparation';

type SaveInput = Omit<Parameters<typeof call<'preparation.save'>>[1], 'meetingId'>;

/** The one copy of a meeting's forberedelsesskema on screen: loaded once, replaced by what the core returns. */
export function usePreparation(meetingId: string, sentAt: string | null) {
  const q = useQuery(() => call('preparation.get', { meetingId }), [meetingId, sentAt]);
  const action = useAction();
  const apply = (f: PreparationForm | undefined) => {
    if (f) q.setData(f);
    return f;
  };
  return {
    form: q.data,
    error: action.error ?? q.error,
    clear: action.clear,
    save: (input: SaveInput) => action.run(() => call('preparation.save', { meetingId, ...input })).then(apply),
    remove: (entryId: string) => action.run(() => call('preparation.remove', { meetingId, entryId })).then(apply),
    exportWord: () => action.run(() => call('export.document', { meetingId, kind: 'forberedelsesskema' })),
  };
}
