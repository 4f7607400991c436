/**
 * @module
 * English strings of `<gk-partners>`: the reference catalogue. Wording follows the partner
 * registration guide (../shared/seeds/003).
 */
/** Every string `<gk-partners>` shows. */
export interface PartnerStrings {
  readonly title: string;
  readonly count: (active: number, limit: number) => string;
  readonly register: string;
  readonly capReached: (limit: number) => string;
  readonly empty: string;
  readonly loading: string;
  readonly noOrganisation: string;
  readonly col: { readonly name: string; readonly key: string; readonly domains: string; readonly admin: string; readonly status: string; readonly actions: string };
  readonly active: string;
  readonly deactivated: string;
  readonly pending: (email: string) => string;
  readonly settings: string;
  readonly settingsFor: (name: string) => string;
  readonly back: string;
  readonly steps: { readonly info: string; readonly domains: string; readonly admin: string; readonly review: string };
  readonly stepsLabel: string;
  readonly name: string;
  readonly logo: string;
  readonly logoHint: string;
  readonly logoAlt: (name: string) => string;
  readonly domain: (n: number) => string;
  readonly domainsHint: string;
  readonly addDomain: string;
  readonly removeDomain: (domain: string) => string;
  readonly adminIntro: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly next: string;
  readonly previous: string;
  readonly cancel: string;
  readonly addPartner: string;
  readonly adding: string;
  readonly added: (name: string, email: string) => string;
  readonly general: string;
  readonly lookupKey: string;
  readonly adminHeading: string;
  readonly noAdmin: string;
  readonly changeAdmin: string;
  readonly sendInvitation: string;
  readonly invited: (email: string) => string;
  readonly revoke: string;
  readonly revokeLabel: (name: string) => string;
  readonly revoked: (name: string) => string;
  readonly deactivateHeading: string;
  readonly deactivateWarning: string;
  readonly confirmLabel: (name: string) => string;
  readonly deactivate: string;
  readonly deactivatedOk: (name: string) => string;
  readonly hasAccess: (name: string) => string;
  readonly serviceAccount: (name: string) => string;
  readonly errors: {
    readonly partner_limit_reached: (limit: number) => string;
    readonly email_domain_not_allowed: string;
    readonly logo_too_large: string;
    readonly logo_unsupported_type: string;
    readonly confirmation_required: string;
    readonly required: string;
    readonly invalid_domain: string;
    readonly invalid_email: string;
    readonly network: string;
    readonly other: string;
  };
}

const en: PartnerStrings = {
  title: 'Partners',
  count: (a, l) => `${a} of ${l} partners`,
  register: 'Register partner',
  capReached: (l) => `You have ${l} active partners, the most allowed. Deactivate one to add another.`,
  empty: 'No partners yet.',
  loading: 'Loading…',
  noOrganisation: 'You are not an account holder of any organisation.',
  col: { name: 'Partner', key: 'Lookup key', domains: 'Domains', admin: 'Admin', status: 'Status', actions: 'Actions' },
  active: 'Active',
  deactivated: 'Deactivated',
  pending: (e) => `Invitation sent to ${e}`,
  settings: 'Settings',
  settingsFor: (n) => `Settings of ${n}`,
  back: 'Back to partners',
  steps: { info: 'Partner info', domains: 'Register domain', admin: 'Partner admin', review: 'Review' },
  stepsLabel: 'Registration steps',
  name: 'Name',
  logo: 'Logo',
  logoHint: 'PNG, JPEG or WebP, at most 512 KB.',
  logoAlt: (n) => `${n} logo`,
  domain: (n) => `Domain ${n}`,
  domainsHint: 'Add every domain the partner uses: invitations can only be sent to addresses in these domains.',
  addDomain: 'Add domain',
  removeDomain: (d) => `Remove ${d || 'domain'}`,
  adminIntro: 'The first person you invite is the partner’s admin: they can invite others and use the products.',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  next: 'Next step',
  previous: 'Previous step',
  cancel: 'Cancel',
  addPartner: 'Add partner',
  adding: 'Adding…',
  added: (n, e) => `${n} was added. An invitation was sent to ${e}.`,
  general: 'General',
  lookupKey: 'Lookup key',
  adminHeading: 'Partner admin account',
  noAdmin: 'No admin has accepted yet.',
  changeAdmin: 'Name a new admin',
  sendInvitation: 'Send invitation',
  invited: (e) => `Invitation sent to ${e}. The admin changes when it is accepted.`,
  revoke: 'Revoke',
  revokeLabel: (n) => `Revoke access to ${n}`,
  revoked: (n) => `Access to ${n} was revoked.`,
  deactivateHeading: 'Deactivate partner',
  deactivateWarning: 'A partner can only be deactivated when no access remains. This cannot be undone: its members and service accounts lose access and its lookup key stops working.',
  confirmLabel: (n) => `Type “${n}” to confirm`,
  deactivate: 'Deactivate partner',
  deactivatedOk: (n) => `${n} was deactivated.`,
  hasAccess: (n) => `${n} still has access. Revoke everything below, then deactivate.`,
  serviceAccount: (n) => `Service account ${n} (delete it in the partner’s service accounts)`,
  errors: {
    partner_limit_reached: (l) => `Your organisation already has ${l} active partners. Deactivate one before adding another.`,
    email_domain_not_allowed: 'This address is not in the partner’s domains.',
    logo_too_large: 'The logo is larger than 512 KB.',
    logo_unsupported_type: 'The logo must be a PNG, JPEG or WebP image.',
    confirmation_required: 'Type the partner’s exact name to confirm.',
    required: 'Fill in this field.',
    invalid_domain: 'Enter a domain such as partner.com (no wildcards).',
    invalid_email: 'Enter a valid email address.',
    network: 'The server could not be reached. Try again.',
    other: 'Something went wrong. Try again.',
  },
};

export default en;
