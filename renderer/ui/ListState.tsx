import type { ReactNode } from 'react';
import type { AppError } from '../lib/api';
import { ErrorBanner } from '../components/ErrorBanner';

/**
 * What a list shows around its rows. When the list could not be read it shows the error alone – never „Der er
 * ingen … endnu" under it, which would look like lost data; nothing while the first read runs; the empty state only
 * when the core said there is nothing.
 */
export function ListState<T>({ data, error, empty, children }: { data: T[] | undefined; error: AppError | null; empty: ReactNode; children: (rows: T[]) => ReactNode }) {
  if (error) return <ErrorBanner error={error} />;
  if (data === undefined) return null;
  if (data.length === 0) return <>{empty}</>;
  return <>{children(data)}</>;
}
