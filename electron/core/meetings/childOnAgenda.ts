import type { Ctx } from '../context';
import type { MeetingRow } from './meetingRows';

/**
 * Hook for the consent gate (SPEC req. 17): a named child on an agenda of a template that requires consent.
 * The consent ledger replaces this check; until then every named child is allowed.
 */
export function assertChildMayBeNamed(_ctx: Ctx, _m: MeetingRow, _childId: string): void {}
