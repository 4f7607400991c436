/** Reading client credentials (RFC 6749 §2.3.1): Basic values are form-urlencoded. */
import { describe, expect, it } from 'vitest';
import { readClientCredentials } from './client-authentication.js';
import { OAuthError } from './errors.js';

const basicRaw = (id: string, secret: string) => 'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64');
const none = new URLSearchParams();

describe('readClientCredentials', () => {
  it('takes generated ids and secrets as they are', () => {
    expect(readClientCredentials(basicRaw('gksa_0a1b', 'gks_Ab-_9x'), none)).toEqual({ clientId: 'gksa_0a1b', secret: 'gks_Ab-_9x', method: 'client_secret_basic' });
  });

  it('form-decodes + and %XX in either part (a chosen password with spaces, colons, percent signs)', () => {
    const client = readClientCredentials(basicRaw('gksa_x', 'correct+horse%3Abattery%25staple%C3%A9'), none);
    expect(client?.secret).toBe('correct horse:battery%stapleé');
  });

  it('refuses a malformed percent escape with invalid_request, not a 500', () => {
    expect(() => readClientCredentials(basicRaw('gksa_x', 'bad%zz'), none)).toThrow(OAuthError);
    try {
      readClientCredentials(basicRaw('gksa_x', 'bad%zz'), none);
    } catch (error) {
      expect((error as OAuthError).toJSON()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('reads client_secret_post and the public client from the body', () => {
    expect(readClientCredentials(undefined, new URLSearchParams('client_id=gksa_y&client_secret=s%2Bt'))).toEqual({ clientId: 'gksa_y', secret: 's+t', method: 'client_secret_post' });
    expect(readClientCredentials(undefined, new URLSearchParams('client_id=TZBV'))).toEqual({ clientId: 'TZBV', secret: undefined, method: 'none' });
  });
});
