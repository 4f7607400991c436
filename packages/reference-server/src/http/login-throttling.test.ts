/**
 * Login throttling over real HTTP that a stranger cannot turn against the account's owner, behind
 * a trusted proxy (the test's socket peer, 127.0.0.1, is the proxy; `X-Forwarded-For` names the
 * client): failures count per (account, address) and per address, and past the per-account
 * back-off an address that has not failed may still log in with the right password.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-data.js';
import { storeKinds } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const ATTACKER = '203.0.113.7';
const OTHER_CLIENT = '198.51.100.23';
const OWNER_HOME = '2001:db8::42';

describe.each(storeKinds)('login throttling on %s', (kind) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function login(email: string, password: string, forwardedFor?: string): Promise<number> {
    const res = await fetch(`${server!.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server!.url, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ email, password }),
    });
    await res.arrayBuffer();
    return res.status;
  }

  it('limits one client behind the proxy by its forwarded address, not everyone behind the proxy', async () => {
    server = await startTestServer({ kind, env: { GRANTKIT_TRUSTED_PROXIES: '127.0.0.0/8, ::1', GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '5/300' } });
    // Spraying many accounts from one address: the per-address limit stops it.
    for (let i = 0; i < 5; i++) expect(await login(`nobody${i}@example.com`, 'wrong', `10.9.9.9, ${ATTACKER}`)).toBe(401);
    expect(await login('nobody9@example.com', 'wrong', ATTACKER)).toBe(429);
    expect(await login(DEMO_USERS.owner.email, DEMO_PASSWORD, ATTACKER)).toBe(429);
    // Another client and the real user, through the same proxy, are not affected.
    expect(await login(DEMO_USERS.neighbour.email, DEMO_PASSWORD, OTHER_CLIENT)).toBe(200);
    expect(await login(DEMO_USERS.owner.email, DEMO_PASSWORD, OWNER_HOME)).toBe(200);
  });

  it('accepts the right password from a fresh address after an attacker’s ten failures; the back-off refuses addresses that failed', async () => {
    server = await startTestServer({ kind, env: { GRANTKIT_TRUSTED_PROXIES: '127.0.0.1/32' } });
    const owner = DEMO_USERS.owner.email;
    for (let i = 0; i < 10; i++) expect(await login(owner, `guess-${i}`, ATTACKER)).toBe(401);
    // The attacker's address is refused for this account, even with the right password…
    expect(await login(owner, DEMO_PASSWORD, ATTACKER)).toBe(429);
    // …the owner, from an address that has not failed, is not.
    expect(await login(owner, DEMO_PASSWORD, OWNER_HOME)).toBe(200);
    // In back-off each further address gets one try, then is refused…
    expect(await login(owner, 'guess-x', OTHER_CLIENT)).toBe(401);
    expect(await login(owner, 'guess-y', OTHER_CLIENT)).toBe(429);
    // …and an IPv6 guesser does not get a fresh address from its own /64.
    expect(await login(owner, 'guess-z', '2001:db8:7:7::1')).toBe(401);
    expect(await login(owner, 'guess-z', '2001:db8:7:7::2')).toBe(429);
    // A success does not count: the owner logs in again from the same address.
    expect(await login(owner, DEMO_PASSWORD, OWNER_HOME)).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    server = await startTestServer({ kind, env: { GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '3/300' } });
    // A client inventing a new forwarded address each time is still one address: the socket's.
    for (let i = 0; i < 3; i++) expect(await login(`nobody${i}@example.com`, 'wrong', `192.0.2.${i}`)).toBe(401);
    expect(await login('nobody9@example.com', 'wrong', '192.0.2.99')).toBe(429);
  });
});
