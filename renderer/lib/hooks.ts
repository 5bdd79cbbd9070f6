import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError, onDataChanged } from './api';
import type { Aggregate } from '../../shared/ipc/events';
import { screenText } from '../../shared/text/screens';

export interface Query<T> {
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
  /** Installs a reply; an updater `(prev) => next` patches a part into the copy (e.g. one item of a meeting). */
  setData: (value: T | ((prev: T | undefined) => T | undefined)) => void;
}

/** Loads data once per `deps` change; `setData` lets a mutation install the reply it got back. */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[]): Query<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  // Bumped when a reply is installed: a read that started before it is older than the reply and is dropped.
  const installed = useRef(0);
  useEffect(() => {
    let live = true;
    const startedAt = installed.current;
    setLoading(true);
    loadRef.current().then(
      (v) => {
        if (!live) return;
        if (installed.current !== startedAt) {
          setLoading(false);
          return;
        }
        setData(v);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof AppError ? e : new AppError('INTERNAL', screenText.unexpected));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const install = useCallback((value: T | ((prev: T | undefined) => T | undefined)) => {
    installed.current += 1;
    setData(value as T | ((prev: T | undefined) => T | undefined));
  }, []);
  return { data, error, loading, reload, setData: install };
}

/** Runs an action and reports its Danish error message, keeping the screen as it was. */
export function useAction(): { run: <T>(fn: () => Promise<T>) => Promise<T | undefined>; error: AppError | null; clear: () => void; busy: boolean } {
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(fn: () => Promise<T>) => {
    setBusy(true);
    try {
      const v = await fn();
      setError(null);
      return v;
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('INTERNAL', screenText.unexpected));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy, clear: useCallback(() => setError(null), []) };
}

/**
 * `useQuery` that also re-runs when the core reports a change to `watch` made elsewhere (another screen, the menu):
 * the building block of the data owners (`useMeeting`, `useChildCase`, …). The owner applies its own commands'
 * replies with `setData`; it never reloads after its own change.
 */
export function useLiveQuery<T>(load: () => Promise<T>, deps: unknown[], watch: { aggregate: Aggregate; id: string | null } | null): Query<T> {
  const q = useQuery(load, deps);
  const { reload } = q;
  const aggregate = watch?.aggregate ?? null;
  const id = watch?.id ?? null;
  useEffect(() => {
    if (aggregate === null) return undefined;
    return onDataChanged(aggregate, id, () => reload());
  }, [aggregate, id, reload]);
  return q;
}
