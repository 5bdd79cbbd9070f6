import { useEffect, useReducer, useRef, useState } from 'react';

/** Where time comes from. The real clock in the app; Playwright's fake clock in tests (it replaces Date.now). */
export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/**
 * Time used on the current item: what was stored plus the running stretch. Persists every 5 seconds while running
 * and whenever it stops, so reopening after a crash resumes where it was.
 */
export function useItemTimer(itemId: string | null, storedSeconds: number, persist: (itemId: string, seconds: number) => void, clock: Clock = systemClock) {
  const [base, setBase] = useState(storedSeconds);
  const [since, setSince] = useState<number | null>(null);
  const [, tick] = useReducer((x: number) => x + 1, 0);
  const lastPersist = useRef(0);
  const itemRef = useRef(itemId);

  const elapsedAt = (now: number) => base + (since === null ? 0 : Math.floor((now - since) / 1000));

  // Switching item: store the old item's time, continue running on the new one if the clock was running.
  useEffect(() => {
    if (itemRef.current === itemId) return;
    itemRef.current = itemId;
    setBase(storedSeconds);
    setSince((s) => (s === null ? null : clock.now()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId]);

  useEffect(() => {
    if (since === null) return;
    const h = setInterval(() => {
      tick();
      const now = clock.now();
      if (itemRef.current && now - lastPersist.current >= 5000) {
        lastPersist.current = now;
        persist(itemRef.current, elapsedAt(now));
      }
    }, 250);
    return () => clearInterval(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [since, base]);

  return {
    elapsed: elapsedAt(clock.now()),
    running: since !== null,
    start() {
      if (since !== null) return;
      lastPersist.current = clock.now();
      setSince(clock.now());
    },
    pause() {
      if (since === null || !itemRef.current) return;
      const e = elapsedAt(clock.now());
      setBase(e);
      setSince(null);
      persist(itemRef.current, e);
    },
    /** Current total, for storing before switching to another item. */
    snapshot(): number {
      return elapsedAt(clock.now());
    },
  };
}
