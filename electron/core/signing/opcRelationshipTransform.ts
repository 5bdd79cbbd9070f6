import { DOMParser } from '@xmldom/xmldom';

export const RELATIONSHIP_TRANSFORM = 'http://schemas.openxmlformats.org/package/2006/RelationshipTransform';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  targetMode: string | null;
}

/** The Relationship elements of a `.rels` part, in document order. */
export function readRelationships(xml: string): Relationship[] {
  if (!xml.trim()) return [];
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const out: Relationship[] = [];
  const list = doc.getElementsByTagNameNS(RELS_NS, 'Relationship');
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i)!;
    out.push({ id: el.getAttribute('Id') ?? '', type: el.getAttribute('Type') ?? '', target: el.getAttribute('Target') ?? '', targetMode: el.getAttribute('TargetMode') });
  }
  return out;
}

function escapeAttr(s: string): string {
  // Canonical XML (C14N 1.0 §2.3) escapes &, <, " and the whitespace characters TAB, LF, CR in attribute values.
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}

/**
 * The OPC Relationships Transform Algorithm, ECMA-376 Part 2 (Open Packaging Conventions), 1st edition
 * §13.2.4.24 „Relationships Transform Algorithm" (numbered differently in later editions and in
 * ISO/IEC 29500-2, same algorithm): a signature over a Relationships part signs only the chosen relationships, so that a later
 * signature (which adds its own origin relationship) does not break an earlier one.
 *
 * Steps as the standard gives them:
 *  1. Keep only the Relationship elements whose Id is one of `sourceIds` (SourceId) or whose Type is one of
 *     `sourceTypes` (SourceType); remove every other node (other elements, text, comments).
 *  2. Sort the kept elements by Id (ordinal string order).
 *  3. Add TargetMode="Internal" where the attribute is absent (its default).
 *  4. The result is then canonicalised with C14N 1.0 (the reference's next transform). We return the canonical
 *     bytes directly: the root carries only the relationships namespace, attributes are in C14N order
 *     (Id, Target, TargetMode, Type – all unqualified, so sorted by local name) and elements are written with
 *     start and end tags.
 */
export function relationshipTransform(relsXml: string, sourceIds: readonly string[], sourceTypes: readonly string[] = []): string {
  const ids = new Set(sourceIds);
  const types = new Set(sourceTypes);
  const kept = readRelationships(relsXml)
    .filter((r) => ids.has(r.id) || types.has(r.type))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const body = kept
    .map((r) => `<Relationship Id="${escapeAttr(r.id)}" Target="${escapeAttr(r.target)}" TargetMode="${escapeAttr(r.targetMode ?? 'Internal')}" Type="${escapeAttr(r.type)}"></Relationship>`)
    .join('');
  return `<Relationships xmlns="${RELS_NS}">${body}</Relationships>`;
}
