/**
 * Where webhooks may go: the address rules, the scheme rule, names resolved and checked, and a
 * delivery that resolves again and connects only to the checked address (no SSRF).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config-error.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { parseAllowedHosts } from './allowed-hosts.js';
import { loadWebhookConfig } from './config.js';
import { postWebhook } from './http-post.js';
import { checkWebhookUrl, isAllowedAddress, parseWebhookUrl, type UrlPolicy } from './url-rules.js';

const fail = (message: string): never => {
  throw new ConfigError(message);
};
const production: UrlPolicy = { allowLoopback: false, allowedHosts: parseAllowedHosts('', fail) };
const development: UrlPolicy = { allowLoopback: true, allowedHosts: parseAllowedHosts('', fail) };

describe('webhook URL rules', () => {
  it.each([
    '10.1.2.3', '172.16.0.1', '192.168.1.1', '127.0.0.1', '0.0.0.0', '100.64.0.1', '169.254.169.254', '169.254.1.1',
    '224.0.0.1', '255.255.255.255', '192.0.2.1', '::1', '::', 'fd00:ec2::254', 'fc00::1', 'fe80::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2001:db8::1',
  ])('refuses %s', (address) => {
    expect(isAllowedAddress(address, production)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(isAllowedAddress(address, production)).toBe(true);
  });

  it('allows loopback only when the public URL is loopback, and allow-listed networks always', () => {
    expect(isAllowedAddress('127.0.0.1', development)).toBe(true);
    expect(isAllowedAddress('::1', development)).toBe(true);
    expect(isAllowedAddress('10.0.0.1', development)).toBe(false);
    const listed: UrlPolicy = { allowLoopback: false, allowedHosts: parseAllowedHosts('hooks.internal, 10.20.0.0/16', fail) };
    expect(isAllowedAddress('10.20.3.4', listed)).toBe(true);
    expect(isAllowedAddress('10.21.0.1', listed)).toBe(false);
    expect(listed.allowedHosts.hasName('HOOKS.internal')).toBe(true);
  });

  it('wants https, except http to loopback in development; no credentials', () => {
    expect(() => parseWebhookUrl('http://hooks.partner.example/x', production)).toThrow(expect.objectContaining({ reason: 'scheme' }));
    expect(() => parseWebhookUrl('http://hooks.partner.example/x', development)).toThrow(expect.objectContaining({ reason: 'scheme' }));
    expect(() => parseWebhookUrl('http://127.0.0.1:9000/x', production)).toThrow(expect.objectContaining({ reason: 'scheme' }));
    expect(parseWebhookUrl('http://127.0.0.1:9000/x', development).href).toBe('http://127.0.0.1:9000/x');
    expect(() => parseWebhookUrl('ftp://hooks.partner.example/', production)).toThrow(expect.objectContaining({ reason: 'scheme' }));
    expect(() => parseWebhookUrl('not a url', production)).toThrow(expect.objectContaining({ reason: 'malformed' }));
    expect(() => parseWebhookUrl('https://user:pw@hooks.partner.example/', production)).toThrow(expect.objectContaining({ reason: 'credentials' }));
    expect(() => parseWebhookUrl('https://169.254.169.254/latest/meta-data', production)).toThrow(expect.objectContaining({ reason: 'forbidden_address' }));
    expect(() => parseWebhookUrl('https://[fd00:ec2::254]/', production)).toThrow(expect.objectContaining({ reason: 'forbidden_address' }));
  });

  it('resolves names at registration: one that points at loopback is refused unless the public URL is loopback', async () => {
    await expect(checkWebhookUrl('https://localhost/hooks', production)).rejects.toMatchObject({ reason: 'forbidden_address' });
    await expect(checkWebhookUrl('https://localhost/hooks', development)).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('https://no-such-host.invalid/hooks', production)).rejects.toMatchObject({ reason: 'unresolvable' });
    // An allow-listed name is not checked by address.
    const listed: UrlPolicy = { allowLoopback: false, allowedHosts: parseAllowedHosts('localhost', fail) };
    await expect(checkWebhookUrl('https://localhost/hooks', listed)).resolves.toBeInstanceOf(URL);
  });

  it('checks again at delivery and never connects to a refused address', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const options = { timeoutMs: 2000, userAgent: 'test', policy: production };
      // A name: resolved at connection time through the guarded lookup, refused.
      await expect(postWebhook(`http://localhost:${receiver.port}/hooks`, {}, '{}', options)).rejects.toMatchObject({ code: 'EWEBHOOKREFUSED' });
      // A literal: refused before any socket opens.
      await expect(postWebhook(receiver.url, {}, '{}', options)).rejects.toMatchObject({ reason: 'forbidden_address' });
      expect(receiver.received).toHaveLength(0);
      // In development the same request goes through.
      expect(await postWebhook(`http://localhost:${receiver.port}/hooks`, {}, '{}', { ...options, policy: development })).toEqual({ status: 204 });
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('times out a receiver that does not answer', async () => {
    const receiver = await startWebhookReceiver(() => 'hang');
    try {
      await expect(postWebhook(receiver.url, {}, '{}', { timeoutMs: 200, userAgent: 'test', policy: development })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook configuration', () => {
  it('has documented defaults', () => {
    const config = loadWebhookConfig({}, 'https://access.example.com');
    expect(config).toMatchObject({ retrySchedule: [5, 300, 1800, 7200, 18000, 36000], timeoutMs: 10_000, disableAfterHours: 72, secretGraceHours: 24, pollMs: 1000, allowLoopback: false });
    expect(loadWebhookConfig({}, 'http://localhost:4000').allowLoopback).toBe(true);
    expect(loadWebhookConfig({ GRANTKIT_WEBHOOK_RETRY_SCHEDULE: '1, 2.5,60' }, 'https://a.example').retrySchedule).toEqual([1, 2.5, 60]);
  });

  it.each([
    [{ GRANTKIT_WEBHOOK_RETRY_SCHEDULE: '5,,300' }, /GRANTKIT_WEBHOOK_RETRY_SCHEDULE must be/],
    [{ GRANTKIT_WEBHOOK_RETRY_SCHEDULE: '5,-1' }, /GRANTKIT_WEBHOOK_RETRY_SCHEDULE must be/],
    [{ GRANTKIT_WEBHOOK_RETRY_SCHEDULE: 'soon' }, /GRANTKIT_WEBHOOK_RETRY_SCHEDULE must be/],
    [{ GRANTKIT_WEBHOOK_TIMEOUT_SECONDS: '0' }, /GRANTKIT_WEBHOOK_TIMEOUT_SECONDS must be a number from 0.1 to 60/],
    [{ GRANTKIT_WEBHOOK_DISABLE_AFTER_HOURS: 'x' }, /GRANTKIT_WEBHOOK_DISABLE_AFTER_HOURS/],
    [{ GRANTKIT_WEBHOOK_ALLOWED_HOSTS: 'https://hooks.internal' }, /GRANTKIT_WEBHOOK_ALLOWED_HOSTS must be comma-separated host names, addresses or CIDRs/],
    [{ GRANTKIT_WEBHOOK_ALLOWED_HOSTS: '10.0.0.0/33' }, /GRANTKIT_WEBHOOK_ALLOWED_HOSTS/],
  ])('stops the start with one line for %o', (env, message) => {
    expect(() => loadWebhookConfig(env, 'https://a.example')).toThrow(ConfigError);
    expect(() => loadWebhookConfig(env, 'https://a.example')).toThrow(message);
  });
});
