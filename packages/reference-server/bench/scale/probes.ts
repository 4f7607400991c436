/**
 * @module bench/scale/probes
 * The requests the scale benchmark times, one after another on loopback (no concurrency: this
 * measures how a request's latency grows with the data, not throughput), as the seeded demo's
 * people: the owner (who holds 1 % of the installations) and Acme Energy's admin (5.5 % of the
 * grants). Lists ask for `?limit=50`, which paged lists honour and unpaged ones ignore.
 */
import { createServiceAccount } from '../../src/domain/service-accounts.js';
import type { GrantkitServer } from '../../src/server.js';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-data.js';
import { PREFIX, scaleId } from './generate.js';

export interface Sampling {
  /** Untimed requests first (JIT, caches, connection). */
  readonly warmup: number;
  /** At most this many timed requests per probe… */
  readonly requests: number;
  /** …and no more than this many seconds, once `minRequests` are in. */
  readonly seconds: number;
  readonly minRequests: number;
}

interface Call {
  readonly method: string;
  readonly path: string;
  readonly cookie?: string;
  readonly json?: unknown;
  readonly form?: string;
  readonly basic?: string;
}

/** The timed probes, in the order of the table. */
export const PROBE_LABELS = [
  'GET /api/grants (owner)',
  'GET /api/groups/:id/grants (Acme admin)',
  'GET /api/installations/:id/access (owner)',
  'GET /access/request/TZBV consent page (owner)',
  'GET /api/invitation-codes (Acme admin)',
  'GET /api/installations (owner)',
  'GET /api/audit?group_id (Acme admin)',
  'GET /api/audit?installation_id (owner)',
  'POST /oauth/token',
  'POST /oauth/token, data set (grant check)',
  'POST /api/access-requests/:id/approve (owner)',
  'DELETE /api/grants/:id revoke (owner)',
] as const;
export type ProbeLabel = (typeof PROBE_LABELS)[number];

export class Client {
  constructor(
    readonly baseUrl: string,
    private readonly origin: string,
  ) {}

