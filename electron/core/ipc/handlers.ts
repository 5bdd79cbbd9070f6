import { exportCertificate, generateIdentity, importIdentity, listIdentities } from '../signing/identities';
import { TemplateSchema } from '../../../shared/templates/schema';
import type { Core } from '../app/core';
import { aboutTovholder } from '../app/about';
import { todayIso } from '../context';
import { addGuardian, getChildDetail, getChildRow, listChildren, removeGuardian, saveChild } from '../children/childrenRepo';
import { AppError } from '../errors';
import { addItem, moveItem, recordTime, removeItem, updateItem } from '../meetings/agenda';
import { createMeeting } from '../meetings/createMeeting';
import {
  addDecision,
  addFollowup,
  closeFollowup,
  listFollowups,
  removeDecision,
  getFollowup,
  removeFollowup,
  updateDecision,
  updateFollowup,
} from '../meetings/followups';
import { endMeeting, setCurrentItem, startMeeting, switchPhase } from '../meetings/live';
import { getMeetingDetail, loadItem } from '../meetings/meetingDetail';
import { listMeetings } from '../meetings/meetingList';
import { getHandleplan, getTransitionForm, saveForm } from '../meetings/forms';
import { cancelMeeting, updateMeeting } from '../meetings/meetingOps';
import { addParticipant, removeParticipant, updateParticipant } from '../meetings/participants';
import { listPeople, savePerson } from '../people/peopleRepo';
import { searchPeople } from '../people/personSearch';
import { suggestInitials } from '../../../shared/domain/initials';
import {
  approveReferat,
  correctReferat,
  generateReferat,
  getReferatState,
  sealReferat,
  signReferat,
  updateReferat,
  withdrawApproval,
} from '../referat/referatService';
import { audit, AUDIT_ACTIONS, auditJsonLines, listAudit } from '../audit/auditLog';
import { checkAuditChain } from '../audit/auditAnchor';
import { auditHtml } from '../audit/auditReadable';
import { auditExportText } from '../../../shared/text/historyTruth';
import { writeFileAtomic } from '../files';
import { deleteDueEverywhere, journalPackage, retentionCandidates } from '../retention/retention';
import { exportAccess } from '../children/accessExport';
import { effectiveTemplates, getTemplate } from '../templates/catalogue';
import { readSetting } from '../settings/settingsRepo';
import type { HandlerTable } from './dispatch';
import { documentModel, exportDocument, exportPdf, verifyDocument } from '../exports/exportService';
import { completeFirstRun, exportActivePack, exportSettings, getSettingsState, importSettings, saveKommune, saveOrganisation, saveProfile } from '../settings/settings';
import { loadSampleData, removeSampleData } from '../settings/sampleData';
import { addParentContact, addTrivsel, getCase, recordConsent, setAbuseFlag, setNoteInternal, updateChild, upcomingDeadlines, withdrawConsent } from '../children/caseService';
import { recordDispatch } from '../exports/dispatch';
import { search } from '../search/search';
import { escalateToNetvaerk } from '../meetings/escalation';
import { confirmOutcome, undoOutcome } from '../meetings/outcomes';
import { validationText } from '../../../shared/text/validation';
import { saveMeetingInvitation, saveSeriesInvitation } from '../outlook/calendarInvitation';
import { confirmDraft, mailGroups, saveDraft } from '../outlook/mailDrafts';
import { getPreparation, removePreparation, savePreparation } from '../meetings/preparation';

/**
 * The handler table: one function per contract channel, each getting already-parsed input. It knows nothing about
 * Electron or HTTP; main and the bridge both serve it.
 */
