/**
 * @module
 * The API calls the elements make, through the SDK's client.
 */
import { createAccessRequestsClient, createApiClient, type AccessRequestsApi, type ApiClient } from '@grantkit/sdk';

/** What the elements need from the SDK's `ApiClient`; any object with these methods works. */
export type ElementsClient = Pick<ApiClient, 'listInstallationAccess' | 'listGrants' | 'updateGrant' | 'deleteGrant'>;

/** What `<gk-consent>` needs: the SDK's access-request methods (`createApiClient()` has them too). */
export type ConsentClient = AccessRequestsApi;

/** The page's origin (or `apiBase`), where the platform serves its API. */
const baseOf = (apiBase?: string): URL => new URL(apiBase || '/', location.href);

/**
 * The default client: the session cookie (`credentials: 'include'`) against `apiBase`, or the
 * page's own origin when it is omitted (the consent page is served by the platform itself).
 */
export function createClient(apiBase?: string): ElementsClient {
  return createApiClient({ baseUrl: baseOf(apiBase), credentials: 'include' });
}

/** The consent card's client: the small SDK client with only the access-request calls (its size budget). */
export function createConsentClient(apiBase?: string): ConsentClient {
  return createAccessRequestsClient({ baseUrl: baseOf(apiBase) });
}
