import type { Core } from '../../app/core';
import { exportAccess } from '../../children/accessExport';
import {
  addParentContact,
  addTrivsel,
  getCase,
  recordConsent,
  setAbuseFlag,
  setNoteInternal,
  updateChild,
  upcomingDeadlines,
  withdrawConsent,
} from '../../children/caseService';
import { addGuardianOrNewPerson, openCase, saveChildLogged } from '../../children/childCommands';
import { getChildDetail, listChildren, removeGuardian } from '../../children/childrenRepo';
import { recordDispatch } from '../../exports/dispatch';
import { listPeople, savePerson } from '../../people/peopleRepo';
import { searchPeople } from '../../people/personSearch';
import { search } from '../../search/search';
import type { HandlerTable } from '../dispatch';

/** People, children and the child's case (guardians, consents, parent contacts, trivsel, dispatches), search. */
export function childrenHandlers(core: Core) {
  /** A command on the case answers with the case as it now is. */
  const caseOf = (childId: string) => getCase(core, childId);
  return {
    'person.list': () => listPeople(core.db),
    'person.search': (input) => searchPeople(core.db, input),
    'person.save': (input) => savePerson(core.db, input),

    'child.list': () => listChildren(core.db),
    'child.save': (input) => saveChildLogged(core, input),
    'child.get': ({ id }) => getChildDetail(core.db, id),
    'child.addGuardian': (input) => addGuardianOrNewPerson(core, input),
    'child.removeGuardian': ({ childId, personId }) => {
      removeGuardian(core.db, childId, personId);
      return getChildDetail(core.db, childId);
    },

    // A read writes nothing; opening the case once per visit is its own command, logged (issue 11, item 7).
    'child.case': ({ id }) => caseOf(id),
    'child.open': ({ id }) => openCase(core, id),
    'child.update': (input) => {
      updateChild(core, input);
      return caseOf(input.id);
    },
    'child.setAbuseFlag': ({ childId, on, reason }) => {
      setAbuseFlag(core, childId, on, reason);
      return caseOf(childId);
    },
    'child.accessExport': (input) => exportAccess(core, input),
    'consent.record': (input) => {
      recordConsent(core, input);
      return caseOf(input.childId);
    },
    'consent.withdraw': ({ id, reason }) => caseOf(withdrawConsent(core, id, reason)),
    'parentContact.add': (input) => {
      addParentContact(core, input);
      return caseOf(input.childId);
    },
    'trivsel.add': (input) => {
      addTrivsel(core, input);
      return caseOf(input.childId);
    },
    'note.setInternal': (input) => {
      setNoteInternal(core, input);
      return caseOf(input.childId);
    },
    'dispatch.record': (input) => ({ id: recordDispatch(core, input) }),
    'search.query': ({ q }) => search(core.db, q),
    'deadlines.upcoming': () => upcomingDeadlines(core),
  } satisfies Partial<HandlerTable>;
}
