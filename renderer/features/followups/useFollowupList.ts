import { useState } from 'react';
import { FOLLOWUP_PAGE } from '../../../shared/schemas/codes';
import type { Followup, FollowupCursor, FollowupPage } from '../../../shared/schemas/meeting';
import { call } from '../../lib/api';
import { useLiveQuery, type Query } from '../../lib/hooks';

export interface FollowupList {
  items: Followup[];
  /** More follow-ups follow the ones shown („Vis flere"). */
  more: boolean;
}

/**
 * The follow-up list's owner (issue 17): the first `shown` follow-ups in the core's order, read page by page
 * (keyset, `followup.list`), re-read when a follow-up changes elsewhere. `showMore` adds a page.
 */
export function useFollowupList(scope: 'mine' | 'alle', includeClosed: boolean): { list: Query<FollowupList>; showMore: () => void } {
  const [shown, setShown] = useState<{ key: string; n: number }>({ key: '', n: FOLLOWUP_PAGE.default });
  const key = `${scope}:${String(includeClosed)}`;
  // A new choice of whose or closed starts again at one page.
  const n = shown.key === key ? shown.n : FOLLOWUP_PAGE.default;
  const list = useLiveQuery(
    async () => {
      const items: Followup[] = [];
      let after: FollowupCursor | null = null;
      do {
        const page: FollowupPage = await call('followup.list', { scope, includeClosed, after, limit: Math.min(n - items.length, FOLLOWUP_PAGE.max) });
        items.push(...page.items);
        after = page.next;
      } while (after && items.length < n);
      return { items, more: after !== null };
    },
    [scope, includeClosed, n],
    { aggregate: 'meeting', id: null },
  );
  return { list, showMore: () => setShown({ key, n: n + FOLLOWUP_PAGE.default }) };
}
