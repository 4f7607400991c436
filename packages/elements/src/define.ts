/**
 * @module
 * Registers every default tag: `<gk-access-button>`, `<gk-consent>`, `<gk-installation-access>`.
 * Browser-only and self-contained (Lit and the SDK's browser code; never msw or Node built-ins),
 * so a server can bundle this file with esbuild and serve it as is.
 */
import './components/access-button/access-button.define.js';
import './components/consent/consent.define.js';
import './components/installation-access/installation-access.define.js';
import './components/partners/partners.define.js';
import './components/partner-invitations/partner-invitations.define.js';
import './components/partner-installations/partner-installations.define.js';
import './components/redeem-code/redeem-code.define.js';
import './components/invite-codes/invite-codes.define.js';
import './components/invite-codes/invite-code-list.define.js';
import './components/members/members.define.js';
import './components/service-accounts/service-accounts.define.js';
import './components/webhooks/webhooks.define.js';

export { GkAccessButton } from './components/access-button/access-button.define.js';
export { GkConsent } from './components/consent/consent.define.js';
export { GkInstallationAccess } from './components/installation-access/installation-access.define.js';
export { GkPartners } from './components/partners/partners.define.js';
export { GkPartnerInvitations } from './components/partner-invitations/partner-invitations.define.js';
export { GkPartnerInstallations } from './components/partner-installations/partner-installations.define.js';
export { GkRedeemCode } from './components/redeem-code/redeem-code.define.js';
export { GkInviteCodes } from './components/invite-codes/invite-codes.define.js';
export { GkInviteCodeList } from './components/invite-codes/invite-code-list.define.js';
export { GkMembers } from './components/members/members.define.js';
export { GkServiceAccounts } from './components/service-accounts/service-accounts.define.js';
export { GkWebhooks } from './components/webhooks/webhooks.define.js';

// A page framed for an embedded request (http/pages/layout.ts in the reference server) also runs
// the frame's guard; a lazy chunk, so no other page downloads it.
if (typeof document !== 'undefined' && document.documentElement.dataset.gkDisplay === 'embedded') {
  void import('./embedded/frame.js').then(({ startFrame }) => startFrame());
}
