/**
 * @module seed/demo-data
 * The demo's people, groups and installations, with fixed ids so links printed by
 * `npm start` (and tests) stay the same across runs. Test data only: the password is public.
 * Published as `@grantkit/reference-server/demo-data` (plain data, no imports) for the demo's
 * runner and portal.
 */

/** Every demo account's password (printed by `npm start`). */
export const DEMO_PASSWORD = 'grantkit-demo';

export const DEMO_USERS = {
  owner: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000001', email: 'owner@demo.grantkit.dev', name: 'Olivia Owner' },
  neighbour: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000002', email: 'neighbour@demo.grantkit.dev', name: 'Nils Neighbour' },
  acmeAdmin: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000003', email: 'admin@acme.example', name: 'Adam Acme' },
  acmeInstaller: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000004', email: 'installer@acme.example', name: 'Ingrid Installer' },
  nordlysAdmin: { id: '6f1d2a4e-0b7c-4c1e-9a51-000000000005', email: 'lead@nordlys.example', name: 'Liv Nordlys' },
} as const;

export const DEMO_INSTALLATIONS = {
  home: {
    id: '7a2e3b5f-1c8d-4d2f-8b62-000000000101',
    name: 'Home',
    address: 'Storgata 12, 0155 Oslo',
    chargers: [
      { id: '8b3f4c60-2d9e-4e30-9c73-000000000201', name: 'Garage left', serial: 'GK-HOME-001', maxCurrentA: 32 },
      { id: '8b3f4c60-2d9e-4e30-9c73-000000000202', name: 'Garage right', serial: 'GK-HOME-002', maxCurrentA: 16 },
    ],
  },
  cabin: {
    id: '7a2e3b5f-1c8d-4d2f-8b62-000000000102',
    name: 'Cabin',
    address: 'Fjellveien 7, 3580 Geilo',
    chargers: [
      { id: '8b3f4c60-2d9e-4e30-9c73-000000000203', name: 'Carport', serial: 'GK-CABIN-001', maxCurrentA: 32 },
      { id: '8b3f4c60-2d9e-4e30-9c73-000000000204', name: 'Guest charger', serial: 'GK-CABIN-002', maxCurrentA: 16 },
    ],
  },
  workshop: {
    id: '7a2e3b5f-1c8d-4d2f-8b62-000000000103',
    name: 'Workshop',
    address: 'Industriveien 3, 7080 Heimdal',
    chargers: [{ id: '8b3f4c60-2d9e-4e30-9c73-000000000205', name: 'Bay 1', serial: 'GK-WORK-001', maxCurrentA: 32 }],
  },
} as const;

/** Where `npm start` serves the demo unless DEMO_PORT says otherwise. */
export const DEFAULT_DEMO_URL = 'http://localhost:5173';

/** Where the demo partner site at `demoUrl` receives the customer back. */
export function demoReturnUrls(demoUrl: string): readonly [string, string] {
  const base = demoUrl.replace(/\/+$/, '');
  return [`${base}/partner/return.html`, `${base}/partner/return`];
}

/** The origins that may embed Acme's consent: the demo partner site's, under both loopback names. */
export function demoEmbeddingOrigins(demoUrl: string): readonly string[] {
  const url = new URL(demoUrl);
  const twin = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : null;
  return twin ? [url.origin, `${url.protocol}//${twin}${url.port ? `:${url.port}` : ''}`] : [url.origin];
}

/** The return URLs of the demo partner site on its default port. */
export const DEMO_RETURN_URLS = demoReturnUrls(DEFAULT_DEMO_URL);

export const DEMO_GROUPS = {
  acme: {
    id: '9c405d71-3eaf-4f41-8d84-000000000301',
    name: 'Acme Energy',
    lookupKey: 'TZBV',
    logo: 'acme-energy',
    // On the default port; the core seeder registers those of the demo's actual origin.
    returnUrls: DEMO_RETURN_URLS,
  },
  nordlys: {
    id: '9c405d71-3eaf-4f41-8d84-000000000302',
    name: 'Nordlys Installers',
    lookupKey: 'NRDL',
    logo: 'nordlys-installers',
    returnUrls: [] as readonly string[],
  },
} as const;

/** The role catalogue of every demo group (issue 5 may extend it). */
export const DEMO_ROLES = [
  { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
  { key: 'member', name: 'Member', kind: 'user', exclusive: false },
] as const;

export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  /** What this account shows in the demo. */
  readonly role: string;
}

/**
 * Every account the seed creates (this file, seed/partners.ts), with what each shows: printed by
 * `npm start` and offered as one-click logins by the demo portal.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'owner@demo.grantkit.dev', name: 'Olivia Owner', role: 'Owner of Home and Cabin' },
  { email: 'neighbour@demo.grantkit.dev', name: 'Nils Neighbour', role: 'Owner of Workshop' },
  { email: 'admin@acme.example', name: 'Adam Acme', role: 'Admin of Acme Energy (TZBV)' },
  { email: 'installer@acme.example', name: 'Ingrid Installer', role: 'Member of Acme Energy' },
  { email: 'lead@nordlys.example', name: 'Liv Nordlys', role: 'Admin of Nordlys Installers (NRDL)' },
  { email: 'holder@demo.grantkit.dev', name: 'Hana Holder', role: 'Account holder of Helio Grid (registers partners)' },
  { email: 'lead@solstice.example', name: 'Siri Solstice', role: 'Admin of partner Solstice Service (SLST)' },
];
