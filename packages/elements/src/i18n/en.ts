/**
 * @module
 * English: the reference catalogue. Every other language implements {@link Translation}, so a
 * missing or misspelt key is a type error. Wording of the permissions follows the platform's
 * help pages (see ../shared/seeds).
 */
import { formatDate } from './format.js';

/** Re-exported: other components' catalogues format dates with it. */
export { formatDate };

/** Strings of the `common` section. */
export interface CommonStrings {
  readonly loading: string;
  readonly retry: string;
  readonly cancel: string;
  readonly group: string;
  readonly lookupKey: (key: string) => string;
  readonly networkError: string;
  readonly serverError: string;
  readonly sessionExpired: string;
  readonly date: (iso: string) => string;
}

/** Strings of the `accessButton` section. */
export interface AccessButtonStrings {
  readonly label: string;
  readonly labelFor: (partner: string) => string;
  readonly opening: string;
  readonly waiting: string;
  readonly approved: string;
  readonly denied: string;
  readonly cancelled: string;
  readonly invalid: (detail: string) => string;
  readonly failed: string;
}

/** Strings of the `consent` section. */
export interface ConsentStrings {
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

/** Strings of the `installationAccess` section. */
export interface InstallationAccessStrings {
  readonly heading: string;
  readonly empty: string;
  readonly since: (date: string) => string;
  readonly grantedBy: (name: string) => string;
  readonly roles: { readonly owner: string; readonly admin: string; readonly group: string; readonly member: string };
  readonly revoke: string;
  readonly revokeLabel: (name: string) => string;
  readonly confirmQuestion: (name: string) => string;
  readonly confirmGroupNote: string;
  readonly confirmRevoke: string;
  readonly revoking: string;
  readonly revoked: (name: string) => string;
  readonly revokeFailed: (name: string) => string;
  readonly notFound: string;
  readonly missingId: string;
}

/**
 * Every string the elements show, by section; functions take what they interpolate. Each
 * language module exports one constant per section (so a bundle keeps only the sections its
 * element reads) and a default export with all of them.
 */
export interface Translation {
  /** BCP 47 tag of this catalogue. */
  readonly locale: string;
  readonly common: CommonStrings;
  readonly accessButton: AccessButtonStrings;
  readonly consent: ConsentStrings;
  readonly installationAccess: InstallationAccessStrings;
}


export const common: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  group: 'Group',
  lookupKey: (key) => `Lookup key ${key}`,
  networkError: 'Could not reach the server. Check your connection and try again.',
  serverError: 'Something went wrong on our side. Please try again in a moment.',
  sessionExpired: 'Your session has ended. Log in again to continue.',
  date: (iso) => formatDate('en', iso),
};

export const accessButton: AccessButtonStrings = {
  label: 'Connect your installation',
  labelFor: (partner) => `Give ${partner} access`,
  opening: 'Opening…',
  waiting: 'Waiting for your answer in the other window…',
  approved: 'Access approved.',
  denied: 'Access was denied.',
  cancelled: 'The window was closed before a decision.',
  invalid: (detail) => `This button is not set up correctly: ${detail}`,
  failed: 'Could not start the access request. Please try again.',
};

export const consent: ConsentStrings = {
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

export const installationAccess: InstallationAccessStrings = {
  heading: 'Who has access',
  empty: 'No one else has access to this installation.',
  since: (date) => `Since ${date}`,
  grantedBy: (name) => `Granted by ${name}`,
  roles: { owner: 'Owner', admin: 'Administrator', group: 'Group', member: 'User' },
  revoke: 'Revoke',
  revokeLabel: (name) => `Revoke access for ${name}`,
  confirmQuestion: (name) => `Revoke access for ${name}?`,
  confirmGroupNote: 'Every member and machine of the group loses access at once.',
  confirmRevoke: 'Revoke access',
  revoking: 'Revoking…',
  revoked: (name) => `Access for ${name} was revoked.`,
  revokeFailed: (name) => `Could not revoke access for ${name}.`,
  notFound: 'This installation was not found, or you cannot see who has access to it.',
  missingId: 'No installation given (set the installation-id attribute).',
};

const en: Translation = { locale: 'en', common, accessButton, consent, installationAccess };

export default en;
