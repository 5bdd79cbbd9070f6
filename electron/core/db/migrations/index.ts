import type { Migration } from '../types';
import { migration0010 } from './0010-core-schema';
import { migration0020 } from './0020-documents-and-forms';
import { migration0030 } from './0030-deletion-grants';
import { migration0040 } from './0040-child-case';
import { migration0050 } from './0050-retention';
import { migration0060 } from './0060-search-rowids';
import { migration0070 } from './0070-name-epoch';
import { migration0080 } from './0080-lookup-indexes';
import { migration0090 } from './0090-record-truth';
import { migration0100 } from './0100-true-history';
import { migration0120 } from './0120-guard-birth-dates';
import { migration0121 } from './0121-fts-secure-delete';
import { migration0130 } from './0130-document-face';
import { migration0140 } from './0140-consent-structure';
import { migration0141 } from './0141-search-approved-referat';
import { migration0142 } from './0142-planned-date';
import { migration0150 } from './0150-preparation-form';
import { migration0151 } from './0151-internal-notes';
import { migration0180 } from './0180-signing-identities';
import { migration0190 } from './0190-outlook-dispatch';
import { migration0220 } from './0220-added-signers';
import { migration0210 } from './0210-familieraadslagning-offer';
import { migration0240 } from './0240-person-search';
import { migration0250 } from './0250-children-birth-date';
import { migration0260 } from './0260-followup-pages';
import { migration0270 } from './0270-seal-keeps-search';
import { migration0280 } from './0280-person-search-runs';

/** Every migration, in order. A new one is appended here with the next number and its own test. */
export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0080, migration0090, migration0100, migration0120, migration0121, migration0130, migration0140, migration0141, migration0142, migration0150, migration0151, migration0180, migration0190, migration0210, migration0220, migration0240, migration0250, migration0260, migration0270, migration0280];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
