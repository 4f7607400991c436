import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPostgres } from './postgres.js';

describe('openPostgres', () => {
  it('gives up on a host that accepts the connection but never answers (ETIMEDOUT), instead of waiting for TCP', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = performance.now();
      await expect(openPostgres({ connectionString: `postgres://u:p@127.0.0.1:${port}/db`, connectTimeoutMs: 200 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
