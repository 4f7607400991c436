/**
 * @module bench/mix/target
 * One target of the mixed-traffic benchmark, in its own process:
 * `target.ts <postgres|pglite> <grantkit|bare>`. Both build the same data (the demo seed and the
 * scale generator at MIX_GRANTS, default 10⁴ grants, plus a pool of grants for a fleet owner to
 * revoke), then serve it:
 *
 * - grantkit — the real app through its Node adapter, logging at the default level into a
 *   drained stdout pipe, as `grantkit-server serve` does;
 * - bare — a bare Hono app on @hono/node-server making the same store and domain calls for the
 *   same routes, with none of grantkit's middleware (no security headers, request id, access log,
 *   origin check, body limit, validation or problem mapping): the ceiling for this traffic.
 *
 * Sessions are written straight into the store for both, so login is not part of the mix.
 */
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { checkAccessRequestUrl, consentView, openAccessRequest } from '../../src/domain/access-requests.js';
import { pageInstallationsFor } from '../../src/domain/access-policy.js';
import { requireGroupAdmin } from '../../src/domain/authorization.js';
import { revokeGrant } from '../../src/domain/grants.js';
import { createServiceAccount } from '../../src/domain/service-accounts.js';
import { accessRequestContext } from '../../src/http/domain-contexts.js';
import { createNodeServer } from '../../src/http/node/node-server.js';
import { toAuditEvent, toGrant } from '../../src/http/wire.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { tokenEndpoint } from '../../src/oauth/token-endpoint.js';
import { randomToken, sha256 } from '../../src/security/random.js';
import { DEMO_GROUPS, DEMO_USERS } from '../../src/seed/demo-data.js';
import type { GrantkitServer } from '../../src/server.js';
import { reportReady } from '../child.js';
import { openScaleServer, type Engine } from '../scale/database.js';
import { scaleId, scalePlan, PREFIX } from '../scale/generate.js';

export interface MixReady {
  readonly url: string;
  /** The server's own origin, for the origin check on the revocations. */
  readonly origin: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly ownerCookie: string;
  readonly adminCookie: string;
  readonly fleetCookie: string;
  readonly acmeId: string;
  /** Grant ids the fleet owner may revoke, one per revoke request. */
  readonly revokePrefix: string;
  readonly revokePool: number;
}

/** Pool grants: REVOKE_INSTALLATIONS installations of the fleet owner, each granted to every generated group. */
const FLEET_USER = scaleId('b1000000', 0);
const REVOKE_INSTALLATIONS = 2000;
const REVOKE_PREFIX = 'd1000000';

const [engine, kind] = process.argv.slice(2) as [Engine, 'grantkit' | 'bare'];
const plan = scalePlan(Number(process.env.MIX_GRANTS ?? 1e4));
const logger = kind === 'grantkit' ? createLogger({ level: 'info' }) : silentLogger;
const scale = await openScaleServer(engine, plan, {
  adminUrl: process.env.SCALE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  database: `grantkit_load_${kind}`,
  logger,
});
const { server, db } = scale;
const { store } = server.deps;

await db.exec(`
  INSERT INTO users (id, email, name, password_hash) VALUES ('${FLEET_USER}', 'fleet@scale.example', 'Fleet Owner', 'scrypt$not-a-login');
  INSERT INTO installations (id, name) SELECT format('a1000000-0000-4000-8000-%s', lpad(to_hex(p), 12, '0'))::uuid, 'Fleet ' || p FROM generate_series(0, ${REVOKE_INSTALLATIONS - 1}) p;
  INSERT INTO installation_users (installation_id, user_id, role) SELECT format('a1000000-0000-4000-8000-%s', lpad(to_hex(p), 12, '0'))::uuid, '${FLEET_USER}', 'owner' FROM generate_series(0, ${REVOKE_INSTALLATIONS - 1}) p;
  INSERT INTO grants (id, group_id, installation_id, permissions, created_by)
  SELECT format('${REVOKE_PREFIX}-0000-4000-8000-%s', lpad(to_hex(p * ${plan.groups} + g), 12, '0'))::uuid,
         format('${PREFIX.group}-0000-4000-8000-%s', lpad(to_hex(g), 12, '0'))::uuid,
         format('a1000000-0000-4000-8000-%s', lpad(to_hex(p), 12, '0'))::uuid, ARRAY['installation:read'], '${FLEET_USER}'
    FROM generate_series(0, ${REVOKE_INSTALLATIONS - 1}) p, generate_series(0, ${plan.groups - 1}) g;
  ANALYZE;`);

