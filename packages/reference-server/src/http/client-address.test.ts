import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { parseTrustedProxies } from '../security/trusted-proxies.js';
import { resolveClientAddress } from './client-address.js';

const fail = (message: string): never => {
  throw new ConfigError(message);
};

describe('client address', () => {
  const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1, fd00::/8', fail);

  it('is the socket peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('198.51.100.9', '203.0.113.1', trusted)).toBe('198.51.100.9');
    expect(resolveClientAddress('198.51.100.9', undefined, parseTrustedProxies(undefined, fail))).toBe('198.51.100.9');
    expect(resolveClientAddress('10.1.2.3', '203.0.113.1', parseTrustedProxies('', fail))).toBe('10.1.2.3');
    expect(resolveClientAddress(undefined, '203.0.113.1', trusted)).toBe('unknown');
  });

  it('behind trusted proxies, is the right-most forwarded address not in the trusted set', () => {
    expect(resolveClientAddress('10.0.0.5', '203.0.113.1', trusted)).toBe('203.0.113.1');
    // The left-most entry is whatever the client wrote: not believed.
    expect(resolveClientAddress('10.0.0.5', '1.1.1.1, 203.0.113.1, 10.2.0.1', trusted)).toBe('203.0.113.1');
    expect(resolveClientAddress('fd00::1', ['2001:db8::7', '192.0.2.1'], trusted)).toBe('2001:db8::7');
    // A dual-stack socket reports IPv4 peers IPv4-mapped.
    expect(resolveClientAddress('::ffff:10.0.0.5', '203.0.113.1', trusted)).toBe('203.0.113.1');
    // Every hop trusted: the left-most proxy is the best-known client.
    expect(resolveClientAddress('10.0.0.5', '10.0.0.9', trusted)).toBe('10.0.0.9');
    // A port some balancers append is not part of the address.
    expect(resolveClientAddress('10.0.0.5', '203.0.113.1:51234', trusted)).toBe('203.0.113.1');
    expect(resolveClientAddress('10.0.0.5', '[2001:db8::7]:443, 10.0.0.6', trusted)).toBe('2001:db8::7');
    // A malformed hop ends the chain at the last trusted hop.
    expect(resolveClientAddress('10.0.0.5', '203.0.113.1, bogus', trusted)).toBe('10.0.0.5');
  });

  it('refuses a malformed GRANTKIT_TRUSTED_PROXIES at start with one line', () => {
    for (const raw of ['10.0.0.0/33', 'example.com', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/x']) {
      const entry = raw.split(',').at(-1)!.trim();
      expect(() => loadConfig({ GRANTKIT_TRUSTED_PROXIES: raw }, { persistSecret: false }), raw).toThrow(
        new ConfigError(`GRANTKIT_TRUSTED_PROXIES must be comma-separated addresses or CIDRs such as 10.0.0.0/8,fd00::/8 (got "${entry}").`),
      );
    }
    expect(loadConfig({ GRANTKIT_TRUSTED_PROXIES: '10.0.0.0/8,::1' }, { persistSecret: false }).trustedProxies.has('10.4.4.4')).toBe(true);
  });
});
