/**
 * @module oauth/grants/types
 * The shape every grant-type module shares (node-oidc-provider's lib/actions/grants pattern):
 * its `grantType`, the `parameters` it reads, and `handle()`.
 */
import type { PresentedClient } from '../client-authentication.js';
import type { TokenService } from '../token-service.js';
import type { AuthorizationDetail } from '../access-token.js';

export interface TokenRequest {
  readonly form: URLSearchParams;
  readonly client: PresentedClient | undefined;
  /** The caller's address, for the failed-authentication limiter. */
  readonly address: string;
}

/** RFC 6749 §5.1 successful response, plus grantkit's members for authorization_code. */
export interface TokenResponseBody {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly scope: string;
  readonly grant_id?: string;
  readonly installation_id?: string;
  readonly lookup_key?: string;
  /** RFC 9396 §7: authorization_code only. */
  readonly authorization_details?: readonly AuthorizationDetail[];
}

export interface GrantTypeHandler {
  readonly grantType: string;
  readonly parameters: ReadonlySet<string>;
  handle(service: TokenService, request: TokenRequest): Promise<TokenResponseBody>;
}
