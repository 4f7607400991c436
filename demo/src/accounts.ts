/**
 * @module
 * The demo accounts of the seed, for the portal's one-click logins. One source of truth: the
 * server's demo data (`@grantkit/reference-server/demo-data`, which `npm start` prints too).
 * Test data: the password is public.
 */
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '@grantkit/reference-server/demo-data';
