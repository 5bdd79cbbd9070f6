import { beforeEach, it } from 'vitest';

/**
 * The steps of one user journey, registered inside its `describe.sequential`. Each step is an `it` named after the
 * behaviour it checks; the steps share the browser and the app in order. When a step fails, the later steps of the
 * same journey are skipped with a note naming it, so one broken behaviour is reported once, by its name, instead of
 * as a cascade of failures that only repeat it.
 */
export function journeySteps(): (name: string, fn: () => Promise<void>, timeout?: number) => void {
  let failed: string | undefined;
  beforeEach((ctx) => {
    if (failed !== undefined) ctx.skip(`an earlier step of this journey failed: ${failed}`);
  });
  return (name, fn, timeout) => {
    it(
      name,
      async (ctx) => {
        ctx.onTestFailed(() => {
          failed ??= name;
        });
        await fn();
      },
      timeout,
    );
  };
}
