import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsState } from '../../shared/schemas/settings';
import { SettingsContext, useDraft, useSettings, useSettingsOwner, type SettingsOwner } from '../../renderer/features/settings/useSettings';
import { installFakeApi } from './fakeApi';

const state = (unit: string, variant: 'thisted' | 'kolding' = 'thisted') =>
  ({ firstRunDone: true, organisation: { unit, kommune: 'Fiktiv Kommune' }, kommune: { linealenVariant: variant } }) as unknown as SettingsState;

let owner: SettingsOwner | null = null;
let mounts = 0;
function App() {
  const o = useSettingsOwner();
  owner = o;
  return (
    <SettingsContext.Provider value={o}>
      <Card />
      <Reader />
    </SettingsContext.Provider>
  );
}
/** Like OrganisationCard: a draft of one part of the settings. */
function Card() {
  const { settings } = useSettings();
  useEffect(() => {
    mounts += 1;
  }, []);
  if (!settings) return null;
  return <Draft unit={settings.organisation.unit} />;
}
function Draft({ unit }: { unit: string }) {
  const [draft, setDraft] = useDraft(unit);
  return <input aria-label="Enhed" value={draft} onChange={(e) => setDraft(e.target.value)} />;
}
/** Another screen reading the same copy (e.g. the case page reading the Linealen scale). */
function Reader() {
  const { settings } = useSettings();
  return <p data-testid="reader">{settings?.kommune.linealenVariant}</p>;
}

afterEach(() => {
  cleanup();
  owner = null;
  mounts = 0;
});

const settingsChanges = (channel: string) => (channel === 'settings.get' ? null : 'settings');

describe('useSettings – the settings held once', () => {
  it('applies a command’s reply to every reader, without reading again and without remounting the cards', async () => {
    let current = state('Solsikken');
    const api = installFakeApi((channel, input) => {
      if (channel === 'settings.saveKommune') current = state('Solsikken', (input as { linealenVariant: 'kolding' }).linealenVariant);
      return current;
    }, settingsChanges);
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('reader').textContent).toBe('thisted'));
    await act(async () => {
      await owner!.saveKommune({ linealenVariant: 'kolding' } as never);
    });
    expect(screen.getByTestId('reader').textContent).toBe('kolding');
    await new Promise((r) => setTimeout(r, 120));
    expect(api.channels()).toEqual(['settings.get', 'settings.saveKommune']);
    expect(mounts).toBe(1);
  });

  it('re-reads on a change made elsewhere; an untouched draft follows it, a typed one is kept', async () => {
    let current = state('Solsikken');
    const api = installFakeApi(() => current, settingsChanges);
    render(<App />);
    const input = await screen.findByLabelText<HTMLInputElement>('Enhed');
    expect(input.value).toBe('Solsikken');
    current = state('Regnbuen');
    act(() => void api.emit({ aggregate: 'all', id: null, channel: 'db.restore' }));
    await waitFor(() => expect(input.value).toBe('Regnbuen'));
    expect(api.channels()).toEqual(['settings.get', 'settings.get']);
    fireEvent.change(input, { target: { value: 'Min egen tekst' } });
    current = state('Mælkebøtten');
    act(() => void api.emit({ aggregate: 'settings', id: null, channel: 'settings.import' }));
    await waitFor(() => expect(api.channels()).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 20));
    expect(input.value).toBe('Min egen tekst');
    expect(mounts).toBe(1);
  });

  it('an import’s reply replaces the settings; a cancelled import (null) keeps them', async () => {
    let answer: SettingsState | null = null;
    installFakeApi((channel) => (channel === 'settings.import' ? answer : state('Solsikken')), settingsChanges);
    render(<App />);
    const input = await screen.findByLabelText<HTMLInputElement>('Enhed');
    await act(async () => {
      await owner!.importFile();
    });
    expect(input.value).toBe('Solsikken');
    answer = state('Importeret enhed', 'kolding');
    await act(async () => {
      await owner!.importFile();
    });
    expect(input.value).toBe('Importeret enhed');
    expect(screen.getByTestId('reader').textContent).toBe('kolding');
  });
});
