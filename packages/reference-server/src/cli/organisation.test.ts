import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { organisationFromCli } from './organisation.js';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) } };
};

describe.each(storeKinds)('organisation CLI on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('creates an organisation with a holder and a cap, adds a holder, changes the cap', async () => {
    t = await createTestApp({ kind });
    await t.createUser('hana@helio.example');
    await t.createUser('hugo@helio.example');
    const store = t.deps.store;
    const c = io();
    expect(await organisationFromCli(store, 'create', ['--name', 'Helio Grid', '--holder', 'hana@helio.example', '--partner-limit=3'], c.io)).toBe(0);
    const { id, partner_limit } = JSON.parse(c.out[0]!);
    expect(partner_limit).toBe(3);
    const hana = t.client();
    await hana.login('hana@helio.example');
    expect((await (await hana.get('/api/organisations')).json()).items).toEqual([{ id, name: 'Helio Grid', partner_limit: 3, active_partners: 0 }]);
    expect(await organisationFromCli(store, 'add-holder', ['--id', id, '--holder', 'hugo@helio.example'], io().io)).toBe(0);
    expect(await store.organisations.isAccountHolder(id, (await store.users.findByEmail('hugo@helio.example'))!.id)).toBe(true);
    expect(await organisationFromCli(store, 'set-limit', ['--id', id, '--partner-limit', '12'], io().io)).toBe(0);
    expect((await store.organisations.findById(id))?.partnerLimit).toBe(12);
  });

  it('refuses bad input with a usage error and unknown people or organisations with 1', async () => {
    t = await createTestApp({ kind });
    const store = t.deps.store;
    const bad = io();
    expect(await organisationFromCli(store, 'create', ['--name', 'X', '--holder', 'ghost@example.com'], bad.io)).toBe(1);
    expect(bad.err[0]).toMatch(/No user has the email ghost@example.com/);
    expect(await organisationFromCli(store, 'create', ['--name', 'X'], io().io)).toBe(2);
    expect(await organisationFromCli(store, 'set-limit', ['--id', crypto.randomUUID(), '--partner-limit', '-1'], io().io)).toBe(2);
    expect(await organisationFromCli(store, 'set-limit', ['--id', crypto.randomUUID(), '--partner-limit', '5'], io().io)).toBe(1);
    expect(await organisationFromCli(store, 'create', ['--bogus', 'x'], io().io)).toBe(2);
  });
});
