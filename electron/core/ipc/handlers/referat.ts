import type { Core } from '../../app/core';
import { documentModel, exportDocument, exportPdf, verifyDocument } from '../../exports/exportService';
import {
  approveReferat,
  correctReferat,
  generateReferat,
  getReferatState,
  sealReferat,
  signReferat,
  updateReferat,
  withdrawApproval,
  addSigner,
  removeSigner,
} from '../../referat/referatService';
import { exportCertificate, generateIdentity, importIdentity, listIdentities } from '../../signing/identities';
import type { HandlerTable } from '../dispatch';

/** The referat from draft to sealed, the documents made from a meeting, and the signing identities. */
export function referatHandlers(core: Core) {
  return {
    'referat.get': ({ meetingId }) => getReferatState(core, meetingId),
    'referat.generate': ({ meetingId }) => generateReferat(core, meetingId),
    'referat.update': ({ meetingId, body }) => updateReferat(core, meetingId, body),
    'referat.approve': ({ meetingId, approvedBy }) => approveReferat(core, meetingId, approvedBy),
    'referat.sign': (input) => signReferat(core, input),
    'referat.seal': ({ meetingId }) => sealReferat(core, meetingId),
    'referat.withdrawApproval': ({ meetingId, reason }) => withdrawApproval(core, meetingId, reason),
    'referat.correct': ({ meetingId, reason }) => correctReferat(core, meetingId, reason),
    'referat.addSigner': (input) => addSigner(core, input),
    'referat.removeSigner': (input) => removeSigner(core, input),

    'export.document': (input) => exportDocument(core, input),
    'export.pdf': (input) => exportPdf(core, input),
    'export.model': (input) => documentModel(core, input),
    'document.verify': () => verifyDocument(core),

    'signing.list': () => listIdentities(core),
    'signing.generate': (input) => generateIdentity(core, input),
    'signing.import': (input) => importIdentity(core, input),
    'signing.exportCertificate': (input) => exportCertificate(core, input),
  } satisfies Partial<HandlerTable>;
}
