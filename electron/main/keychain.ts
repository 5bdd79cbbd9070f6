import { safeStorage } from 'electron';
import type { SecretProtector } from '../core/db/keyStore';

/** Electron safeStorage (Keychain, DPAPI, libsecret/kwallet) as the protector of the database key. */
export const keychainProtector: SecretProtector = {
  isAvailable() {
    if (!safeStorage.isEncryptionAvailable()) return false;
    // On Linux without a keyring, safeStorage falls back to a hard-coded password: that is not protection.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return false;
    return true;
  },
  encrypt(plain) {
    return safeStorage.encryptString(plain.toString('base64'));
  },
  decrypt(sealed) {
    return Buffer.from(safeStorage.decryptString(sealed), 'base64');
  },
};
