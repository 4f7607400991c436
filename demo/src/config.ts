/**
 * @module
 * What the demo pages know about the platform: its URL (told by whoever serves the page,
 * server-url.ts), the partner's lookup key and return page, and the demo installations for the
 * optional preselection.
 */
export const SERVER_URL: string = window.GRANTKIT_SERVER_URL;

/** The partner group the Acme Energy website belongs to. */
export const ACME = { lookupKey: 'TZBV', name: 'Acme Energy' } as const;

/** Registered for TZBV by the demo seed (http://localhost:5173/partner/return.html). */
export const RETURN_URL = new URL('/partner/return.html', location.origin).href;

/** Installations of the demo data a partner might already know the id of (fixed seed ids). */
export const DEMO_INSTALLATIONS = [
  { id: '7a2e3b5f-1c8d-4d2f-8b62-000000000101', name: 'Home (Olivia Owner)' },
  { id: '7a2e3b5f-1c8d-4d2f-8b62-000000000102', name: 'Cabin (Olivia Owner)' },
  { id: '7a2e3b5f-1c8d-4d2f-8b62-000000000103', name: 'Workshop (Nils Neighbour)' },
] as const;

export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'pt', name: 'Português' },
  { tag: 'nb', name: 'Norsk bokmål' },
] as const;