  /** Sends one request and reads the whole body; throws on an unexpected status (a broken probe must not time errors). */
  async send(call: Call): Promise<{ status: number; body: string; headers: Headers }> {
    const headers: Record<string, string> = { origin: this.origin };
    if (call.cookie) headers.cookie = call.cookie;
    let body: string | undefined;
    if (call.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(call.json);
    } else if (call.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = call.form;
    }
    if (call.basic) headers.authorization = `Basic ${call.basic}`;
    const res = await fetch(this.baseUrl + call.path, { method: call.method, headers, body, redirect: 'manual' });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${call.method} ${call.path}: ${res.status} ${text.slice(0, 300)}`);
    return { status: res.status, body: text, headers: res.headers };
  }

  async timed(call: Call): Promise<{ ms: number; body: string }> {
    const t = performance.now();
    const { body } = await this.send(call);
    return { ms: performance.now() - t, body };
  }

  async login(email: string): Promise<string> {
    const { headers } = await this.send({ method: 'POST', path: '/api/session', json: { email, password: DEMO_PASSWORD } });
    const cookie = headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('gk_session='));
    if (!cookie) throw new Error(`no session cookie for ${email}`);
    return cookie;
  }
}

const basic = (id: string, secret: string) => Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64');
const TOKEN_FORM = 'grant_type=client_credentials&scope=installation%3Aread';

/** Times every probe; returns the samples (ms) per label. `progress` hears one line per probe. */
export async function runProbes(server: GrantkitServer, client: Client, sampling: Sampling, progress: (line: string) => void): Promise<Map<ProbeLabel, number[]>> {
  const { store } = server.deps;
  const owner = await client.login(DEMO_USERS.owner.email);
  const acmeAdmin = await client.login(DEMO_USERS.acmeAdmin.email);
  const acme = DEMO_GROUPS.acme.id;
  // Installation 0 is the demo owner's and granted to Acme (generate.ts: pair 0, slot 0).
  const ownersGranted = scaleId(PREFIX.installation, 0);
  const now = new Date();
  const actor = { userId: null, label: 'scale bench' };
  const ctx = { store, now, passwordCost: server.deps.config.passwordCost };
  const plain = await createServiceAccount(ctx, actor, acme, { name: 'scale bench' });
  const dataSet = await createServiceAccount(ctx, actor, acme, { name: 'scale bench data set', installationId: ownersGranted });
  const ownerUser = (await store.users.findById(DEMO_USERS.owner.id))!;

  const samples = new Map<ProbeLabel, number[]>(PROBE_LABELS.map((l) => [l, []]));
  /** Runs `step` for warm-up and then until the request or time budget is spent. */
  const loop = async (label: string, step: (record: boolean) => Promise<void>, count: () => number) => {
    for (let i = 0; i < sampling.warmup; i++) await step(false);
    const end = performance.now() + sampling.seconds * 1000;
    while (count() < sampling.requests && (count() < sampling.minRequests || performance.now() < end)) await step(true);
    progress(`    ${label}: ${count()} requests`);
  };
  const simple = async (label: ProbeLabel, call: Call) => {
    const list = samples.get(label)!;
    await loop(label, async (record) => {
      const { ms } = await client.timed(call);
      if (record) list.push(ms);
    }, () => list.length);
  };

  await simple('GET /api/grants (owner)', { method: 'GET', path: '/api/grants?limit=50', cookie: owner });
  await simple('GET /api/groups/:id/grants (Acme admin)', { method: 'GET', path: `/api/groups/${acme}/grants?limit=50`, cookie: acmeAdmin });
  await simple('GET /api/installations/:id/access (owner)', { method: 'GET', path: `/api/installations/${ownersGranted}/access`, cookie: owner });
  await simple('GET /access/request/TZBV consent page (owner)', { method: 'GET', path: '/access/request/TZBV', cookie: owner });
  await simple('GET /api/invitation-codes (Acme admin)', { method: 'GET', path: `/api/invitation-codes?group_id=${acme}&limit=50`, cookie: acmeAdmin });
  await simple('GET /api/installations (owner)', { method: 'GET', path: '/api/installations?limit=50', cookie: owner });
  await simple('GET /api/audit?group_id (Acme admin)', { method: 'GET', path: `/api/audit?group_id=${acme}&limit=50`, cookie: acmeAdmin });
  await simple('GET /api/audit?installation_id (owner)', { method: 'GET', path: `/api/audit?installation_id=${ownersGranted}&limit=50`, cookie: owner });
  await simple('POST /oauth/token', { method: 'POST', path: '/oauth/token', form: TOKEN_FORM, basic: basic(plain.account.clientId, plain.clientSecret!) });
  await simple('POST /oauth/token, data set (grant check)', { method: 'POST', path: '/oauth/token', form: TOKEN_FORM, basic: basic(dataSet.account.clientId, dataSet.clientSecret!) });

  // Approve then revoke, so each approval creates a grant (on Home, which Acme holds none on)
  // and each revocation ends one. The pending request is stored directly (untimed): opening it
  // is the consent page's cost, timed above.
  const approvals = samples.get('POST /api/access-requests/:id/approve (owner)')!;
  const revocations = samples.get('DELETE /api/grants/:id revoke (owner)')!;
  await loop('approve + revoke', async (record) => {
    const request = await store.accessRequests.create({
      groupId: acme,
      userId: ownerUser.id,
      preselectedInstallationId: null,
      locale: 'en',
      returnUrl: null,
      partnerName: null,
      showExisting: false,
      state: null,
      codeChallenge: null,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 600_000),
    });
    const approved = await client.timed({ method: 'POST', path: `/api/access-requests/${request.id}/approve`, cookie: owner, json: { installation_id: DEMO_INSTALLATIONS.home.id } });
    const grantId = (JSON.parse(approved.body) as { grant_id: string }).grant_id;
    const revoked = await client.timed({ method: 'DELETE', path: `/api/grants/${grantId}`, cookie: owner });
    if (record) {
      approvals.push(approved.ms);
      revocations.push(revoked.ms);
    }
  }, () => approvals.length);
  return samples;
}
