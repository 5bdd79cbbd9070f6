/**
 * Feedback on a new passphrase, shown while it is typed. A rough estimate of the search space (length × the kinds
 * of characters used), lowered for repeats, runs and common words – enough to steer a user from „tovholder1"
 * towards a few unrelated words. It is advice; the rule the core enforces is the minimum length.
 */
export type StrengthLevel = 'for-kort' | 'svag' | 'middel' | 'staerk';

const COMMON = ['tovholder', 'password', 'kodeord', 'adgangskode', 'qwerty', 'asdf', '1234', 'abcd', 'hemmelig', 'sommer', 'vinter', 'efterår', 'forår', 'danmark', 'kommune', 'børnehave', 'vuggestue'];

export function passphraseStrength(passphrase: string): { level: StrengthLevel; bits: number; hint: string } {
  const p = passphrase.normalize('NFC');
  if (p.length < 8) return { level: 'for-kort', bits: 0, hint: 'Mindst 8 tegn.' };
  let pool = 0;
  if (/[a-zæøå]/.test(p)) pool += 29;
  if (/[A-ZÆØÅ]/.test(p)) pool += 29;
  if (/\d/.test(p)) pool += 10;
  if (/[^\p{L}\d]/u.test(p)) pool += 33;
  if (/[^\p{ASCII}æøåÆØÅ]/u.test(p)) pool += 20;
  // Count only characters that add something: a repeat of the previous one or a step in a run adds little.
  let effective = 0;
  for (let i = 0; i < p.length; i++) {
    const prev = i > 0 ? p.charCodeAt(i - 1) : -10;
    const d = p.charCodeAt(i) - prev;
    effective += d === 0 || d === 1 || d === -1 ? 0.25 : 1;
  }
  let bits = effective * Math.log2(Math.max(pool, 10));
  const lower = p.toLowerCase();
  for (const w of COMMON) if (lower.includes(w)) bits -= w.length * 3;
  bits = Math.max(0, Math.round(bits));
  if (bits < 40) return { level: 'svag', bits, hint: 'Svag: let at gætte. Brug flere ord, der ikke hører sammen, fx „lampe regn violin tirsdag“.' };
  if (bits < 65) return { level: 'middel', bits, hint: 'Middel: tilføj et ord mere for at gøre den stærk.' };
  return { level: 'staerk', bits, hint: 'Stærk adgangskode.' };
}
