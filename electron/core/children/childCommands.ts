import type { z } from 'zod';
import { suggestInitials } from '../../../shared/domain/initials';
import type { ChildDetail, ChildSave, ChildSummary, GuardianAddSchema } from '../../../shared/schemas/child';
import type { CaseDetail } from '../../../shared/schemas/case';
import { validationText } from '../../../shared/text/validation';
import { audit } from '../audit/auditLog';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { savePerson } from '../people/peopleRepo';
import { getCase } from './caseService';
import { addGuardian, getChildDetail, getChildRow, saveChild } from './childrenRepo';

/** Creates or edits a child, logged. */
export function saveChildLogged(ctx: Ctx, input: ChildSave): ChildSummary {
  return ctx.db.transaction(() => {
    const c = saveChild(ctx.db, input);
    audit(ctx, 'child.save', 'child', c.id);
    return c;
  })();
}

/**
 * Adds a guardian to a child: an existing person, or a new parent made from the name (initials suggested when not
 * given). Both in one transaction, so a refused guardian leaves no orphan person.
 */
export function addGuardianOrNewPerson(ctx: Ctx, input: z.output<typeof GuardianAddSchema>): ChildDetail {
  return ctx.db.transaction(() => {
    getChildRow(ctx.db, input.childId);
    let personId = input.personId;
    if (!personId) {
      if (!input.name) throw new AppError('INVALID_INPUT', validationText.guardianName, 'name');
      personId = savePerson(ctx.db, {
        name: input.name,
        initials: input.initials ?? suggestInitials(input.name),
        role: 'foraelder',
        organisation: '',
        authority: '',
        email: '',
        phone: '',
        authorityRole: null,
      }).id;
    }
    addGuardian(ctx.db, input.childId, personId, input);
    return getChildDetail(ctx.db, input.childId);
  })();
}

/** A person opens the child's case (once per visit): the case, and one audit entry „Åbnede barnets sag“. */
export function openCase(ctx: Ctx, id: string): CaseDetail {
  return ctx.db.transaction(() => {
    const c = getCase(ctx, id);
    audit(ctx, 'child.open', 'child', id);
    return c;
  })();
}
