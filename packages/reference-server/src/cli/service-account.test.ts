import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { getToken, seedGroup, type TokenFixture } from '../oauth/testing.js';
import { createServiceAccountFromCli } from './service-account.js';
import { rotateKeysFromCli } from './keys.js';
import { main } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('CLI: service-account create and keys rotate', () => {
  let app: TestApp;
  let fx: TokenFixture;
  beforeAll(async () => {
    app = await createTestApp();
    fx = await seedGroup(app);
  });
  afterAll(() => app.close());

  it('prints {client_id, client_secret} once on stdout, and the credentials work', async () => {
    const { io, out, err } = capture();
    const code = await createServiceAccountFromCli(app.deps.store, app.config, ['--group', fx.lookupKey.toLowerCase(), '--name', 'ops-bot'], io);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const printed = JSON.parse(out[0]!) as { client_id: string; client_secret: string };
    expect(printed.client_id).toMatch(/^gksa_/);
    expect(printed.client_secret).toMatch(/^gks_/);
    expect(err.join('\n')).not.toContain(printed.client_secret);
    await getToken(app, printed.client_id, printed.client_secret);
    const audit = (await app.deps.store.audit.listForGroup(fx.groupId, { limit: 200 })).items;
    expect(audit.find((e) => e.action === 'service_account.created' && e.actorLabel === 'operator (CLI)')).toBeDefined();
  });

  it('explains usage errors, unknown groups and duplicate names on stderr', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--name', 'x'], 2, /--group and --name are required/],
      [['--group', fx.lookupKey, '--name'], 2, /--name needs a value/],
      [['--group', fx.lookupKey, '--name', 'x', '--colour', 'red'], 2, /Unknown option/],
      [['--group', 'NOPE', '--name', 'x'], 1, /No active group/],
      [['--group', fx.lookupKey, '--name', 'ops-bot'], 1, /already has a service account named "ops-bot"/],
    ];
    for (const [args, status, message] of cases) {
      const { io, out, err } = capture();
      expect(await createServiceAccountFromCli(app.deps.store, app.config, args, io)).toBe(status);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(message);
    }
  });

  it('keys rotate prints the new kid and keeps the old key published', async () => {
    const { io, out } = capture();
    expect(await rotateKeysFromCli(app.deps.store, app.config, io)).toBe(0);
    const printed = JSON.parse(out[0]!) as { kid: string; retired: string | null };
    const published = await app.deps.store.signingKeys.listPublished(new Date());
    expect(published.map((k) => k.kid)).toContain(printed.kid);
    if (printed.retired) expect(published.map((k) => k.kid)).toContain(printed.retired);
  });

  it('is registered: `service-account create --help` and `keys rotate --help`', async () => {
    for (const argv of [['service-account', 'create', '--help'], ['keys', 'rotate', '--help']]) {
      const { io, out } = capture();
      expect(await main(argv, io)).toBe(0);
      expect(out.join('\n')).toMatch(/^Usage: grantkit-server/);
    }
  });
});
