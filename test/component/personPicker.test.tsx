import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonHit, PersonSearchIn, PersonSearchOut } from '../../shared/schemas/person';
import { PersonPicker, PICKER_DEBOUNCE_MS } from '../../renderer/features/people/PersonPicker';

const hit = (id: string, name: string, relation: PersonHit['relation'], role: PersonHit['role'] = 'paedagog'): PersonHit => ({
  id,
  name,
  initials: name.split(' ').map((w) => w[0]).join(''),
  role,
  organisation: 'Børnehuset Solsikken',
  authority: '',
  email: '',
  phone: '',
  authorityRole: null,
  isSample: false,
  relation,
});

const PAGE1: PersonSearchOut = {
  people: [hit('p1', 'Ida Mørkhøj', 'deltager', 'sundhedsplejerske'), hit('p2', 'Sofie Nørregaard', 'forældremyndighed', 'foraelder'), hit('p3', 'Anders Fjordside', null), hit('p4', 'Birgitte Skovmose', null)],
  next: { key: 'birgitte skovmose', id: 'p4' },
};
const PAGE2: PersonSearchOut = { people: [hit('p5', 'Camilla Fredsø', null)], next: null };

function setup(extra: { onCreate?: (n: string) => void } = {}) {
  const search = vi.fn((input: PersonSearchIn) => Promise.resolve(input.after ? PAGE2 : PAGE1));
  const onPick = vi.fn();
  const view = render(<PersonPicker label="Tilføj deltager" meetingId="m1" search={search} onPick={onPick} {...extra} />);
  const input = view.getByRole('combobox', { name: 'Tilføj deltager' }) as HTMLInputElement;
  return { view, input, search, onPick };
}

const flush = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(PICKER_DEBOUNCE_MS + 10);
  });

afterEach(cleanup);
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PersonPicker', () => {
  it('shows the meeting’s people and the custody holders in their own groups before everybody else', async () => {
    const { view, input, search } = setup();
    fireEvent.focus(input);
    await flush();
    expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: '', meetingId: 'm1', after: null }));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = view.getByRole('listbox', { name: 'Tilføj deltager' });
    const groups = within(listbox).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && view.container.querySelector(`[id="${g.getAttribute('aria-labelledby')}"]`)?.textContent)).toEqual(['På mødet', 'Forældremyndighed', 'Øvrige personer']);
    expect(within(groups[0]!).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Ida Mørkhøj')]);
    expect(within(groups[1]!).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Sofie Nørregaard')]);
    expect(within(groups[2]!).getAllByRole('option')).toHaveLength(2);
    expect(view.getByRole('status').textContent).toMatch(/4 eller flere personer fundet/);
  });

  it('is driven by the keyboard: arrows move the active option (aria-activedescendant), Enter picks, Escape closes then clears', async () => {
    const { view, input, onPick } = setup();
    fireEvent.focus(input);
    await flush();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = view.getByRole('option', { name: /Ida Mørkhøj/ });
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(view.getByRole('option', { name: /Anders Fjordside/ }).id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![0]).toMatchObject({ id: 'p2', name: 'Sofie Nørregaard', relation: 'forældremyndighed' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.change(input, { target: { value: 'ida' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('ida');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
  });

  it('asks the core once per pause in typing, not per key', async () => {
    const { input, search } = setup();
    fireEvent.focus(input);
    await flush();
    search.mockClear();
    for (const v of ['k', 'ka', 'kar']) fireEvent.change(input, { target: { value: v } });
    await flush();
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith(expect.objectContaining({ q: 'kar' }));
  });

  it('„Vis flere“ fetches the next page after the cursor and keeps the first', async () => {
    const { view, input, search } = setup();
    fireEvent.focus(input);
    await flush();
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(view.getByRole('option', { name: 'Vis flere' }).id);
    fireEvent.keyDown(input, { key: 'Enter' });
    await flush();
    expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ after: PAGE1.next }));
    expect(view.getAllByRole('option').map((o) => o.textContent?.split(' ').slice(0, 2).join(' '))).toEqual(['Ida Mørkhøj', 'Sofie Nørregaard', 'Anders Fjordside', 'Birgitte Skovmose', 'Camilla Fredsø']);
    expect(view.queryByRole('option', { name: 'Vis flere' })).toBeNull();
  });

  it('„Opret ny person …“ only proposes the typed name; nothing is picked or saved', async () => {
    const onCreate = vi.fn();
    const { view, input, onPick } = setup({ onCreate });
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Vibeke Aagaard' } });
    await flush();
    const create = view.getByRole('option', { name: 'Opret ny person „Vibeke Aagaard“ …' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(create.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCreate).toHaveBeenCalledWith('Vibeke Aagaard');
    expect(onPick).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
