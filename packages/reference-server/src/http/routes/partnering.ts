/**
 * @module http/routes/partnering
 * Issue 7's routes as one module (one line in routes/index.ts): organisations and partner
 * registration, one partner's maintenance, invitation acceptance, the demo mailbox and the `/partners` page.
 */
import { createRouter, type AppDeps } from '../context.js';
import { invitationRoutes } from './invitations.js';
import { mailboxRoutes } from './mailbox.js';
import { organisationRoutes } from './organisations.js';
import type { PartnerDeps } from './partner-deps.js';
import { partnersPageRoutes } from './partners-page.js';
import { partnerRoutes } from './partners.js';

export function partneringRoutes(appDeps: AppDeps) {
  const deps: PartnerDeps = appDeps;
  const router = createRouter();
  for (const module of [organisationRoutes, partnerRoutes, invitationRoutes, mailboxRoutes, partnersPageRoutes]) router.route('/', module(deps));
  return router;
}
