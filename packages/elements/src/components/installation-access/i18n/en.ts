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
  /** Short names of what a group's grant allows, listed under the group. */
  readonly permissions: { readonly 'installation:read': string; readonly 'installation:settings': string; readonly 'chargers:control': string };
  readonly change: string;
  readonly changeLabel: (name: string) => string;
  readonly changeQuestion: (name: string) => string;
  /** Under the checkboxes: narrowing takes effect at once, widening takes the partner's request. */
  readonly changeNote: string;
  readonly save: string;
  readonly saving: string;
  readonly changed: (name: string) => string;
  readonly changeFailed: (name: string) => string;
  /** 422 `grant_widening_requires_consent`: the grant holds less than the form assumed (changed elsewhere). */
  readonly wideningRefused: (name: string) => string;
  /** 404: the grant is gone (revoked or relinquished elsewhere). */
  readonly grantGone: (name: string) => string;
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
  permissions: { 'installation:read': 'View', 'installation:settings': 'Change settings', 'chargers:control': 'Control chargers' },
  change: 'Change access',
  changeLabel: (name) => `Change access for ${name}`,
  changeQuestion: (name) => `What may ${name} do?`,
  changeNote: 'What you uncheck stops at once for every member and machine of the group. To get it back, the partner must ask you again.',
  save: 'Save access',
  saving: 'Saving…',
  changed: (name) => `Access for ${name} was changed.`,
  changeFailed: (name) => `Could not change access for ${name}.`,
  wideningRefused: (name) => `${name} no longer holds all of this access; only a new request from the partner can give it back. The list was reloaded.`,
  grantGone: (name) => `${name} no longer has access (revoked elsewhere). The list was reloaded.`,
};

export default { installationAccess };
