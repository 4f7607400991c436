/**
 * @module
 * `@grantkit/elements/react`: types only (the JavaScript is empty). Declares every `gk-*` tag in
 * React 19's `JSX.IntrinsicElements`, so TSX type-checks the elements' properties, attributes
 * and events:
 *
 * ```tsx
 * import '@grantkit/elements/access-button';      // registers the tag
 * import type {} from '@grantkit/elements/react'; // its JSX types
 *
 * <gk-access-button server="https://portal.example.com" lookup-key="TZBV" mode="popup"
 *   ongk-access-result={(event) => console.log(event.detail.status)} />
 * ```
 *
 * React 19 sets a prop on a custom element as a property when the element has one by that name
 * (`lookupKey`, `client`, `navigate`), else as an attribute (`lookup-key`, and always during
 * server rendering, so prefer the attribute names for strings); a function prop `on` + event name
 * (`ongk-access-result`) becomes a listener for that event.
 *
 * @see https://react.dev/reference/react-dom/components#custom-html-elements
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GkAccessButton } from './components/access-button/access-button.component.js';
import type { GkConsent } from './components/consent/consent.component.js';
import type { GkInstallationAccess } from './components/installation-access/installation-access.component.js';
import type { GkInviteCodeList } from './components/invite-codes/invite-code-list.component.js';
import type { GkInviteCodes } from './components/invite-codes/invite-codes.component.js';
import type { GkMembers } from './components/members/members.component.js';
import type { GkPartnerInstallations } from './components/partner-installations/partner-installations.component.js';
import type { GkPartnerInvitations } from './components/partner-invitations/partner-invitations.component.js';
import type { GkPartners } from './components/partners/partners.component.js';
import type { GkRedeemCode } from './components/redeem-code/redeem-code.component.js';
import type { GkServiceAccounts } from './components/service-accounts/service-accounts.component.js';
import type { GkWebhooks } from './components/webhooks/webhooks.component.js';

// Every class and event type, and with the events their GlobalEventHandlersEventMap entries,
// which the component classes' .d.ts files do not import (they only construct the events).
export type * from './index.js';

/** The `gk-*` events, by name (each event module declares its own). */
type GkEventName = Extract<keyof GlobalEventHandlersEventMap, `gk-${string}`>;

/**
 * The JSX props of one element: React's own (`className`, `children`, `ref`, `key`…), the
 * element's properties `P`, its attributes `A` (kebab-case; boolean ones by presence), the
 * shared `locale`, and an `on<event>` listener for each of its events `E`.
 */
export type GkElementProps<T extends HTMLElement, P extends keyof T = never, A extends string = never, E extends GkEventName = never> = DetailedHTMLProps<
  HTMLAttributes<T>,
  T
> &
  Partial<Pick<T, P>> & { readonly [K in A]?: string | number | boolean } & { readonly locale?: string } & {
    readonly [K in E as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
  };

/** Every `gk-*` tag's JSX props; also usable by other JSX runtimes that read an interface. */
export interface GkIntrinsicElements {
  'gk-access-button': GkElementProps<
    GkAccessButton,
    'server' | 'lookupKey' | 'installationId' | 'returnUrl' | 'mode' | 'partnerName' | 'showExisting' | 'navigate',
    'lookup-key' | 'installation-id' | 'return-url' | 'partner-name' | 'show-existing',
    'gk-access-result'
  >;
  'gk-consent': GkElementProps<GkConsent, 'requestId' | 'apiBase' | 'partnerName' | 'client' | 'navigate', 'request-id' | 'api-base' | 'partner-name', 'gk-approved' | 'gk-denied'>;
  'gk-installation-access': GkElementProps<GkInstallationAccess, 'installationId' | 'apiBase' | 'client', 'installation-id' | 'api-base', 'gk-access-revoked' | 'gk-access-changed'>;
  'gk-partners': GkElementProps<GkPartners, 'organisationId' | 'apiBase' | 'client', 'organisation-id' | 'api-base', 'gk-partner-registered' | 'gk-partner-deactivated'>;
  'gk-partner-invitations': GkElementProps<GkPartnerInvitations, 'partnerId' | 'server' | 'apiBase' | 'client', 'partner-id' | 'api-base', 'gk-invitation-sent'>;
  'gk-partner-installations': GkElementProps<
    GkPartnerInstallations,
    'partnerId' | 'apiBase' | 'client',
    'partner-id' | 'api-base',
    'gk-partner-installation-linked' | 'gk-partner-installation-unlinked'
  >;
  'gk-redeem-code': GkElementProps<GkRedeemCode, 'apiBase' | 'client', 'api-base', 'gk-code-redeemed'>;
  'gk-invite-codes': GkElementProps<
    GkInviteCodes,
    'groupId' | 'pageSize' | 'noList' | 'apiBase' | 'client',
    'group-id' | 'page-size' | 'no-list' | 'api-base',
    'gk-codes-created' | 'gk-code-deactivated'
  >;
  'gk-invite-code-list': GkElementProps<GkInviteCodeList, 'pageSize' | 'apiBase' | 'client', 'page-size' | 'api-base', 'gk-code-deactivated'>;
  'gk-members': GkElementProps<GkMembers, 'groupId' | 'apiBase' | 'client', 'group-id' | 'api-base', 'gk-member-updated' | 'gk-member-removed'>;
  'gk-service-accounts': GkElementProps<
    GkServiceAccounts,
    'groupId' | 'apiBase' | 'client',
    'group-id' | 'api-base',
    'gk-service-account-created' | 'gk-service-account-secret-changed' | 'gk-service-account-deleted'
  >;
  'gk-webhooks': GkElementProps<GkWebhooks, 'groupId' | 'apiBase' | 'client', 'group-id' | 'api-base', 'gk-webhook-created' | 'gk-webhook-changed' | 'gk-webhook-deleted'>;
}

declare module 'react' {
  // React 19 (and its jsx-runtime) read the intrinsic elements from React.JSX.
  namespace JSX {
    interface IntrinsicElements extends GkIntrinsicElements {}
  }
}
