import type { RoleCode } from '../../../shared/domain/roles';
import { roleLabel } from '../../../shared/domain/roles';
import { lowerFirst } from '../../../shared/referat/referatText';
import type { TransitionForm } from '../../../shared/schemas/forms';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { Template } from '../../../shared/templates/schema';

type Transition = NonNullable<Template['transition']>;

/** The roles of the receiving side per transition: whoever of them takes part is the proposed contact person. */
const RECEIVING_ROLES: Record<Transition, readonly RoleCode[]> = {
  'hjem-vuggestue': ['primaer_paedagog', 'vuggestuepaedagog'],
  'hjem-dagpleje': ['dagplejer', 'dagplejepaedagog'],
  'dagpleje-boernehave': ['primaer_paedagog', 'boernehavepaedagog'],
  'boernehave-skole': ['kontaktvoksen', 'skolepaedagog', 'boernehaveklasseleder'],
};

/**
 * Fra, Til and Kontaktperson proposed from the child and the meeting (issue 16, item 8): the child's institution and
 * stue is where the child comes from (or goes to, when the child comes from home); the receiving side's participant
 * is the contact person, and their organisation where the child goes. A field with nothing to go on stays empty.
 */
export function proposeTransitionFields(
  m: Pick<MeetingDetail, 'participants'> & { template: Pick<Template, 'transition'> },
  child: { institution: string; stue: string },
): Pick<TransitionForm, 'fromInstitution' | 'toInstitution' | 'contactPerson'> {
  const place = [child.institution.trim(), child.stue.trim()].filter(Boolean).join(', ');
  const transition = m.template.transition;
  const fromHome = transition === 'hjem-vuggestue' || transition === 'hjem-dagpleje';
  const roles = transition ? RECEIVING_ROLES[transition] : [];
  const present = m.participants.filter((p) => p.guestItemId === null && p.attendance !== 'afbud' && p.attendance !== 'fravaerende');
  const receiver = roles.map((r) => present.find((p) => p.role === r)).find((p) => p !== undefined) ?? null;
  return {
    fromInstitution: fromHome ? '' : place,
    toInstitution: fromHome ? place : (receiver?.organisation.trim() ?? ''),
    contactPerson: receiver ? `${receiver.name}, ${lowerFirst(roleLabel(receiver.role))}` : '',
  };
}
