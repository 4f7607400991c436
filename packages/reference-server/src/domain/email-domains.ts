/**
 * @module domain/email-domains
 * A partner's email domains: validated and normalised to their IDNA A-label form (RFC 5891 via
 * WHATWG URL's domainToASCII), lower case, without wildcards. Invitations go only to addresses
 * whose domain is exactly one of them (a subdomain is a different domain).
 */
import { domainToASCII } from 'node:url';
import { DomainError, ValidationError, type FieldError } from '../errors.js';

/** How many domains one partner may register. */
export const MAX_DOMAINS = 20;

// RFC 1035 §2.3.1 / RFC 1123 §2.1: letters, digits, hyphens; no leading/trailing hyphen; 1-63 octets.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type DomainProblem = 'empty' | 'wildcard' | 'invalid' | 'not_a_domain';

/** Returns the normalised domain, or the reason it is not acceptable. */
export function checkDomain(input: string): { domain: string } | { problem: DomainProblem } {
  let raw = input.trim().toLowerCase();
  if (raw.startsWith('@')) raw = raw.slice(1); // people type "@partner.com", as the form suggests
  if (raw.endsWith('.')) raw = raw.slice(0, -1); // the root label is implied
  if (!raw) return { problem: 'empty' };
  if (raw.includes('*')) return { problem: 'wildcard' };
  if (/[\s/\\:@?#[\]%]/.test(raw)) return { problem: 'invalid' };
  const ascii = domainToASCII(raw);
  if (!ascii || ascii.length > 253) return { problem: 'invalid' };
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return { problem: 'not_a_domain' };
  // An all-numeric last label is an IPv4 address, not a mail domain.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return { problem: 'not_a_domain' };
  return { domain: ascii };
}

const MESSAGES: Record<DomainProblem, (v: string) => string> = {
  empty: () => 'Enter a domain such as partner.com.',
  wildcard: (v) => `"${v}" contains a wildcard; list each domain explicitly (for example partner.com).`,
  invalid: (v) => `"${v}" is not a valid domain.`,
  not_a_domain: (v) => `"${v}" is not a domain name with a dot, such as partner.com.`,
};

/** Normalises a list: each valid, duplicates removed (after normalisation), 1..MAX_DOMAINS. */
export function normaliseDomains(inputs: readonly string[], field = 'domains'): string[] {
  const errors: FieldError[] = [];
  const out: string[] = [];
  inputs.forEach((value, index) => {
    const result = checkDomain(value);
    if ('problem' in result) {
      errors.push({ field: `${field}.${index}`, code: result.problem === 'wildcard' ? 'domain_wildcard' : 'invalid_domain', message: MESSAGES[result.problem](value) });
    } else if (!out.includes(result.domain)) {
      out.push(result.domain);
    }
  });
  if (errors.length) throw new ValidationError(errors);
  if (out.length === 0) throw new ValidationError([{ field, code: 'too_small', message: 'Add at least one email domain.' }]);
  if (out.length > MAX_DOMAINS) throw new ValidationError([{ field, code: 'too_big', message: `Add at most ${MAX_DOMAINS} domains.` }]);
  return out;
}

/**
 * Normalises an email address: trimmed, domain in A-label lower case, local part kept as typed
 * (RFC 5321 §2.4 leaves its case to the receiving host; we compare addresses case-insensitively).
 */
export function normaliseEmail(input: string, field = 'email'): { email: string; domain: string } {
  const value = input.trim();
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const problem = () => new ValidationError([{ field, code: 'invalid_email', message: `"${input}" is not a valid email address.` }]);
  if (at <= 0 || local.length > 64 || /[\s<>(),;:"[\]\\@]/.test(local) || value.length > 320) throw problem();
  const domain = checkDomain(value.slice(at + 1));
  if ('problem' in domain || value.slice(at + 1).startsWith('@')) throw problem();
  return { email: `${local}@${domain.domain}`.toLowerCase(), domain: domain.domain };
}

/** Refuses an address outside the registered domains (403-free: it is the input that is wrong). */
export function requireEmailInDomains(email: string, domains: readonly string[], field = 'email'): string {
  const normalised = normaliseEmail(email, field);
  if (!domains.includes(normalised.domain)) {
    throw new DomainError(
      'email_domain_not_allowed',
      422,
      `${normalised.email} is not in the partner's registered domains (${domains.map((d) => '@' + d).join(', ')}). Invitations can only be sent to those domains.`,
      { field, allowed_domains: domains },
    );
  }
  return normalised.email;
}
