/**
 * Suggests initials from a name: the first letter of each part, with name particles kept lower-case („Hans van
 * Binsbergen" → „HvB"). Only a suggestion: initials are always editable (SPEC req. 31).
 */
export function suggestInitials(name: string): string {
  const particles = new Set(['van', 'von', 'de', 'der', 'den', 'af', 'la', 'le', 'du']);
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.map((p) => (particles.has(p.toLowerCase()) ? p[0]!.toLowerCase() : p[0]!.toUpperCase()));
  return letters.join('').slice(0, 4);
}
