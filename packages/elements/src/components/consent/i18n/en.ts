/**
 * @module
 * English copy of the consent card: `<gk-consent>` loads it lazily, and the server's
 * no-JavaScript consent page reads it through `@grantkit/elements/consent-strings`.
 */
import common from '../../../i18n/common/en.js';

/** The consent card's copy. */
export interface ConsentStrings {
  readonly lookupKey: (key: string) => string;
  readonly heading: (partner: string) => string;
  readonly intro: (partner: string) => string;
  readonly introducedAs: (name: string) => string;
  readonly logoAlt: (partner: string) => string;
  readonly permissionsHeading: (partner: string) => string;
  readonly permissions: {
    readonly 'installation:read': string;
    readonly 'installation:settings': string;
    readonly 'chargers:control': string;
  };
  readonly scopeNote: string;
  readonly pickerLegend: string;
  readonly alreadyShared: string;
  readonly approve: string;
  readonly deny: string;
  readonly approvedRedirect: (partner: string) => string;
  readonly deniedRedirect: (partner: string) => string;
  readonly chooseInstallation: string;
  readonly expiredTitle: string;
  readonly expiredBody: (partner: string | undefined) => string;
  readonly approved: string;
  readonly denied: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly decidedTitle: string;
  readonly decidedBody: string;
  readonly networkTitle: string;
  readonly serverTitle: string;
  readonly noInstallationsTitle: string;
  readonly noInstallationsBody: string;
}

const consent: ConsentStrings = {
  lookupKey: common.lookupKey,
  heading: (partner) => `${partner} asks for access`,
  intro: (partner) => `${partner} wants to manage one of your installations on your behalf.`,
  introducedAs: (name) => `Introduced as “${name}”`,
  logoAlt: (partner) => `${partner} logo`,
  permissionsHeading: (partner) => `If you approve, every member of ${partner} can:`,
  permissions: {
    'installation:read': 'View the installation and its charging history',
    'installation:settings': 'Change installation settings',
    'chargers:control': 'Control and configure all chargers connected to the site',
  },
  scopeNote: 'Access applies to the whole installation, not only to individual chargers. You can revoke it at any time.',
  pickerLegend: 'Installation to share',
  alreadyShared: 'Already shared',
  approve: 'Approve',
  deny: 'Deny',
  approvedRedirect: (partner) => `Access approved. Taking you back to ${partner}…`,
  deniedRedirect: (partner) => `Request denied. Taking you back to ${partner}…`,
  chooseInstallation: 'Choose an installation you own or administer.',
  expiredTitle: 'This access request has expired',
  expiredBody: (partner) => `Ask ${partner ?? 'the partner'} to send you a new link.`,
  approved: 'Access approved.',
  denied: 'Request denied.',
  notFoundTitle: 'Access request not found',
  notFoundBody: 'The link may be incomplete. Open the link you received again, or ask for a new one.',
  decidedTitle: 'This request has already been answered',
  decidedBody: 'Nothing more to do here. You can manage access from the installation’s permissions.',
  networkTitle: 'No connection',
  serverTitle: 'Something went wrong',
  noInstallationsTitle: 'No installation to share',
  noInstallationsBody: 'None of your installations can be shared with this partner, so you cannot approve. Deny the request, or log in with another account.',
};

export default consent;
