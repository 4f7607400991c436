import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { parseAccessRequestParams, requestedLocale } from './access-request-params.js';

const registeredReturnUrls = ['https://partner.example/return'];
const parse = (q: string) => parseAccessRequestParams(new URLSearchParams(q), { registeredReturnUrls });
const fields = (q: string) => {
  try {
    parse(q);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors.map((e) => `${e.field}:${e.code}`);
  }
  throw new Error('expected a ValidationError');
};
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const INSTALLATION = '7a2e3b5f-1c8d-4d2f-8b62-000000000101';

describe('access-request parameters', () => {
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
      permissions: null,
    });
  });

  it('accepts Zaptec’s names as aliases', () => {
    const p = parse(`installationId=${INSTALLATION}&lang=no&returnUrl=${encodeURIComponent('https://partner.example/return')}&partnerName=Acme%20AS&showExisting=1`);
    expect(p).toMatchObject({ installationId: INSTALLATION, locale: 'nb', returnUrl: 'https://partner.example/return', partnerName: 'Acme AS', showExisting: true });
  });

  it('has safe defaults when nothing is given', () => {
    expect(parse('')).toEqual({ installationId: null, locale: null, returnUrl: null, partnerName: null, showExisting: false, state: null, codeChallenge: null, permissions: null });
  });

  describe('what the link asks for (issue 16, RFC 9396)', () => {
    const details = (value: unknown) => `authorization_details=${encodeURIComponent(JSON.stringify(value))}`;

    it('permissions: catalogue names, in catalogue order, installation:read implied', () => {
      expect(parse('permissions=installation:read').permissions).toEqual(['installation:read']);
      expect(parse('permissions=chargers:control').permissions).toEqual(['installation:read', 'chargers:control']);
      expect(parse(`permissions=${encodeURIComponent('chargers:control, installation:settings,chargers:control')}`).permissions).toEqual([
        'installation:read',
        'installation:settings',
        'chargers:control',
      ]);
    });

    it('authorization_details: the same, and their union with permissions', () => {
      expect(parse(details([{ type: 'installation', actions: ['installation:read'] }])).permissions).toEqual(['installation:read']);
      expect(parse(`permissions=chargers:control&${details([{ type: 'installation', actions: ['installation:settings'] }])}`).permissions).toEqual([
        'installation:read',
        'installation:settings',
        'chargers:control',
      ]);
    });

    it('an identifier preselects the installation, and must agree with installation_id', () => {
      const one = details([{ type: 'installation', actions: ['installation:read'], identifier: INSTALLATION.toUpperCase() }]);
      expect(parse(one).installationId).toBe(INSTALLATION);
      expect(parse(`${one}&installation_id=${INSTALLATION}`).installationId).toBe(INSTALLATION);
      expect(() => parse(`${one}&installation_id=7a2e3b5f-1c8d-4d2f-8b62-000000000102`)).toThrow(/another installation/);
      const two = details([
        { type: 'installation', actions: ['installation:read'], identifier: INSTALLATION },
        { type: 'installation', actions: ['installation:read'], identifier: '7a2e3b5f-1c8d-4d2f-8b62-000000000102' },
      ]);
      expect(() => parse(two)).toThrow(/at most one installation/);
    });

    it('refuses unknown names, unknown types, malformed JSON and empty actions, each as a field error', () => {
      const cases: [string, string][] = [
        ['permissions=installation:write', 'unknown'],
        ['permissions=', 'empty'],
        [details([{ type: 'payment', actions: ['installation:read'] }]), 'unknown_type'],
        [details([{ type: 'installation', actions: ['installation:delete'] }]), 'unknown'],
        [details([{ type: 'installation', actions: [] }]), 'malformed'],
        [details([{ type: 'installation', actions: ['installation:read'], identifier: 'home' }]), 'invalid'],
        [details([]), 'malformed'],
        [details({ type: 'installation', actions: ['installation:read'] }), 'malformed'],
        ['authorization_details=%5B%7Bnot%20json', 'malformed'],
      ];
      for (const [query, code] of cases) {
        try {
          parse(query);
          expect.unreachable(query);
        } catch (e) {
          expect((e as ValidationError).errors.map((f) => f.code), query).toContain(code);
        }
      }
    });
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