async function sessionCookie(userId: string): Promise<string> {
  const token = randomToken();
  await store.sessions.create({ tokenHash: sha256(token), userId, expiresAt: new Date(Date.now() + 86_400_000) });
  return `gk_session=${token}`;
}
const { account, clientSecret } = await createServiceAccount(
  { store, now: new Date(), passwordCost: server.deps.config.passwordCost },
  { userId: null, label: 'load bench' },
  DEMO_GROUPS.acme.id,
  { name: 'load bench' },
);

function bareApp(server: GrantkitServer): Hono {
  const { store, tokens, clock } = server.deps;
  const app = new Hono();
  const userOf = async (cookie: string | undefined) => {
    const token = /gk_session=([^;]+)/.exec(cookie ?? '')?.[1];
    const user = token ? await store.sessions.findUser(sha256(token), clock()) : undefined;
    if (!user) throw new Error('no session');
    return user;
  };
  app.get('/api/installations', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    const page = await pageInstallationsFor(store, { kind: 'user', user }, { limit: 50 });
    return c.json({ items: page.items.map((i) => ({ id: i.id, name: i.name, address: i.address, role: i.role })) });
  });
  app.get('/api/grants', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    return c.json({ items: (await store.grants.listForOwner(user.id, { limit: 50 })).items.map(toGrant) });
  });
  app.get('/api/groups/:id/grants', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    const { group } = await requireGroupAdmin(store, c.req.param('id'), user.id);
    return c.json({ items: (await store.grants.listForGroup(group.id, { limit: 50 })).items.map(toGrant) });
  });
  app.get('/api/audit', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    const groupId = c.req.query('group_id')!;
    await requireGroupAdmin(store, groupId, user.id);
    return c.json({ items: (await store.audit.listForGroup(groupId, { limit: 50 })).items.map(toAuditEvent) });
  });
  app.get('/access/request/:lookupKey', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    const { group, params } = await checkAccessRequestUrl(store, c.req.param('lookupKey'), new URL(c.req.url).searchParams);
    const request = await openAccessRequest(accessRequestContext(server.deps), { group, params, user, locale: 'en' });
    const view = await consentView({ ...accessRequestContext(server.deps), store, now: clock() }, request.id, user.id);
    const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return c.html(`<!doctype html><h1>${escape(view.group.name)}</h1><ul>${view.installations.items.map((i) => `<li>${escape(i.name)}</li>`).join('')}</ul>`);
  });
  app.post('/oauth/token', async (c) => {
    const r = await tokenEndpoint(tokens, { contentType: c.req.header('content-type'), authorization: c.req.header('authorization'), body: await c.req.text(), address: '127.0.0.1' }, silentLogger);
    return c.body(r.body, r.status as 200, r.headers);
  });
  app.delete('/api/grants/:id', async (c) => {
    const user = await userOf(c.req.header('cookie'));
    await revokeGrant(store, { grantId: c.req.param('id'), user, now: clock() });
    return c.body(null, 204);
  });
  return app;
}

const http: Server = kind === 'grantkit' ? createNodeServer(server) : (createAdaptorServer({ fetch: bareApp(server).fetch }) as Server);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const ready: MixReady = {
  url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
  origin: new URL(server.deps.config.publicUrl).origin,
  clientId: account.clientId,
  clientSecret: clientSecret!,
  ownerCookie: await sessionCookie(DEMO_USERS.owner.id),
  adminCookie: await sessionCookie(DEMO_USERS.acmeAdmin.id),
  fleetCookie: await sessionCookie(FLEET_USER),
  acmeId: DEMO_GROUPS.acme.id,
  revokePrefix: REVOKE_PREFIX,
  revokePool: REVOKE_INSTALLATIONS * plan.groups,
};
reportReady(ready, async () => {
  // Let the requests still running when the load generator stopped finish before the database closes.
  const drained = new Promise((resolve) => http.close(resolve));
  http.closeIdleConnections();
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await scale.close();
});
