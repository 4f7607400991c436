import { describe, expect, it } from 'vitest';
import { accessLog, pathRedactor } from './access-log.js';
import { createLogger } from '../logger.js';

describe('pathRedactor', () => {
  const redact = pathRedactor([{ path: '/invitations/:token/*', param: 'token' }]);

  it('replaces the declared segment by its parameter name, below the path too', () => {
    expect(redact('/invitations/s3cr3t')).toBe('/invitations/:token');
    expect(redact('/invitations/s3cr3t/accept')).toBe('/invitations/:token/accept');
  });

  it('leaves every other path as it is, ids included', () => {
    expect(redact('/api/partners/0b6f1c1e-3a43-4c1f-9d0a-6c1b3e1f2a44')).toBe('/api/partners/0b6f1c1e-3a43-4c1f-9d0a-6c1b3e1f2a44');
    expect(redact('/invitations')).toBe('/invitations');
  });

  it('refuses a declaration whose path lacks the parameter', () => {
    expect(() => pathRedactor([{ path: '/invitations/:id', param: 'token' }])).toThrow(/token/);
  });
});

describe('accessLog', () => {
  it('writes the redacted path and skips health probes', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l) });
    const write = accessLog([{ path: '/invitations/:token/*', param: 'token' }]);
    write(log, { method: 'GET', path: '/invitations/s3cr3t', status: 200, started: performance.now() });
    write(log, { method: 'GET', path: '/healthz', status: 200, started: performance.now() });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'GET', path: '/invitations/:token', status: 200 });
  });
});
