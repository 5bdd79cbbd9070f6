import { useEffect, useState } from 'react';

/** The documents the print view shows (the same checked model as the Word file). */
export type PrintDoc = 'referat' | 'overgangsskema' | 'uddrag';

export type Route =
  | { name: 'start' }
  | { name: 'nyt-moede'; childId?: string }
  | { name: 'moede'; id: string }
  | { name: 'afvikling'; id: string }
  | { name: 'foraeldre'; id: string }
  | { name: 'referat'; id: string }
  | { name: 'skema'; id: string }
  | { name: 'handleplan'; id: string }
  | { name: 'udskriv'; id: string; doc: PrintDoc; childId?: string }
  | { name: 'kontrol' }
  | { name: 'personer' }
  | { name: 'boern' }
  | { name: 'barn'; id: string }
  | { name: 'opfoelgninger' }
  | { name: 'soeg' }
  | { name: 'indstillinger' }
  | { name: 'om' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [a, b, c] = parts;
  if (a === 'nyt-moede') return b ? { name: 'nyt-moede', childId: b } : { name: 'nyt-moede' };
  if (a === 'moede' && b) {
    if (c === 'afvikling') return { name: 'afvikling', id: b };
    if (c === 'foraeldre') return { name: 'foraeldre', id: b };
    if (c === 'referat') return { name: 'referat', id: b };
    if (c === 'skema') return { name: 'skema', id: b };
    if (c === 'handleplan') return { name: 'handleplan', id: b };
    if (c === 'udskriv') {
      const doc: PrintDoc = parts[3] === 'overgangsskema' || parts[3] === 'uddrag' ? parts[3] : 'referat';
      return doc === 'uddrag' && parts[4] ? { name: 'udskriv', id: b, doc, childId: parts[4] } : { name: 'udskriv', id: b, doc };
    }
    return { name: 'moede', id: b };
  }
  if (a === 'barn' && b) return { name: 'barn', id: b };
  if (a === 'personer' || a === 'boern' || a === 'opfoelgninger' || a === 'soeg' || a === 'indstillinger' || a === 'kontrol' || a === 'om') return { name: a };
  return { name: 'start' };
}

export function hrefFor(r: Route): string {
  switch (r.name) {
    case 'start':
      return '#/';
    case 'nyt-moede':
      return r.childId ? `#/nyt-moede/${r.childId}` : '#/nyt-moede';
    case 'moede':
      return `#/moede/${r.id}`;
    case 'afvikling':
    case 'foraeldre':
    case 'referat':
    case 'skema':
    case 'handleplan':
      return `#/moede/${r.id}/${r.name}`;
    case 'udskriv':
      return `#/moede/${r.id}/udskriv/${r.doc}${r.doc === 'uddrag' && r.childId ? `/${r.childId}` : ''}`;
    case 'barn':
      return `#/barn/${r.id}`;
    default:
      return `#/${r.name}`;
  }
}

export function navigate(r: Route): void {
  window.location.hash = hrefFor(r);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
