import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { DEFAULT_RATE_LIMITS, loadRateLimitPolicy, rateLimitEnvName, rateLimitRule } from './rate-limit-policy.js';

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
});
