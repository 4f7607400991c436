import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { parseAccessRequestParams, requestedLocale } from './access-request-params.js';

const registeredReturnUrls = ['https://partner.example/return'];
const parse = (q: string, embeddable = false) => parseAccessRequestParams(new URLSearchParams(q), { registeredReturnUrls, embeddable });
const fields = (q: string, embeddable = false) => {
  try {
    parse(q, embeddable);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors.map((e) => `${e.field}:${e.code}`);
  }
  throw new Error('expected a ValidationError');
};
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const INSTALLATION = '7a2e3b5f-1c8d-4d2f-8b62-000000000101';

describe('access-request parameters', () => {
  it('reads display (OpenID Connect Core §3.1.2.1): page by default, popup, embedded only for a group with embedding origins', () => {
    expect(parse('').display).toBe('page');
    expect(parse('display=popup').display).toBe('popup');
    expect(parse('display=embedded', true).display).toBe('embedded');
    expect(fields('display=embedded')).toEqual(['display:not_embeddable']);
    expect(fields('display=touch', true)).toEqual(['display:unsupported']);
    expect(fields('display=page&display=popup')).toEqual(['display:duplicate']);
  });

  it('reads the canonical names', () => {
    expect(
      parse(
        `installation_id=${INSTALLATION}&locale=fr-CH&return_url=${encodeURIComponent('https://partner.example/return')}&partner_name=Acme&show_existing=true&state=s1&code_challenge=${CHALLENGE}&code_challenge_method=S256`,
      ),
    ).toEqual({
      installationId: INSTALLATION,
      locale: 'fr',
      returnUrl: 'https://partner.example/return',
      partnerName: 'Acme',
      showExisting: true,
      state: 's1',
      codeChallenge: CHALLENGE,
      display: 'page',
    });
  });

  it('accepts Zaptec’s names as aliases', () => {
    const p = parse(`installationId=${INSTALLATION}&lang=no&returnUrl=${encodeURIComponent('https://partner.example/return')}&partnerName=Acme%20AS&showExisting=1`);
    expect(p).toMatchObject({ installationId: INSTALLATION, locale: 'nb', returnUrl: 'https://partner.example/return', partnerName: 'Acme AS', showExisting: true });
  });

  it('has safe defaults when nothing is given', () => {
    expect(parse('')).toEqual({ installationId: null, locale: null, returnUrl: null, partnerName: null, showExisting: false, state: null, codeChallenge: null, display: 'page' });
  });

  it('lists every bad parameter at once', () => {
    expect(fields('installation_id=42&locale=es&return_url=https%3A%2F%2Fevil.example%2F&show_existing=maybe&code_challenge=short&code_challenge_method=plain')).toEqual([
      'installation_id:invalid',
      'locale:unsupported',
      'return_url:not_registered',
      'show_existing:invalid',
      'code_challenge:invalid',
      'code_challenge_method:unsupported',
    ]);
  });

  it('refuses non-http(s) and plain-http return URLs', () => {
    expect(fields('return_url=javascript%3Aalert(1)')).toEqual(['return_url:scheme']);
    expect(fields('returnUrl=http%3A%2F%2Fpartner.example%2Freturn')).toEqual(['return_url:insecure']);
  });

  it('requires S256 and a challenge when a method is named', () => {
    expect(fields('code_challenge_method=S256')).toEqual(['code_challenge:required']);
    expect(fields(`code_challenge=${CHALLENGE}&code_challenge_method=s256`)).toEqual(['code_challenge_method:unsupported']);
    expect(parse(`code_challenge=${CHALLENGE}`).codeChallenge).toBe(CHALLENGE);
  });

  it('refuses a parameter given twice, also under its alias', () => {
    expect(fields('state=a&state=b')).toEqual(['state:duplicate']);
    expect(fields('locale=fr&lang=de')).toEqual(['locale:duplicate']);
  });

  it('limits state and partner name, and strips control characters from the name', () => {
    expect(fields(`state=${'x'.repeat(1025)}`)).toEqual(['state:too_long']);
    expect(fields(`partner_name=${'x'.repeat(101)}`)).toEqual(['partner_name:too_long']);
    expect(parse('partner_name=Acme%0A%0DEnergy').partnerName).toBe('AcmeEnergy');
  });

  it('reads the requested locale alone, for error pages', () => {
    expect(requestedLocale(new URLSearchParams('lang=de-AT&return_url=bad'))).toBe('de');
    expect(requestedLocale(new URLSearchParams('locale=xx'))).toBeNull();
  });
});
