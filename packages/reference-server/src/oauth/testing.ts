/**
 * @module oauth/testing
 * Fixtures for the token-service tests: a group with an admin, an installation it holds a grant
 * on, and service accounts created through the real domain code.
 */
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createServiceAccount } from '../domain/service-accounts.js';
import { randomToken, sha256 } from '../security/random.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { s256Challenge } from './pkce.js';

export interface TokenFixture {
  readonly groupId: string;
  readonly lookupKey: string;
  readonly adminId: string;
  readonly adminEmail: string;
  readonly installationId: string;
  readonly otherInstallationId: string;
  readonly grantId: string;
}

let counter = 0;

export async function seedGroup(app: TestApp, lookupKey = `TK${(++counter).toString(36).toUpperCase()}${Math.random().toString(36).slice(2, 5).toUpperCase()}`): Promise<TokenFixture> {
  const { store } = app.deps;
  const group = await store.groups.create({ name: `Installer ${lookupKey}`, lookupKey });
  await store.groups.setRoles(group.id, [
    { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
    { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
  ]);
  const adminEmail = `admin-${lookupKey.toLowerCase()}@example.com`;
  const admin = await app.createUser(adminEmail, undefined, `Admin ${lookupKey}`);
  await store.groups.upsertMember(group.id, admin.id, ['admin']);
  const installation = await store.installations.create({ name: `Site of ${lookupKey}` });
  const other = await store.installations.create({ name: `Other site of ${lookupKey}` });
  const { grant } = await store.grants.upsertActive({
    groupId: group.id,
    installationId: installation.id,
    permissions: ['installation:read', 'installation:settings', 'chargers:control'],
    createdBy: null,
  });
  await store.grants.upsertActive({
    groupId: group.id,
    installationId: other.id,
    permissions: ['installation:read', 'installation:settings', 'chargers:control'],
    createdBy: null,
  });
  return {
    groupId: group.id,
    lookupKey: group.lookupKey,
    adminId: admin.id,
    adminEmail,
    installationId: installation.id,
    otherInstallationId: other.id,
    grantId: grant.id,
  };
}

export async function seedServiceAccount(
  app: TestApp,
  fixture: TokenFixture,
  options: { name?: string; installationId?: string | null; password?: string } = {},
): Promise<{ id: string; clientId: string; clientSecret: string }> {
  const { account, clientSecret } = await createServiceAccount(
    { store: app.deps.store, now: app.clock.now(), passwordCost: app.config.passwordCost },
    { userId: fixture.adminId, label: 'test admin' },
    fixture.groupId,
    { name: options.name ?? `robot-${Math.random().toString(36).slice(2, 8)}`, installationId: options.installationId ?? null, password: options.password ?? null },
  );
  return { id: account.id, clientId: account.clientId, clientSecret: clientSecret ?? options.password! };
}

export function basic(clientId: string, secret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return 'Basic ' + Buffer.from(`${enc(clientId)}:${enc(secret)}`).toString('base64');
}

/** POSTs a form to an OAuth endpoint of the in-process app. */
export async function postForm(app: TestApp, path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return app.app.request(`${app.config.publicUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

/** A test app served over real HTTP on 127.0.0.1, its public URL (issuer) being that address. */
export async function listenTestApp(options: Parameters<typeof createTestApp>[0] = {}): Promise<{ app: TestApp; url: string; close(): Promise<void> }> {
  let app: TestApp | undefined;
  const server = createAdaptorServer({ fetch: (req: Request) => app!.app.fetch(req) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  app = await createTestApp({ ...options, env: { ...options.env, PUBLIC_URL: url } });
  return {
    app,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app!.close();
    },
  };
}

/** Gets a client_credentials token through the real endpoint (fails the test on error). */
export async function getToken(app: TestApp, clientId: string, secret: string, form: Record<string, string> = {}): Promise<string> {
  const res = await postForm(app, '/oauth/token', { grant_type: 'client_credentials', ...form }, { authorization: basic(clientId, secret) });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Introspects `token` as the given service account. */
export async function introspect(app: TestApp, clientId: string, secret: string, token: string): Promise<Record<string, unknown>> {
  const res = await postForm(app, '/oauth/introspect', { token }, { authorization: basic(clientId, secret) });
  if (res.status !== 200) throw new Error(`introspection failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * Stores an authorization code as an approved access request would (the core issues it on
 * approval; see domain/access-requests.ts), for the grant of `fixture`.
 */
export async function seedAuthorizationCode(
  app: TestApp,
  fixture: TokenFixture,
  { verifier, redirectUri = 'https://partner.example/return', ttlSeconds = 60 }: { verifier: string; redirectUri?: string; ttlSeconds?: number },
): Promise<string> {
  const { store } = app.deps;
  const now = app.clock.now();
  const request = await store.accessRequests.create({
    groupId: fixture.groupId,
    userId: fixture.adminId,
    preselectedInstallationId: fixture.installationId,
    locale: 'en',
    returnUrl: redirectUri,
    partnerName: null,
    showExisting: false,
    state: 'xyz',
    codeChallenge: s256Challenge(verifier),
    expiresAt: new Date(now.getTime() + 600_000),
    createdAt: now,
  });
  const code = randomToken();
  await store.accessRequests.createAuthorizationCode({
    codeHash: sha256(code),
    accessRequestId: request.id,
    grantId: fixture.grantId,
    clientId: fixture.lookupKey,
    redirectUri,
    codeChallenge: s256Challenge(verifier),
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
  });
  return code;
}
