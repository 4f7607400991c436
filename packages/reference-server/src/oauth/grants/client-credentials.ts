/**
 * @module oauth/grants/client-credentials
 * The client_credentials grant (RFC 6749 §4.4) for service accounts: the token acts for the
 * account's group, limited to its data set (one installation) when it has one, and to its own
 * permission set: the token's scope is what was asked (default: the whole set) within it.
 */
import { issueAccessToken } from '../access-token.js';
import { authenticateServiceAccount } from '../client-authentication.js';
import { invalidClient, invalidScope, OAuthError } from '../errors.js';
import { parseRequestedScope } from '../scopes.js';
import type { GrantTypeHandler } from './types.js';

export const clientCredentialsGrant: GrantTypeHandler = {
  grantType: 'client_credentials',
  parameters: new Set(['scope', 'resource']),
  async handle(service, { form, client, address }) {
    if (!client || client.method === 'none') throw invalidClient();
    const requested = form.get('scope');
    const asked = parseRequestedScope(requested);
    // RFC 8707 §2: the only resource we issue for is the platform API (the token audience).
    const resource = form.get('resource');
    if (resource !== null && resource !== service.settings.audience) {
      throw new OAuthError('invalid_target', `Tokens are issued only for ${service.settings.audience}.`);
    }
    const { account, secretVersion } = await authenticateServiceAccount(service, client, address);
    // RFC 6749 §3.3: an omitted scope is the account's set; asking beyond it is invalid_scope.
    const beyond = asked.filter((s) => !account.permissions.includes(s));
    if (requested !== null && requested.trim() !== '' && beyond.length) {
      throw invalidScope(`This service account may not have ${beyond.map((s) => `"${s}"`).join(', ')}; it holds ${account.permissions.join(', ')}.`);
    }
    const scope = asked.filter((s) => account.permissions.includes(s)).join(' ');
    const now = service.deps.clock();
    const token = await issueAccessToken(
      service.keys,
      service.settings,
      {
        sub: account.id,
        client_id: account.clientId,
        scope,
        group_id: account.groupId,
        lookup_key: account.lookupKey!,
        installation_id: account.installationId ?? undefined,
        sv: secretVersion,
      },
      now,
    );
    service.lastUsed.mark(account.id, now);
    return { access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn, scope };
  },
};
