import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { FIXTURE, giveConsent } from '../helpers/fixtures';
import type { Caller } from '../helpers/scenarios';
import type { AppProcess } from './harness';

/** Calls the bridge as the page would (same origin), for test set-up and for checking what was stored. */
export async function api<C extends Channel>(app: AppProcess, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const res = await fetch(`${app.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.code} ${body.error?.message}`);
  return body.value as ChannelOutput<C>;
}

/** The staff of the fictitious dagtilbud (children are created through the UI where a flow needs them). */
export async function seedStaff(app: AppProcess): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const existing = await api(app, 'person.list', {});
  const staff = Object.entries(FIXTURE).filter(([k]) => k !== 'children' && k !== 'parents') as [string, { name: string; initials: string; role: string; authorityRole?: 'med' | 'uden' }][];
  for (const [key, p] of staff) {
    const found = existing.find((e) => e.name === p.name);
    if (found) {
      ids[key] = found.id;
      continue;
    }
    const saved = await api(app, 'person.save', {
      name: p.name,
      initials: p.initials,
      role: p.role as never,
      organisation: 'Testkommune',
      authority: 'Testkommune, Børn og Unge',
      email: '',
      phone: '',
      authorityRole: p.authorityRole ?? null,
    });
    ids[key] = saved.id;
  }
  return ids;
}

export async function seedChild(app: AppProcess, key: keyof typeof FIXTURE.children, socialSag = false): Promise<string> {
  const c = await api(app, 'child.save', { ...FIXTURE.children[key], socialSag, cpr: null, language: 'dansk', tovholderPersonId: null });
  for (const p of FIXTURE.parents[key]) await api(app, 'child.addGuardian', { childId: c.id, name: p.name, initials: p.initials, custody: true });
  return c.id;
}

/** The bridge as a Caller, so the same scenario helpers run in unit and e2e tests. */
export function caller(app: AppProcess): Caller {
  return { call: (channel, input) => api(app, channel, input) };
}

export async function seedConsent(app: AppProcess, childId: string): Promise<void> {
  await giveConsent(caller(app), childId);
}
