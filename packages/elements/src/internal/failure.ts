/**
 * @module
 * Sorts whatever an SDK call threw into the few situations an element shows differently.
 */

/** What went wrong, as the user needs to know it. */
export type Failure =
  | 'expired' // 410 access_request_expired
  | 'not_found' // 404 (access_request_not_found, not_found)
  | 'decided' // 409 access_request_decided
  | 'validation' // 400 validation_failed
  | 'unauthenticated' // 401: the session ended
  | 'network' // no answer at all
  | 'server'; // anything else: 5xx, a malformed answer, an unexpected code

/** The members of the SDK's `GrantkitError` this module reads. */
interface CodedError {
  readonly code: string;
  readonly status?: number;
}

/**
 * True for the SDK's `GrantkitError` and its subclasses. Duck-typed on purpose: a page may load
 * two copies of the SDK (the elements' bundle and its own), and `instanceof` fails across them.
 */
function isCoded(error: unknown): error is CodedError {
  return error instanceof Error && typeof (error as Partial<CodedError>).code === 'string';
}

/** Classifies an error thrown by the SDK client (or by `fetch` itself). */
export function classifyFailure(error: unknown): Failure {
  if (isCoded(error)) {
    switch (error.code) {
      case 'access_request_expired':
        return 'expired';
      case 'access_request_not_found':
      case 'not_found':
        return 'not_found';
      case 'access_request_decided':
        return 'decided';
      case 'validation_failed':
        return 'validation';
      case 'unauthenticated':
        return 'unauthenticated';
      case 'network_error':
        return 'network';
      default:
        if (error.status === 401) return 'unauthenticated';
        if (error.status === 404) return 'not_found';
        return 'server';
    }
  }
  // fetch rejects with a TypeError when the network fails (WHATWG Fetch §4.1 "network error").
  return error instanceof TypeError ? 'network' : 'server';
}

/**
 * The way back to the partner that an expired request's problem carries (`redirect_url`, an
 * RFC 9457 §3.2 extension member; the SDK keeps the problem as the error's `cause`).
 */
export function wayBack(error: unknown): string | undefined {
  const url = (error as { cause?: { redirect_url?: unknown } } | undefined)?.cause?.redirect_url;
  return typeof url === 'string' ? url : undefined;
}