export function createHandlers(core: Core): HandlerTable {
  const detail = (id: string) => getMeetingDetail(core.db, id, todayIso(core));
  return {
    'app.info': (_in, meta) => ({
      name: 'Tovholder',
      version: core.opts.appVersion,
      schemaVersion: core.schemaVersion,
      dataFile: core.dbFile,
      encrypted: true,
      transport: meta.transport,
    }),

    'app.about': () => aboutTovholder(core),

    // Once the core exists the data file is open; the Electron layer's lock gate answers these while it is not.
    'app.status': () => ({ state: 'ready' as const, mode: null, reason: null }),
    'app.unlock': () => ({ state: 'ready' as const, mode: null, reason: null }),

    'db.backup': ({ passphrase }) => core.backup(passphrase),
    'db.restoreChoose': ({ passphrase }) => core.chooseBackup(passphrase),
    'db.safetyCopies': () => core.safetyCopies(),
    'db.restoreSafetyCopy': ({ name }) => core.inspectSafetyCopy(name),
    'db.restore': ({ candidateId }) => core.restore(candidateId),

    'settings.get': () => getSettingsState(core),
    'settings.completeFirstRun': (input) => {
      completeFirstRun(core, input);
      return getSettingsState(core);
    },
    'settings.saveProfile': (input) => {
      saveProfile(core, input);
      return getSettingsState(core);
    },
    'settings.saveOrganisation': (input) => {
      saveOrganisation(core, input);
      return getSettingsState(core);
    },
    'settings.saveKommune': (input) => {
      saveKommune(core, input);
      return getSettingsState(core);
    },
    'settings.export': () => exportSettings(core),
    'templates.exportPack': () => exportActivePack(core),
    'settings.import': async () => ((await importSettings(core)) ? getSettingsState(core) : null),
    'sample.load': () => {
      loadSampleData(core);
      return getSettingsState(core);
    },
    'sample.remove': () => {
      removeSampleData(core);
      return getSettingsState(core);
    },

    'security.status': () => core.securityStatus(),
    'security.setPassphrase': ({ passphrase }) => {
      core.setPassphrase(passphrase);
      return core.securityStatus();
    },
    'security.rekey': () => {
      core.rekey();
      return { ok: true as const };
    },
    'audit.list': ({ limit }) => {
      const chain = checkAuditChain(core.db);
      return {
        entries: listAudit(core.db, { limit }).map((e) => ({
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          action: e.action,
          actionLabel: (AUDIT_ACTIONS as Record<string, string>)[e.action] ?? e.action,
          entityType: e.entityType,
          summary: e.summary,
        })),
        chain,
        atStart: core.auditAtStart,
      };
    },
    'audit.export': async () => {
      const path = await core.opts.dialogs.saveFile({ title: auditExportText.jsonlDialogTitle, defaultName: 'tovholder-revisionslog.jsonl', filters: [{ name: auditExportText.jsonlFilter, extensions: ['jsonl'] }] });
      if (!path) return null;
      const data = Buffer.from(auditJsonLines(core.db), 'utf8');
      writeFileAtomic(path, data);
      core.db.transaction(() => audit(core, 'audit.export', 'audit', null, auditExportText.loggedJsonl))();
      return { path, bytes: data.length };
    },
    'audit.exportHtml': async () => {
      const path = await core.opts.dialogs.saveFile({ title: auditExportText.dialogTitle, defaultName: `tovholder-revisionslog-${todayIso(core)}.html`, filters: [{ name: auditExportText.htmlFilter, extensions: ['html'] }] });
      if (!path) return null;
      const data = Buffer.from(auditHtml(core.db, { at: core.now(), by: core.actor() }).html, 'utf8');
      writeFileAtomic(path, data);
      core.db.transaction(() => audit(core, 'audit.export', 'audit', null, auditExportText.logged))();
      return { path, bytes: data.length };
    },

    'retention.candidates': () => retentionCandidates(core),
    'retention.journalPackage': ({ childId, sagsnummer, kle }) => journalPackage(core, childId, { sagsnummer, kle }),
    'retention.delete': ({ childId, reason }) => deleteDueEverywhere(core, childId, reason),
    'child.accessExport': (input) => exportAccess(core, input),

    'template.list': () =>
      effectiveTemplates(core.db)
        .map(({ template: t, pack }) => ({ id: t.id, version: t.version, type: t.type, name: t.name, variant: t.variant ?? null, purpose: t.purpose, pack }))
        .sort((a, b) => a.name.localeCompare(b.name, 'da') || (a.variant ?? '').localeCompare(b.variant ?? '', 'da')),
    'template.get': ({ id, version }) => TemplateSchema.parse(getTemplate(core.db, id, version)),

    'person.list': () => listPeople(core.db),
    'person.save': (input) => savePerson(core.db, input),
    'person.search': (input) => searchPeople(core.db, input),

    'child.list': () => listChildren(core.db),
    'child.save': (input) =>
      core.db.transaction(() => {
        const c = saveChild(core.db, input);
        audit(core, 'child.save', 'child', c.id);
        return c;
      })(),

    'child.get': ({ id }) => getChildDetail(core.db, id),
    'child.addGuardian': (input) =>
      core.db.transaction(() => {
        getChildRow(core.db, input.childId);
        let personId = input.personId;
        if (!personId) {
          if (!input.name) throw new AppError('INVALID_INPUT', validationText.guardianName, 'name');
          personId = savePerson(core.db, {
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
        addGuardian(core.db, input.childId, personId, input);
        return getChildDetail(core.db, input.childId);
      })(),
    'child.removeGuardian': ({ childId, personId }) => {
      removeGuardian(core.db, childId, personId);
      return getChildDetail(core.db, childId);
    },

    // A read writes nothing; opening the case once per visit is its own command, logged (issue 11, item 7).
    'child.case': ({ id }) => getCase(core, id),
    'child.open': ({ id }) =>
      core.db.transaction(() => {
        const c = getCase(core, id);
        audit(core, 'child.open', 'child', id);
        return c;
      })(),
    'child.update': (input) => {
      updateChild(core, input);
      return getCase(core, input.id);
    },
    'child.setAbuseFlag': ({ childId, on, reason }) => {
      setAbuseFlag(core, childId, on, reason);
      return getCase(core, childId);
    },
    'consent.record': (input) => {
      recordConsent(core, input);
      return getCase(core, input.childId);
    },
    'consent.withdraw': ({ id, reason }) => getCase(core, withdrawConsent(core, id, reason)),
    'parentContact.add': (input) => {
      addParentContact(core, input);
      return getCase(core, input.childId);
    },
    'trivsel.add': (input) => {
      addTrivsel(core, input);
      return getCase(core, input.childId);
    },
    'note.setInternal': (input) => {
      setNoteInternal(core, input);
      return getCase(core, input.childId);
    },
    'dispatch.record': (input) => ({ id: recordDispatch(core, input) }),
    'search.query': ({ q }) => search(core.db, q),
    'deadlines.upcoming': () => upcomingDeadlines(core),

    'meeting.list': (input) => listMeetings(core, input),
    'meeting.get': ({ id }) => detail(id),
    'meeting.create': (input) =>
      core.db.transaction(() => {
        const id = createMeeting(core.db, input);
        audit(core, 'meeting.create', 'meeting', id);
        return detail(id);
      })(),
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
      return loadItem(core.db, id, todayIso(core));
    },
    'item.confirmOutcome': (input) => {
      confirmOutcome(core, input);
      return loadItem(core.db, input.itemId, todayIso(core));
    },
    'item.undoOutcome': (input) => {
      undoOutcome(core, input);
      return loadItem(core.db, input.itemId, todayIso(core));
    },
    'item.move': ({ id, direction }) => {
      moveItem(core, id, direction);
      return detail((core.db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').get(id) as { meeting_id: string }).meeting_id);
    },
    'item.remove': ({ id }) => detail(removeItem(core, id)),
    'item.recordTime': ({ id, elapsedSeconds }) => {
      recordTime(core, id, elapsedSeconds);
      return { ok: true as const };
    },

    'decision.add': ({ itemId, text }) => {
      addDecision(core, itemId, text);
      return loadItem(core.db, itemId, todayIso(core));
    },
    'decision.update': ({ id, text }) => loadItem(core.db, updateDecision(core, id, text), todayIso(core)),
    'decision.remove': ({ id }) => loadItem(core.db, removeDecision(core, id), todayIso(core)),

    'followup.add': (input) => {
      addFollowup(core, input);
      return loadItem(core.db, input.itemId, todayIso(core));
    },
    'followup.update': (input) => {
      updateFollowup(core, input);
      return getFollowup(core, input.id);
    },
    'followup.remove': ({ id }) => loadItem(core.db, removeFollowup(core, id), todayIso(core)),
    'followup.close': ({ id, note }) => closeFollowup(core, id, note),
    'followup.list': ({ scope, personId, includeClosed }) => {
      const me = scope === 'mine' ? (personId ?? readSetting<{ personId?: string }>(core.db, 'profile')?.personId) : undefined;
      if (scope === 'mine' && !me) throw new AppError('CONFLICT', validationText.noProfileForMine);
      return listFollowups(core, { personId: me, includeClosed });
    },

    'form.getTransition': ({ meetingId }) => getTransitionForm(core.db, meetingId),
    'form.saveTransition': ({ meetingId, data }) => {
      saveForm(core, meetingId, 'overgangsskema', data);
      return getTransitionForm(core.db, meetingId);
    },
    'form.getHandleplan': ({ meetingId }) => getHandleplan(core.db, meetingId),
    'form.saveHandleplan': ({ meetingId, data }) => {
      saveForm(core, meetingId, 'handleplan', data);
      return getHandleplan(core.db, meetingId);
    },

    'preparation.get': ({ meetingId }) => getPreparation(core, meetingId),
    'preparation.save': (input) => savePreparation(core, input),
    'preparation.remove': ({ meetingId, entryId }) => removePreparation(core, meetingId, entryId),
    'referat.get': ({ meetingId }) => getReferatState(core, meetingId),
    'referat.generate': ({ meetingId }) => generateReferat(core, meetingId),
    'referat.update': ({ meetingId, body }) => updateReferat(core, meetingId, body),
    'referat.approve': ({ meetingId, approvedBy }) => approveReferat(core, meetingId, approvedBy),
    'referat.sign': (input) => signReferat(core, input),
    'referat.seal': ({ meetingId }) => sealReferat(core, meetingId),
    'referat.withdrawApproval': ({ meetingId, reason }) => withdrawApproval(core, meetingId, reason),
    'referat.correct': ({ meetingId, reason }) => correctReferat(core, meetingId, reason),

    'export.document': (input) => exportDocument(core, input),
    'signing.list': () => listIdentities(core),
    'signing.generate': (input) => generateIdentity(core, input),
    'signing.import': (input) => importIdentity(core, input),
    'signing.exportCertificate': (input) => exportCertificate(core, input),
    'document.verify': () => verifyDocument(core),
    'export.pdf': (input) => exportPdf(core, input),
    'export.model': (input) => documentModel(core, input),

    'calendar.invitation': ({ meetingId }) => saveMeetingInvitation(core, meetingId),
    'calendar.seriesInvitation': ({ seriesId }) => saveSeriesInvitation(core, seriesId),
    'mail.groups': ({ meetingId, kind }) => mailGroups(core, meetingId, kind),
    'mail.draft': (input) => saveDraft(core, input),
    'mail.confirm': (input) => confirmDraft(core, input),
  };
}
