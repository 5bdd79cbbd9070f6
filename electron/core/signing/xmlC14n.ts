import { C14nCanonicalization } from 'xml-crypto';
import type { Element } from '@xmldom/xmldom';

interface NamespacePrefix {
  prefix: string;
  namespaceURI: string;
}

/**
 * Inclusive Canonical XML 1.0 of one element (W3C REC-xml-c14n-20010315) through xml-crypto: the namespaces
 * the element inherits from its ancestors are part of its canonical form, so they are collected here and handed in.
 */
export function canonicalize(el: Element): string {
  const seen = new Map<string, string>();
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attrs = (p as Element).attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i)!;
      if (a.name === 'xmlns' && !seen.has('')) seen.set('', a.value);
      else if (a.name.startsWith('xmlns:') && !seen.has(a.name.slice(6))) seen.set(a.name.slice(6), a.value);
    }
  }
  // An empty default namespace is no declaration at all. An unprefixed apex renders its own default namespace
  // (xml-crypto writes it from the element's namespace), so an inherited one would otherwise appear twice.
  const unprefixed = !el.prefix;
  const ancestorNamespaces: NamespacePrefix[] = [...seen]
    .filter(([prefix, uri]) => (prefix !== '' || uri !== '') && !(prefix === '' && unprefixed))
    .map(([prefix, namespaceURI]) => ({ prefix, namespaceURI }));
  return new C14nCanonicalization().process(el as unknown as Parameters<C14nCanonicalization['process']>[0], { ancestorNamespaces });
}
