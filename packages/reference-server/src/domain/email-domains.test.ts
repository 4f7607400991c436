import { describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../errors.js';
import { checkDomain, MAX_DOMAINS, normaliseDomains, normaliseEmail, requireEmailInDomains } from './email-domains.js';

describe('email domains', () => {
  it('normalises case, a leading @, a trailing dot and IDNA to A-labels', () => {
    expect(checkDomain('  @Partner.COM ')).toEqual({ domain: 'partner.com' });
    expect(checkDomain('partner.com.')).toEqual({ domain: 'partner.com' });
    expect(checkDomain('bücher.example')).toEqual({ domain: 'xn--bcher-kva.example' });
    expect(checkDomain('ÆØÅ.no')).toEqual({ domain: 'xn--5cab8c.no' });
  });

  it('refuses wildcards, single labels, IP addresses, URLs and addresses', () => {
    expect(checkDomain('*.partner.com')).toEqual({ problem: 'wildcard' });
    expect(checkDomain('partner')).toEqual({ problem: 'not_a_domain' });
    expect(checkDomain('10.0.0.1')).toEqual({ problem: 'not_a_domain' });
    expect(checkDomain('https://partner.com')).toEqual({ problem: 'invalid' });
    expect(checkDomain('a@partner.com')).toEqual({ problem: 'invalid' });
    expect(checkDomain('-bad.com')).toEqual({ problem: 'not_a_domain' });
    expect(checkDomain('a'.repeat(64) + '.com')).toEqual({ problem: 'not_a_domain' });
    expect(checkDomain('')).toEqual({ problem: 'empty' });
  });

  it('deduplicates after normalisation and reports each bad entry by index', () => {
    expect(normaliseDomains(['Partner.com', '@partner.com', 'other.org'])).toEqual(['partner.com', 'other.org']);
    try {
      normaliseDomains(['ok.com', '*.x.com', 'nope']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).errors.map((x) => [x.field, x.code])).toEqual([
        ['domains.1', 'domain_wildcard'],
        ['domains.2', 'invalid_domain'],
      ]);
    }
    expect(() => normaliseDomains([])).toThrow('Add at least one email domain.');
    expect(() => normaliseDomains(Array.from({ length: MAX_DOMAINS + 1 }, (_, i) => `d${i}.com`))).toThrow(/at most/);
  });

  it('accepts only addresses whose domain is exactly a registered one', () => {
    expect(normaliseEmail(' Ada@Bücher.Example ')).toEqual({ email: 'ada@xn--bcher-kva.example', domain: 'xn--bcher-kva.example' });
    expect(requireEmailInDomains('ada@PARTNER.com', ['partner.com'])).toBe('ada@partner.com');
    for (const email of ['ada@sub.partner.com', 'ada@partner.com.evil.example', 'ada@evil.example']) {
      try {
        requireEmailInDomains(email, ['partner.com']);
        expect.unreachable();
      } catch (e) {
        expect((e as DomainError).code).toBe('email_domain_not_allowed');
      }
    }
    for (const bad of ['no-at-sign', '@partner.com', 'a b@partner.com', 'ada@@partner.com', 'ada@']) {
      expect(() => normaliseEmail(bad)).toThrow(ValidationError);
    }
  });
});
