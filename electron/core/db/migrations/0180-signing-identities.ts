import type { Migration } from '../types';

/**
 * Signing identities (issue 20): a private key and its X.509 certificate per person, either made here (a self-signed
 * „lokalt certifikat") or imported from the kommune's .p12/.pfx. The key lives only in this encrypted database, so it
 * is protected exactly like the database key (OS keychain or passphrase). One identity per person is in use; a
 * replaced one is kept, retired, so documents signed with it can still name it.
 */
export const migration0180: Migration = {
  version: 180,
  name: 'signing-identities',
  up(db) {
    db.exec(`
      CREATE TABLE signing_identities (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (source IN ('lokal', 'importeret')),
        private_key_pem TEXT NOT NULL,
        certificate_pem TEXT NOT NULL,
        chain_pem TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX signing_identity_in_use ON signing_identities(person_id) WHERE retired_at IS NULL;
    `);
  },
};
