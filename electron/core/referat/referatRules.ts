import { REFERAT_ACTIONS, type ReferatAction, type ReferatState } from '../../../shared/schemas/referat';
import type { MeetingStatus } from '../../../shared/schemas/meeting';
import { referatMessages as RM } from '../../../shared/text/referatMessages';
import { referatSignersText as ST } from '../../../shared/text/referatSigners';
import { AppError } from '../errors';

/** What the referat rules look at: the template's policy, the meeting, the newest version and its signatures. */
export interface ReferatFacts {
  policy: ReferatState['policy'];
  meetingStatus: MeetingStatus;
  /** The newest version's status; null before a referat is made. */
  status: 'udkast' | 'godkendt' | 'forseglet' | null;
  /** Required signers who have not signed the newest version (names, else role labels). */
  missing: string[];
  /** Signatures on the newest version. */
  signatureCount: number;
  /** Signers the chair added to the newest version. */
  addedCount: number;
}

/**
 * The one place each referat rule is written (issue 16, item 2). A command asks `assertAllowed` and is refused with the
 * Danish message; `allowedActions` answers the same questions for `ReferatState.allowed`, so the screen shows exactly
 * what the core will accept. Checks that depend on the command's own input (who signs, which signer is removed)
 * stay with the command.
 */
export function refusal(action: ReferatAction, f: ReferatFacts): AppError | null {
  const none = f.status === null ? new AppError('CONFLICT', RM.noReferat) : null;
  switch (action) {
    case 'generate':
      if (f.policy === 'intet') return new AppError('CONFLICT', RM.confidential);
      if (f.meetingStatus === 'planlagt' || f.meetingStatus === 'indkaldt' || f.meetingStatus === 'aflyst') return new AppError('CONFLICT', RM.notStarted);
      if (f.status !== null && f.status !== 'udkast') return new AppError('CONFLICT', RM.approvedUseCorrection);
      return null;
    case 'edit':
      if (none) return none;
      if (f.status === 'forseglet') return new AppError('SEALED');
      if (f.status === 'godkendt') return new AppError('CONFLICT', RM.approvedNoEdit);
      return null;
    case 'approve':
      if (none) return none;
      if (f.status !== 'udkast') return new AppError('CONFLICT', RM.alreadyApproved);
      // Approval freezes the meeting; a meeting still running would be frozen half-way.
      if (f.meetingStatus === 'i_gang') return new AppError('CONFLICT', RM.stillRunning);
      return null;
    case 'withdraw':
      if (none) return none;
      if (f.status === 'forseglet') return new AppError('SEALED', RM.sealedNoWithdraw);
      if (f.status !== 'godkendt') return new AppError('CONFLICT', RM.nothingToWithdraw);
      return null;
    case 'sign':
      if (none) return none;
      if (f.status === 'udkast') return new AppError('NOT_APPROVED');
      if (f.status === 'forseglet') return new AppError('SEALED');
      return null;
    case 'seal':
      if (none) return none;
      if (f.status === 'udkast') return new AppError('NOT_APPROVED', RM.approveBeforeSeal);
      if (f.status === 'forseglet') return new AppError('SEALED', RM.alreadySealed);
      if (f.missing.length > 0) return new AppError('SIGNATURES_MISSING', RM.signaturesMissing(f.missing.join(', ')));
      return null;
    case 'correct':
      if (none) return none;
      if (f.status === 'udkast') return new AppError('CONFLICT', RM.draftEditDirectly);
      return null;
    case 'addSigner':
      if (f.status === null) return new AppError('CONFLICT', ST.noReferat);
      if (f.status === 'forseglet') return new AppError('SEALED', ST.sealedNoAdd);
      return null;
    case 'removeSigner':
      if (none) return none;
      if (f.status === 'forseglet') return new AppError('SEALED', ST.sealedNoRemove);
      if (f.addedCount === 0) return new AppError('NOT_FOUND', ST.notAdded, 'addedId');
      if (f.signatureCount > 0) return new AppError('CONFLICT', ST.alreadySignedNoRemove, 'addedId');
      return null;
  }
}

/** Throws the rule's refusal, if any. */
export function assertAllowed(action: ReferatAction, f: ReferatFacts): void {
  const r = refusal(action, f);
  if (r) throw r;
}

/** Every action, allowed or not, by the same rules. */
export function allowedActions(f: ReferatFacts): ReferatState['allowed'] {
  return Object.fromEntries(REFERAT_ACTIONS.map((a) => [a, refusal(a, f) === null])) as ReferatState['allowed'];
}
