import { describe, expect, it } from 'vitest';
import { GROWTH_BUDGET, growthPerTenfold, growthTable, isInteractive } from '../../../bench/scales';
import { sizeFor } from '../../../bench/fixture';

const stat = (median: number) => ({ median, p95: median, min: median, max: median, runs: 1 });

// `npm run bench -- --scales` (issue 17, item 1): the growth factor per 10× of data, and MISSET past 1.5×.
describe('the growth table of the scales run', () => {
  it('gives the factor per 10× from a least-squares line through the sizes, whatever sizes were run', () => {
    expect(growthPerTenfold([{ size: 1000, ms: 2 }, { size: 10_000, ms: 2 }, { size: 30_000, ms: 2 }])).toBeCloseTo(1, 6);
    expect(growthPerTenfold([{ size: 1000, ms: 1 }, { size: 10_000, ms: 10 }, { size: 30_000, ms: 30 }])).toBeCloseTo(10, 6);
    expect(growthPerTenfold([{ size: 1000, ms: 3 }, { size: 10_000, ms: 4.5 }])).toBeCloseTo(1.5, 6);
    // Quadratic: 100× per 10×.
    expect(growthPerTenfold([{ size: 1000, ms: 1 }, { size: 3000, ms: 9 }, { size: 10_000, ms: 100 }])).toBeCloseTo(100, 4);
  });

  it('marks an interactive path over the budget as missed, never a file-sized operation, and keeps every measurement run.ts had', () => {
    const table = growthTable([
      { meetings: 1000, metricsMs: { 'meeting.list': stat(1), 'search': stat(10), 'db.backup': stat(100), 'person.search.prefix': stat(1), 'only.here': stat(1) } },
      { meetings: 10_000, metricsMs: { 'meeting.list': stat(7.6), 'search': stat(14), 'db.backup': stat(1000), 'person.search.prefix': stat(1.6) } },
    ]);
    const by = Object.fromEntries(table.map((g) => [g.metric, g]));
    expect(by['meeting.list']).toMatchObject({ interactive: true, missed: true });
    expect(by['meeting.list']!.perTenfold).toBeCloseTo(7.6, 6);
    expect(by['search']).toMatchObject({ interactive: true, missed: false });
    expect(by['db.backup']).toMatchObject({ interactive: false, missed: false });
    // A measurement another engineer adds to run.ts joins the table; one not run at every size cannot have a factor.
    expect(by['person.search.prefix']).toMatchObject({ interactive: true, missed: true });
    expect(by['only.here']).toBeUndefined();
    expect(GROWTH_BUDGET).toBe(1.5);
  });

  it('names the interactive paths the issue lists', () => {
    for (const m of ['meeting.list', 'meeting.list.alle', 'meeting.list.barn', 'child.case', 'meeting.get.15', 'autosave', 'search', 'person.search', 'followup.list', 'deadlines.upcoming']) expect(isInteractive(m), m).toBe(true);
    for (const m of ['db.backup', 'export.referat.15', 'unlock.passphrase', 'ui.meeting-view']) expect(isInteractive(m), m).toBe(false);
  });

  it('grows a kommune by years at the full run’s pace: 10,000 meetings are the full run, 30,000 are 24 years', () => {
    expect(sizeFor(10_000)).toEqual({ institutions: 40, years: 8, meetings: 10_000, children: 20_000 });
    expect(sizeFor(30_000)).toEqual({ institutions: 40, years: 24, meetings: 30_000, children: 60_000 });
    expect(sizeFor(1000).years).toBeCloseTo(0.8, 6);
  });
});
