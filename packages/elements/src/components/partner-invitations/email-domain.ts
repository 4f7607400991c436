/**
 * @module
 * The client-side check of an address before inviting it: the same rules as the server's
 * `normaliseEmail` (reference-server domain/email-domains.ts), so the form refuses what the
 * server would refuse without sending a request, and never refuses what it would accept.
 */
import { list } from '../../i18n/plural.js';

// RFC 1035 §2.3.1 / RFC 1123 §2.1: letters, digits, hyphens; no leading/trailing hyphen; 1-63 octets.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The domain of `email` as the server compares it (IDNA A-labels, lower case, no trailing dot),
 * or null when the address is not valid.
 */
export function emailDomain(email: string): string | null {
  const value = email.trim();
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  if (at <= 0 || local.length > 64 || value.length > 320 || /[\s<>(),;:"[\]\\@]/.test(local)) return null;
  const raw = value.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (!raw || /[\s/\\:@?#[\]%*]/.test(raw)) return null;
  let host: string;
  try {
    // The URL parser applies UTS #46 (IDNA) to the host, as Node's domainToASCII does on the server.
    host = new URL(`http://${raw}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  // An all-numeric last label is an IPv4 address, not a mail domain.
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(labels[labels.length - 1]!)) return null;
  return host;
}

/** Allowed domains as one phrase in `locale`: "@a.example and @b.example" ("… et …" in French). */
export function domainList(locale: string, domains: readonly string[]): string {
  return list(locale, domains.map((domain) => '@' + domain));
}
