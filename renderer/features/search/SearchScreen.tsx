import { useEffect, useState } from 'react';
import { formatLongDate } from '../../../shared/format/danishDate';
import type { SearchResponse } from '../../../shared/schemas/case';
import { t } from '../../../shared/text/da';
import { ErrorBanner } from '../../components/ErrorBanner';
import { call } from '../../lib/api';
import { useAction } from '../../lib/hooks';
import { hrefFor } from '../../lib/router';
import { screenText } from '../../../shared/text/screens';

export function SearchScreen() {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<SearchResponse | null>(null);
  const action = useAction();
  useEffect(() => {
    if (q.trim().length < 2) {
      setResults(null);
      return;
    }
    // A failed search shows the error alone: the results of an earlier query (or „Ingen resultater") would mislead.
    const h = setTimeout(() => void action.run(() => call('search.query', { q })).then((r) => setResults(r ?? null)), 200);
    return () => clearTimeout(h);
  }, [q, action]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t.searchScreen.title}</h1>
          <p className="sub">{t.searchScreen.subtitle}</p>
        </div>
      </div>
      <div className="field" role="search">
        <label htmlFor="search-q">{t.searchScreen.label}</label>
        <input id="search-q" type="search" autoFocus value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <ErrorBanner error={action.error} />
      {results && results.results.length === 0 && <p>{t.searchScreen.none}</p>}
      {results?.narrowed && (
        <p className="alert info" role="status">
          {t.searchScreen.narrowed}
        </p>
      )}
      {results && results.results.length > 0 && (
        <ul className="list-plain" aria-label={screenText.searchResults}>
          {results.results.map((r, i) => (
            <li key={i} style={{ display: 'block' }}>
              <span className="badge">{r.kindLabel}</span>{' '}
              <a href={r.kind === 'barn' && r.childId ? hrefFor({ name: 'barn', id: r.childId }) : r.meetingId ? hrefFor({ name: 'moede', id: r.meetingId }) : '#/'}>{r.title}</a>
              {r.childName && r.kind !== 'barn' && <span className="meta"> · {r.childName}</span>}
              {r.meetingTitle && (
                <span className="meta">
                  {' '}
                  · {r.meetingTitle}
                  {r.meetingDate ? `, ${formatLongDate(r.meetingDate)}` : ''}
                </span>
              )}
              {r.snippet.trim() && <div className="snippet">{r.snippet}</div>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
