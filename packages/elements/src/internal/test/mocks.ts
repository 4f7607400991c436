/**
 * @module
 * Test helper: the SDK's mock server on this page's origin, behind msw's service worker.
 * Each test file runs in its own page, so each gets its own worker and database.
 */
import { setupWorker } from 'msw/browser';
import { createMockServer } from '@grantkit/sdk/mock';

/** The mock grantkit server (database, fixtures, signIn, openAccessRequest). */
export const mock = createMockServer({ baseUrl: location.origin });

/** The msw worker; add test-local handlers with `worker.use(...)`. */
export const worker = setupWorker(...mock.handlers);

let started: Promise<unknown> | undefined;

/** Starts the worker once per page; requests it does not mock (the test runner's) pass through. */
export function startMocks(): Promise<unknown> {
  return (started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
}

/** Fresh data and no test-local handlers, signed in as `userId` (the owner by default). */
export function resetMocks(userId: string | null = mock.fixtures.owner.id): void {
  worker.resetHandlers();
  mock.reset();
  mock.signIn(userId);
}

/** Opens an access request for the Acme Energy group (TZBV) with extra query parameters. */
export function openRequest(query: Record<string, string> = {}): string {
  const url = new URL(`/access/request/${mock.fixtures.acme.lookupKey}`, location.origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return mock.openAccessRequest(url).id;
}
