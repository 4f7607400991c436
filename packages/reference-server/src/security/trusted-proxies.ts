/**
 * @module security/trusted-proxies
 * The proxies whose `X-Forwarded-For` is believed (`GRANTKIT_TRUSTED_PROXIES`: comma-separated
 * CIDRs or single addresses, IPv4 and IPv6), matched with node:net's BlockList. IPv4-mapped IPv6
 * peers (`::ffff:10.0.0.1`, as a dual-stack socket reports them) match their IPv4 ranges.
 */
import { BlockList, isIP } from 'node:net';

export interface TrustedProxies {
  has(address: string): boolean;
}

const MAPPED_V4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** Parses the setting; a malformed entry goes to `fail` with one line naming it. */
export function parseTrustedProxies(raw: string | undefined, fail: (message: string) => never): TrustedProxies {
  const entries = (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return { has: () => false };
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      fail(`GRANTKIT_TRUSTED_PROXIES must be comma-separated addresses or CIDRs such as 10.0.0.0/8,fd00::/8 (got "${entry}").`);
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return {
    has(address) {
      const family = isIP(address);
      if (family === 0) return false;
      const v4 = MAPPED_V4.exec(address)?.[1];
      if (v4 !== undefined && list.check(v4, 'ipv4')) return true;
      return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
