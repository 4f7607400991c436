/**
 * @module webhooks/url-rules
 * Where a webhook may be sent (no SSRF): `https` only, except `http` to a loopback host when the
 * server's own public URL is loopback (local development); and never to an address the server
 * can reach but the internet cannot — private (RFC 1918), loopback, link-local (RFC 3927, where
 * the cloud metadata services live: 169.254.169.254, fd00:ec2::254), CGNAT (RFC 6598),
 * multicast, unique-local IPv6 (RFC 4193), documentation and reserved ranges — unless the
 * operator allow-listed it (`GRANTKIT_WEBHOOK_ALLOWED_HOSTS`).
 *
 * Checked at registration (an IP literal, or every address a name resolves to) and again at each
 * delivery, where the connection goes to the very address that was checked ({@link guardedLookup}),
 * so a name that resolves to a public address when checked and to 127.0.0.1 when connecting
 * (DNS rebinding) cannot reach the inside.
 */
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from '@grantkit/sdk/rules';
import type { AllowedHosts } from './allowed-hosts.js';

export interface UrlPolicy {
  readonly allowLoopback: boolean;
  readonly allowedHosts: AllowedHosts;
}

/** Why a URL is refused (the problem's `reason` member). */
export type UrlRefusal = 'malformed' | 'scheme' | 'credentials' | 'forbidden_address' | 'unresolvable';

export class WebhookUrlRefused extends Error {
  constructor(
    readonly reason: UrlRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookUrlRefused';
  }
}

const FORBIDDEN = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private, RFC 1918
  ['100.64.0.0', 10], // CGNAT, RFC 6598
  ['169.254.0.0', 16], // link-local, RFC 3927 (169.254.169.254: cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation, RFC 5737
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking, RFC 2544
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
] as const) FORBIDDEN.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], // unspecified
  ['64:ff9b::', 96], // NAT64 (the embedded IPv4 address is checked instead: see below)
  ['100::', 64], // discard, RFC 6666
  ['2001:db8::', 32], // documentation, RFC 3849
  ['fc00::', 7], // unique local, RFC 4193 (fd00:ec2::254: AWS metadata)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) FORBIDDEN.addSubnet(net, bits, 'ipv6');
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** IPv4 inside IPv6: mapped (::ffff:a.b.c.d), compatible, and NAT64 forms, also in hex. */
function embeddedV4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower)?.[1];
  if (dotted) return dotted;
  const hex = /^(?:::ffff:|64:ff9b::)([\da-f]{1,4}):([\da-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const [hi, lo] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Whether a delivery may connect to this address (an IP literal). */
export function isAllowedAddress(address: string, policy: UrlPolicy): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (policy.allowedHosts.hasAddress(address)) return true;
  const v4 = family === 6 ? embeddedV4(address) : undefined;
  if (v4) return isAllowedAddress(v4, policy);
  const type = family === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(address, type)) return policy.allowLoopback;
  return !FORBIDDEN.check(address, type);
}

/** The host as a bare name or address (`[::1]` → `::1`). */
export const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** The rules that need no DNS: a parseable absolute https URL (or loopback http in development), no credentials. */
export function parseWebhookUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefused('malformed', 'url: not an absolute URL.');
  }
  const loopbackHttp = url.protocol === 'http:' && policy.allowLoopback && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    throw new WebhookUrlRefused('scheme', policy.allowLoopback ? 'url: must use https (or http to a loopback host).' : 'url: must use https.');
  }
  // Credentials in the URL would be sent to whoever reads the delivery list.
  if (url.username || url.password) throw new WebhookUrlRefused('credentials', 'url: must not contain a user name or password.');
  const host = bareHost(url);
  if (isIP(host) && !isAllowedAddress(host, policy)) throw forbidden(host);
  return url;
}

const forbidden = (address: string) =>
  new WebhookUrlRefused('forbidden_address', `url: ${address} is a private, loopback, link-local or reserved address; webhooks go to the public internet.`);

/** Every address `hostname` resolves to, each one checked (one forbidden answer refuses the name). */
export async function resolveChecked(hostname: string, policy: UrlPolicy): Promise<LookupAddress[]> {
  if (isIP(hostname)) {
    if (!isAllowedAddress(hostname, policy)) throw forbidden(hostname);
    return [{ address: hostname, family: isIP(hostname) }];
  }
  let addresses: LookupAddress[];
  try {
    addresses = await dnsLookup(hostname, { all: true, verbatim: true });
  } catch {
    throw new WebhookUrlRefused('unresolvable', `url: the host ${hostname} does not resolve.`);
  }
  if (addresses.length === 0) throw new WebhookUrlRefused('unresolvable', `url: the host ${hostname} does not resolve.`);
  if (!policy.allowedHosts.hasName(hostname)) {
    const bad = addresses.find((a) => !isAllowedAddress(a.address, policy));
    if (bad) throw forbidden(`${hostname} (${bad.address})`);
  }
  return addresses;
}

/** Registration: the URL rules, and the addresses its host resolves to now. */
export async function checkWebhookUrl(raw: string, policy: UrlPolicy): Promise<URL> {
  const url = parseWebhookUrl(raw, policy);
  await resolveChecked(bareHost(url), policy);
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request`/`net.connect`: resolves, checks every address, and hands the
 * socket only checked addresses, so the connection goes where the check looked.
 */
export function guardedLookup(policy: UrlPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolveChecked(hostname, policy).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (wanted.length === 0) return callback(Object.assign(new Error(`no IPv${options.family} address for ${hostname}`), { code: 'ENOTFOUND' }), '');
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: Error) => callback(Object.assign(error, { code: 'EWEBHOOKREFUSED' }), ''),
    );
  };
}

