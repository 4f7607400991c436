import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createPartnerWorld, registration } from './testing/partner-fixtures.js';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { storeKinds } from './testing/test-database.js';
import { rateLimitWindow } from './domain/rate-limit.js';
import { RATE_LIMIT_PURGE_INTERVAL_MS } from './services.js';

/** A port that refuses connections: every SMTP send fails at once, so the outbox schedules a retry. */
async function refusedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe.each(storeKinds)('the composition root on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('builds the token service once, on the server’s own store', async () => {
    t = await createTestApp({ kind });
    const { deps } = t;
    expect(deps.tokens.deps.store).toBe(deps.store);
    await deps.tokens.ready;
  });

  it('purges expired rate-limit counters periodically, and stops purging on close()', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      t = await createTestApp({ kind });
      const { rateLimits } = t.deps.store;
      const window = rateLimitWindow(t.clock.now(), 60);
      await rateLimits.hit('login:ip:192.0.2.9', window);
      const purge = vi.spyOn(rateLimits, 'purgeExpired');
      // Still counting: the first purge keeps it.
      await vi.advanceTimersByTimeAsync(RATE_LIMIT_PURGE_INTERVAL_MS);
      await purge.mock.results[0]?.value;
      expect(await rateLimits.count('login:ip:192.0.2.9', window)).toBe(1);
      // The window has ended: the next purge deletes the row.
      t.clock.advance(61_000);
      await vi.advanceTimersByTimeAsync(RATE_LIMIT_PURGE_INTERVAL_MS);
      await purge.mock.results[1]?.value;
      expect(purge).toHaveBeenCalledTimes(2);
      expect(await rateLimits.count('login:ip:192.0.2.9', window)).toBe(0);
      await t.close();
      t = undefined;
      await vi.advanceTimersByTimeAsync(RATE_LIMIT_PURGE_INTERVAL_MS * 3);
      expect(purge).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('close() stops the outbox retry timer, drains the mail worker and closes the database', async () => {
    t = await createTestApp({ kind, env: { GRANTKIT_SMTP_URL: `smtp://127.0.0.1:${await refusedPort()}` } });
    const w = await createPartnerWorld(t);
    expect((await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).status).toBe(201);
    // The refused send leaves a retry armed (30 s); the route already awaited the first attempt.
    for (let i = 0; i < 100 && !t.deps.mail.retryPending; i++) await new Promise((r) => setTimeout(r, 20));
    expect(t.deps.mail.retryPending).toBe(true);
    const [row] = await t.deps.store.outbox.list('email');
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });

    await t.close();
    expect(t.deps.mail.retryPending).toBe(false);
    await expect(t.deps.store.users.findByEmail('holder@helio.example')).rejects.toThrow();
    // After close nothing more is attempted.
    expect(await t.deps.mail.flush(t.deps.store.outbox)).toBe(0);
    t = undefined;
  });
});
