import { describe, expect, it } from 'vitest';
import { buildAccessRequestUrl } from '@grantkit/sdk/url';
import { checkReturnUrl, withParams } from './return-urls.js';

const registered = ['https://partner.example/return', 'http://localhost:5173/partner/return.html', 'https://partner.example/cb?tenant=7'];

describe('return URLs', () => {
  it('accepts only exact matches of registered URLs', () => {
    expect(checkReturnUrl('https://partner.example/return', registered)).toBeNull();
    expect(checkReturnUrl('http://localhost:5173/partner/return.html', registered)).toBeNull();
    expect(checkReturnUrl('https://partner.example/return/', registered)).toBe('not_registered');
    expect(checkReturnUrl('https://PARTNER.example/return', registered)).toBe('not_registered');
    expect(checkReturnUrl('https://partner.example/return?x=1', registered)).toBe('not_registered');
    expect(checkReturnUrl('https://partner.example.evil.com/return', registered)).toBe('not_registered');
  });

  it('refuses other schemes, plain http off loopback, fragments and credentials even when registered', () => {
    const all = ['javascript:alert(1)', 'data:text/html,hi', 'http://partner.example/return', 'https://partner.example/r#x', 'https://u:p@partner.example/r'];
    expect(checkReturnUrl('javascript:alert(1)', all)).toBe('scheme');
    expect(checkReturnUrl('data:text/html,hi', all)).toBe('scheme');
    expect(checkReturnUrl('http://partner.example/return', all)).toBe('insecure');
    expect(checkReturnUrl('https://partner.example/r#x', all)).toBe('fragment');
    expect(checkReturnUrl('https://u:p@partner.example/r', all)).toBe('credentials');
    expect(checkReturnUrl('not a url', all)).toBe('malformed');
  });

  it('accepts plain http exactly where the SDK builds it (one loopback rule)', () => {
    const sdkAccepts = (returnUrl: string) => {
      try {
        buildAccessRequestUrl({ serverUrl: 'https://portal.example', lookupKey: 'TZBV', returnUrl });
        return true;
      } catch {
        return false;
      }
    };
    const loopback = ['http://localhost:5173/r', 'http://app.localhost/r', 'http://127.0.0.1:8080/r', 'http://127.3.4.5/r', 'http://[::1]:3000/r'];
    const remote = ['http://localhost.evil.example/r', 'http://10.0.0.1/r', 'http://example.com/r', 'http://128.0.0.1/r'];
    for (const url of loopback) {
      expect(checkReturnUrl(url, [url]), url).toBeNull();
      expect(sdkAccepts(url), url).toBe(true);
    }
    for (const url of remote) {
      expect(checkReturnUrl(url, [url]), url).toBe('insecure');
      expect(sdkAccepts(url), url).toBe(false);
    }
  });

  it('keeps the return URL’s own query and skips empty values', () => {
    const url = new URL(withParams('https://partner.example/cb?tenant=7', { success: 'true', state: null, code: undefined, iss: 'https://a.example' }));
    expect(url.searchParams.get('tenant')).toBe('7');
    expect(url.searchParams.get('success')).toBe('true');
    expect(url.searchParams.has('state')).toBe(false);
    expect(url.searchParams.has('code')).toBe(false);
  });
});
