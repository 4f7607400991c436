/**
 * @module
 * The demo accounts of the seed (packages/reference-server/src/seed/demo-data.ts and
 * seed/partners.ts), for the portal's one-click logins. Test data: the password is public.
 */
export const DEMO_PASSWORD = 'grantkit-demo';

export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  /** What this account shows in the demo. */
  readonly role: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'owner@demo.grantkit.dev', name: 'Olivia Owner', role: 'Owner of Home and Cabin' },
  { email: 'neighbour@demo.grantkit.dev', name: 'Nils Neighbour', role: 'Owner of Workshop' },
  { email: 'admin@acme.example', name: 'Adam Acme', role: 'Admin of Acme Energy (TZBV)' },
  { email: 'installer@acme.example', name: 'Ingrid Installer', role: 'Member of Acme Energy' },
  { email: 'lead@nordlys.example', name: 'Liv Nordlys', role: 'Admin of Nordlys Installers (NRDL)' },
  { email: 'holder@demo.grantkit.dev', name: 'Hana Holder', role: 'Account holder of Helio Grid (registers partners)' },
  { email: 'lead@solstice.example', name: 'Siri Solstice', role: 'Admin of partner Solstice Service (SLST)' },
];
