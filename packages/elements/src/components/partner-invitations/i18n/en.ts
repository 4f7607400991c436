/**
 * @module
 * English strings of `<gk-partner-invitations>`: the reference catalogue (the other languages are
 * typed against it). Roles and wording follow the partner guide (../shared/seeds/003): Admin
 * invites other members and uses the products; Member only uses the products.
 */
/** Every string `<gk-partner-invitations>` shows. */
export interface PartnerInvitationStrings {
  /** The heading until the partner has loaded (or when it cannot). */
  readonly heading: string;
  readonly title: (partner: string) => string;
  readonly intro: string;
  /** `domains` is the list already joined, e.g. "@acme.example, @acme.test". */
  readonly domains: (domains: string) => string;
  readonly email: string;
  readonly role: string;
  readonly admin: string;
  readonly member: string;
  /** What each role may do. */
  readonly hint: { readonly admin: string; readonly member: string };
  readonly send: string;
  readonly sending: string;
  readonly sent: (email: string, expires: string) => string;
  readonly listTitle: string;
  readonly col: { readonly email: string; readonly role: string; readonly status: string; readonly sent: string; readonly expires: string };
  readonly status: { readonly pending: string; readonly used: string; readonly expired: string; readonly revoked: string };
  readonly empty: string;
  readonly loading: string;
  readonly retry: string;
  readonly missingPartner: string;
  readonly errors: {
    readonly required: string;
    readonly invalid_email: string;
    /** Client-side and the server's `email_domain_not_allowed`. */
    readonly domain: (domains: string) => string;
    readonly not_group_admin: string;
    readonly not_found: string;
    readonly unauthenticated: string;
    readonly network: string;
    readonly server: string;
  };
}

const en: PartnerInvitationStrings = {
  heading: 'Invite members',
  title: (p) => `Invite members of ${p}`,
  intro: 'Invite people by email. Each invitation link works once.',
  domains: (d) => `Only addresses at ${d} can be invited.`,
  email: 'Email',
  role: 'Role',
  admin: 'Admin',
  member: 'Member',
  hint: { admin: 'can invite others and uses the products', member: 'uses the products' },
  send: 'Send invitation',
  sending: 'Sending…',
  sent: (e, x) => `Invitation sent to ${e} — the link expires on ${x}.`,
  listTitle: 'Invitations sent',
  col: { email: 'Email', role: 'Role', status: 'Status', sent: 'Sent', expires: 'Expires' },
  status: { pending: 'Pending', used: 'Accepted', expired: 'Expired', revoked: 'Revoked' },
  empty: 'No invitations sent yet.',
  loading: 'Loading…',
  retry: 'Try again',
  missingPartner: 'No partner given (attribute partner-id).',
  errors: {
    required: 'Enter an email address.',
    invalid_email: 'Enter a valid email address, such as name@partner.com.',
    domain: (d) => `Invitations can only go to addresses at ${d}.`,
    not_group_admin: 'Only the partner’s admins can invite members.',
    not_found: 'This partner does not exist, or you are not one of its admins.',
    unauthenticated: 'Your session has ended. Log in again to continue.',
    network: 'The server could not be reached. Try again.',
    server: 'Something went wrong. Try again.',
  },
};

export default en;
