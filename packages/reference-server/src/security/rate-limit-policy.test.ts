import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { DEFAULT_RATE_LIMITS, loadRateLimitPolicy, rateLimitAddress, rateLimitEnvName, rateLimitRule } from './rate-limit-policy.js';

describe('rate-limit policy', () => {
  it('has every limit with its default, and names its variable', () => {
    expect(Object.fromEntries(Object.values(DEFAULT_RATE_LIMITS).map((l) => [l.env, `${l.max}/${l.windowSeconds}`]))).toEqual({
      GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '20/300',
      GRANTKIT_RATE_LIMIT_LOGIN_PER_ACCOUNT_ADDRESS: '10/300',
      GRANTKIT_RATE_LIMIT_LOGIN_PER_ACCOUNT: '10/300',
      GRANTKIT_RATE_LIMIT_REDEEM_PER_USER: '10/900',
      GRANTKIT_RATE_LIMIT_REDEEM_PER_ADDRESS: '50/900',
      GRANTKIT_RATE_LIMIT_ACCESS_REQUEST_PER_USER: '30/300',
      GRANTKIT_RATE_LIMIT_CLIENT_AUTH_PER_CLIENT_ADDRESS: '10/300',
      GRANTKIT_RATE_LIMIT_CLIENT_AUTH_PER_CLIENT: '10/300',
      GRANTKIT_RATE_LIMIT_CLIENT_AUTH_PER_ADDRESS: '30/300',
    });
    expect(rateLimitEnvName('loginPerAddress')).toBe('GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS');
  });

  it('reads <max>/<seconds> from the environment and leaves the others at their defaults', () => {
    const policy = loadRateLimitPolicy({ GRANTKIT_RATE_LIMIT_LOGIN_PER_ADDRESS: '5/60', GRANTKIT_RATE_LIMIT_REDEEM_PER_USER: ' 7 / 30s ' });
    expect(policy.loginPerAddress).toMatchObject({ max: 5, windowSeconds: 60, bucket: 'login:ip' });
    expect(policy.redeemPerUser).toMatchObject({ max: 7, windowSeconds: 30 });
    expect(policy.loginPerAccount).toEqual(DEFAULT_RATE_LIMITS.loginPerAccount);
    expect(rateLimitRule(policy.loginPerAddress, '10.0.0.7')).toEqual({ bucket: 'login:ip:10.0.0.7', limit: 5, windowSeconds: 60 });
  });

  it('refuses a malformed value with one line naming the variable and its default', () => {
    for (const raw of ['20', '0/60', '5/0', '5/100000', 'x/60', '-1/60', '5/60/2']) {
      expect(() => loadConfig({ GRANTKIT_RATE_LIMIT_LOGIN_PER_ACCOUNT: raw }, { persistSecret: false }), raw).toThrow(
        new ConfigError(`GRANTKIT_RATE_LIMIT_LOGIN_PER_ACCOUNT must be <max>/<seconds>, at least 1 attempt in 1 to 86400 seconds (default 10/300; got "${raw}").`),
      );
    }
  });

  it('is part of the configuration', () => {
    const config = loadConfig({ GRANTKIT_RATE_LIMIT_ACCESS_REQUEST_PER_USER: '3/10' }, { persistSecret: false });
    expect(config.rateLimits.accessRequestPerUser).toMatchObject({ max: 3, windowSeconds: 10 });
  });

  it('counts an IPv4 address whole and an IPv6 address by its /64', () => {
    expect(rateLimitAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddress('unknown')).toBe('unknown');
    expect(rateLimitAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitAddress('2001:db8:1:2::42')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:DB8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:0db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(rateLimitAddress('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(rateLimitAddress('1::2::3')).toBe('1::2::3');
    expect(rateLimitAddress('zz:1::')).toBe('zz:1::');
  });
});
