import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/schemas/case';
import { useChildCase, type ChildCase } from '../../renderer/features/child-case/useChildCase';
import { installFakeApi } from './fakeApi';

function caseOf(id: string, institution: string, extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    child: { id, name: 'Aksel Fiktiv', institution, guardians: [], consentCount: 0 },
    consents: [{ id: 'c1' }],
    ...extra,
  } as unknown as CaseDetail;
}

let owner: ChildCase | null = null;
let mounts = 0;
function Probe({ id }: { id: string }) {
  const cc = useChildCase(id);
  owner = cc;
  return <Kept d={cc.data} />;
}
/** A part with its own typing: it must survive every reply and every foreign change (no remount). */
function Kept({ d }: { d: CaseDetail | undefined }) {
  const [typed] = useState('skrevet');
  useEffect(() => {
    mounts += 1;
  }, []);
  if (!d) return null;
  return (
    <p data-testid="case">
      {d.child.institution} · {d.child.guardians.map((g) => g.name).join(',')} · {d.consents.length} · {typed}
    </p>
  );
}

afterEach(() => {
  cleanup();
  owner = null;
  mounts = 0;
});

const childChanges = (channel: string) => (channel === 'child.open' ? 'audit' : channel.startsWith('child.case') ? null : 'child');

describe('useChildCase – the one owner of a child\u2019s case', () => {
  it('opens the case once with the logged command, then applies its own replies without reading again', async () => {
    let institution = 'Solsikken';
    const api = installFakeApi((channel, input) => {
      if (channel === 'child.update') institution = String(input.institution);
      return caseOf('a', institution);
    }, childChanges);
    render(<Probe id="a" />);
    await waitFor(() => expect(screen.getByTestId('case').textContent).toContain('Solsikken'));
    expect(api.channels()).toEqual(['child.open']);
    await act(async () => {
      await owner!.update({ institution: 'Mælkebøtten' });
    });
    expect(screen.getByTestId('case').textContent).toContain('Mælkebøtten');
    // Its own data.changed event is dropped: no child.case, no second child.open.
    await new Promise((r) => setTimeout(r, 120));
    expect(api.channels()).toEqual(['child.open', 'child.update']);
    expect(mounts).toBe(1);
  });

  it('reads the case again (child.case, not child.open) when the core reports a change made elsewhere – only for this child', async () => {
    let institution = 'Solsikken';
    const api = installFakeApi(() => caseOf('a', institution), childChanges);
    render(<Probe id="a" />);
    await waitFor(() => expect(screen.getByTestId('case').textContent).toContain('Solsikken'));
    act(() => void api.emit({ aggregate: 'child', id: 'b', channel: 'child.update' }));
    await new Promise((r) => setTimeout(r, 120));
    expect(api.channels()).toEqual(['child.open']);
    institution = 'Regnbuen';
    act(() => void api.emit({ aggregate: 'child', id: 'a', channel: 'followup.close' }));
    await waitFor(() => expect(screen.getByTestId('case').textContent).toContain('Regnbuen'));
    expect(api.channels()).toEqual(['child.open', 'child.case']);
    expect(screen.getByTestId('case').textContent).toContain('skrevet');
    expect(mounts).toBe(1);
  });

  it('patches a guardian reply (a ChildDetail) into the case and keeps the rest of it', async () => {
    const api = installFakeApi((channel) => {
      if (channel === 'child.addGuardian') return { id: 'a', name: 'Aksel Fiktiv', institution: 'Solsikken', guardians: [{ personId: 'p', name: 'Mor Fiktiv', initials: 'MF', relation: 'forælder', custody: true, orienteringsret: false }] };
      return caseOf('a', 'Solsikken');
    }, childChanges);
    render(<Probe id="a" />);
    await waitFor(() => expect(screen.getByTestId('case')).toBeTruthy());
    await act(async () => {
      await owner!.addGuardian({ name: 'Mor Fiktiv', initials: 'MF', custody: true });
    });
    expect(screen.getByTestId('case').textContent).toBe('Solsikken · Mor Fiktiv · 1 · skrevet');
    expect(api.channels()).toEqual(['child.open', 'child.addGuardian']);
  });

  it('a refused command leaves the case as it was and throws the core\u2019s message for the part to show', async () => {
    installFakeApi(() => caseOf('a', 'Solsikken'), childChanges);
    window.api!.invoke = (async (channel: string) =>
      channel === 'child.update' ? { ok: false, error: { code: 'INVALID_INPUT', message: 'Børnelinealen har niveauerne 1, 2. Intet er ændret.', field: 'linealenLevel' } } : { ok: true, value: caseOf('a', 'Solsikken') }) as never;
    render(<Probe id="a" />);
    await waitFor(() => expect(screen.getByTestId('case')).toBeTruthy());
    await expect(owner!.update({ linealenLevel: '9' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'linealenLevel' });
    expect(screen.getByTestId('case').textContent).toContain('Solsikken');
  });
});
