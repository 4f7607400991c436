/**
 * @module http/pages/i18n/en
 * English: the reference catalogue of the server-rendered pages. Every other language implements
 * the same interface, so a missing message is a type error.
 */
import type { GrantPermission } from '../../../domain/permissions.js';

export interface PageMessages {
  /** BCP 47 tag for `<html lang>`. */
  readonly lang: string;
  readonly productName: string;
  readonly login: {
    readonly title: string;
    readonly heading: string;
    /** Shown when the login comes from an access request. */
    readonly requestIntro: (requester: string) => string;
    readonly email: string;
    readonly password: string;
    readonly submit: string;
    readonly invalidCredentials: string;
    readonly rateLimited: (seconds: number) => string;
    readonly missingFields: string;
  };
  readonly consent: {
    readonly title: string;
    readonly heading: (group: string) => string;
    readonly introducedAs: (partnerName: string) => string;
    readonly lookupKey: (key: string) => string;
    readonly logoAlt: (group: string) => string;
    readonly permissionsHeading: (group: string) => string;
    readonly permissions: Readonly<Record<GrantPermission, string>>;
    readonly scopeNote: string;
    readonly pickerLegend: string;
    readonly alreadyShared: string;
    readonly noInstallations: string;
    readonly preselectionIgnored: string;
    readonly approve: string;
    readonly deny: string;
    readonly expiresAt: (time: string) => string;
    readonly loggedInAs: (name: string) => string;
    readonly logout: string;
    readonly chooseInstallation: string;
  };
  readonly receipt: {
    readonly title: string;
    readonly approved: (group: string, installation: string) => string;
    readonly denied: (group: string) => string;
    readonly close: string;
  };
  readonly errors: {
    readonly title: string;
    readonly unknownLookupKey: (key: string) => string;
    readonly badRequestIntro: string;
    readonly fields: Readonly<Record<string, string>>;
    readonly expired: string;
    readonly decided: string;
    readonly notFound: string;
    readonly generic: string;
    readonly askPartner: string;
  };
}

const en: PageMessages = {
  lang: 'en',
  productName: 'grantkit',
  login: {
    title: 'Log in',
    heading: 'Log in',
    requestIntro: (requester) => `${requester} is asking for access to one of your installations. Log in to review the request.`,
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    invalidCredentials: 'The email or password is not correct.',
    rateLimited: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
    missingFields: 'Enter your email and password.',
  },
  consent: {
    title: 'Access request',
    heading: (group) => `${group} requests access`,
    introducedAs: (name) => `Introduced as “${name}”`,
    lookupKey: (key) => `Lookup key ${key}`,
    logoAlt: (group) => `${group} logo`,
    permissionsHeading: (group) => `Once approved, every member of ${group} will be able to:`,
    permissions: {
      'installation:read': 'View the installation and its charging history',
      'installation:settings': 'Change installation settings',
      'chargers:control': 'Control and configure all chargers connected to the site',
    },
    scopeNote: 'Access applies to the whole installation, not only to individual charging stations. You can revoke it at any time.',
    pickerLegend: 'Installation',
    alreadyShared: 'Already shared',
    noInstallations: 'You do not own or administer an installation that could be shared with this partner.',
    preselectionIgnored: 'The installation named in the link is not one you can share here; choose one below.',
    approve: 'Approve',
    deny: 'Deny',
    expiresAt: (time) => `This request expires at ${time}.`,
    loggedInAs: (name) => `Logged in as ${name}`,
    logout: 'Log out',
    chooseInstallation: 'Choose an installation you own or administer.',
  },
  receipt: {
    title: 'Done',
    approved: (group, installation) => `Access approved: ${group} can now manage ${installation}.`,
    denied: (group) => `You denied the request from ${group}.`,
    close: 'You can close this page.',
  },
  errors: {
    title: 'This link cannot be used',
    unknownLookupKey: (key) => `No partner has the lookup key “${key}”. Check the link or ask the partner for a new one.`,
    badRequestIntro: 'The link that brought you here is not valid:',
    fields: {
      installation_id: 'The installation in the link is not a valid installation id.',
      locale: 'The language in the link is not supported (use en, fr, de, pt or nb).',
      return_url: 'The return address in the link is not one this partner has registered.',
      partner_name: 'The partner name in the link is too long.',
      show_existing: 'The show_existing value in the link must be true or false.',
      state: 'The state value in the link is too long.',
      code_challenge: 'The security challenge (code_challenge) in the link is not valid.',
      code_challenge_method: 'The security challenge method in the link is not supported (only S256).',
    },
    expired: 'This access request has expired.',
    decided: 'This access request has already been answered.',
    notFound: 'This access request does not exist.',
    generic: 'Something went wrong. Please try again.',
    askPartner: 'Ask the partner to send you a new link.',
  },
};

export default en;
