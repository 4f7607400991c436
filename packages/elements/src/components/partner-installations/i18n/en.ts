/**
 * @module
 * English strings of `<gk-partner-installations>`: the reference catalogue (the other languages
 * are typed against it). Wording follows the partner guide (../shared/seeds/003): after
 * registering a partner, the account holder links what the partner may reach.
 */
/** Every string `<gk-partner-installations>` shows. */
export interface PartnerInstallationStrings {
  /** The heading until the partner has loaded (or when it cannot). */
  readonly heading: string;
  readonly title: (partner: string) => string;
  readonly intro: (partner: string) => string;
  readonly installation: string;
  /** The picker's empty first option. */
  readonly choose: string;
  readonly link: string;
  readonly linking: string;
  /** Every installation the user manages is already linked. */
  readonly allLinked: string;
  readonly noInstallations: string;
  readonly deactivated: (partner: string) => string;
  readonly linked: (installation: string, partner: string) => string;
  readonly listTitle: string;
  readonly col: { readonly installation: string; readonly since: string; readonly by: string; readonly actions: string };
  readonly empty: (partner: string) => string;
  /** "Linked by" when the server does not know who. */
  readonly unknown: string;
  readonly unlink: string;
  readonly unlinkLabel: (installation: string) => string;
  readonly confirm: (installation: string, partner: string) => string;
  readonly unlinking: string;
  readonly cancel: string;
  readonly unlinked: (installation: string) => string;
  /** A grant on an installation the user does not manage (its owner shared it): no Unlink. */
  readonly notManaged: string;
  readonly loading: string;
  readonly retry: string;
  readonly missingPartner: string;
  readonly errors: {
    /** Link pressed with no installation chosen. */
    readonly required: string;
    /** 404 on link: the installation is gone or no longer managed by the user. */
    readonly installation_gone: string;
    /** 404 on unlink: the link was removed meanwhile. */
    readonly grant_gone: string;
    readonly partner_deactivated: string;
    readonly forbidden: string;
    readonly not_found: string;
    readonly unauthenticated: string;
    readonly network: string;
    readonly server: string;
  };
}

const en: PartnerInstallationStrings = {
  heading: 'Linked installations',
  title: (p) => `Installations linked to ${p}`,
  intro: (p) => `The members and service accounts of ${p} may view and manage the installations linked here, until you unlink them.`,
  installation: 'Installation',
  choose: 'Choose an installation',
  link: 'Link installation',
  linking: 'Linking…',
  allLinked: 'Every installation you own or administer is already linked.',
  noInstallations: 'You do not own or administer any installation to link.',
  deactivated: (p) => `${p} is deactivated: no installation can be linked.`,
  linked: (i, p) => `${i} is now linked to ${p}.`,
  listTitle: 'Linked installations',
  col: { installation: 'Installation', since: 'Linked since', by: 'Linked by', actions: 'Actions' },
  empty: (p) => `No installation is linked to ${p} yet.`,
  unknown: 'Unknown',
  unlink: 'Unlink',
  unlinkLabel: (i) => `Unlink ${i}`,
  confirm: (i, p) => `Unlink ${i}? ${p} loses access to it at once, with every member and token.`,
  unlinking: 'Unlinking…',
  cancel: 'Cancel',
  unlinked: (i) => `${i} is no longer linked.`,
  notManaged: 'Shared by its owner',
  loading: 'Loading…',
  retry: 'Try again',
  missingPartner: 'No partner given (attribute partner-id).',
  errors: {
    required: 'Choose an installation to link.',
    installation_gone: 'That installation no longer exists or you no longer manage it. The list is up to date now.',
    grant_gone: 'That installation was already unlinked. The list is up to date now.',
    partner_deactivated: 'This partner has been deactivated; nothing can be changed.',
    forbidden: 'You are not allowed to change this partner’s installations.',
    not_found: 'This partner does not exist, or you are not an account holder of its organisation.',
    unauthenticated: 'Your session has ended. Log in again to continue.',
    network: 'The server could not be reached. Try again.',
    server: 'Something went wrong. Try again.',
  },
};

export default en;
