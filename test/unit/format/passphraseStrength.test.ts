import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/domain/passphraseStrength';

describe('passphrase strength feedback', () => {
  it('rates the kinds of passphrases users choose from too short to strong', () => {
    expect(passphraseStrength('kort').level).toBe('for-kort');
    expect(passphraseStrength('tovholder1').level).toBe('svag');
    expect(passphraseStrength('aaaaaaaaaaaa').level).toBe('svag');
    expect(passphraseStrength('12345678901').level).toBe('svag');
    expect(passphraseStrength('Hyldebær-7').level).toBe('middel');
    expect(passphraseStrength('lampe regn violin tirsdag').level).toBe('staerk');
  });
  it('gives the same answer for the same visible text, composed or decomposed', () => {
    expect(passphraseStrength('blåbær grød æble'.normalize('NFD'))).toEqual(passphraseStrength('blåbær grød æble'.normalize('NFC')));
  });
});
