/**
 * @module
 * English strings of <gk-installation-access>, loaded lazily (see ../../../i18n/catalogue.ts).
 */

/** Strings of <gk-installation-access>. */
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

const installationAccess: InstallationAccessStrings = {
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

export default { installationAccess };
