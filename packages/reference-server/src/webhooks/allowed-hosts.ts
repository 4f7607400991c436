/**
 * @module webhooks/allowed-hosts
 * The operator's exceptions to the private-address rule (`GRANTKIT_WEBHOOK_ALLOWED_HOSTS`):
 * host names (exact, any case) whose addresses are not checked, and addresses or CIDRs that a
 * name may resolve to although they are private. The scheme rule (https) still applies.
 */
import { BlockList, isIP } from 'node:net';

export interface AllowedHosts {
  /** The URL's host name is listed by name. */
  hasName(hostname: string): boolean;
  /** The address is in a listed address or CIDR. */
  hasAddress(address: string): boolean;
  /** The setting as written, for logs. */
  readonly entries: readonly string[];
}

const HOST_NAME = /^(?=.{1,253}$)[a-z\d]([a-z\d-]{0,61}[a-z\d])?(\.[a-z\d]([a-z\d-]{0,61}[a-z\d])?)*$/i;

export function parseAllowedHosts(raw: string | undefined, fail: (message: string) => never): AllowedHosts {
  const entries = (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const names = new Set<string>();
  const networks = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 && prefix === undefined && HOST_NAME.test(entry)) {
      names.add(entry.toLowerCase());
      continue;
    }
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (family === 0 || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      fail(`GRANTKIT_WEBHOOK_ALLOWED_HOSTS must be comma-separated host names, addresses or CIDRs such as hooks.internal,10.20.0.0/16 (got "${entry}").`);
    }
    networks.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return {
    entries,
    hasName: (hostname) => names.has(hostname.toLowerCase()),
    hasAddress: (address) => {
      const family = isIP(address);
      return family !== 0 && networks.check(address, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
