/**
 * @module
 * The API calls the elements make, through the SDK's client.
 */
import { createApiClient, type ApiClient } from '@grantkit/sdk';

/** What the elements need from the SDK's `ApiClient`; any object with these methods works. */
export type ElementsClient = Pick<ApiClient, 'getAccessRequest' | 'approveAccessRequest' | 'denyAccessRequest' | 'listInstallationAccess' | 'deleteGrant'>;

/**
 * The default client: the session cookie (`credentials: 'include'`) against `apiBase`, or the
 * page's own origin when it is omitted (the consent page is served by the platform itself).
 */
export function createClient(apiBase?: string): ElementsClient {
  return createApiClient({ baseUrl: new URL(apiBase || '/', location.href), credentials: 'include' });
}
