/**
 * @module
 * English strings of `<gk-service-accounts>`: the reference catalogue. Wording follows the
 * TraceParts service-account guide (../shared/seeds/004).
 */
import { formatDate } from '../../../i18n/format.js';
import { plural } from '../../../i18n/plural.js';

/** Every string `<gk-service-accounts>` shows. */
export interface ServiceAccountStrings {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly empty: string;
  readonly missingGroup: string;
  readonly create: string;
  readonly col: { readonly name: string; readonly clientId: string; readonly dataSet: string; readonly created: string; readonly lastUsed: string; readonly actions: string };
  readonly allInstallations: string;
  readonly never: string;
  readonly date: (iso: string) => string;
  readonly form: {
    readonly heading: string;
    readonly name: string;
    readonly dataSet: string;
    readonly dataSetHint: string;
    readonly secretLegend: string;
    readonly generated: string;
    readonly chosen: string;
    readonly password: string;
    readonly passwordHint: string;
    readonly submit: string;
    readonly creating: string;
    readonly cancel: string;
    readonly nameRequired: string;
  };
  readonly secret: {
    readonly heading: (name: string) => string;
    readonly warning: string;
    readonly passwordNote: string;
    readonly clientId: string;
    readonly clientSecret: string;
    readonly tokenEndpoint: string;
    readonly copy: string;
    readonly copyLabel: (what: string) => string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly done: string;
  };
  readonly actions: {
    readonly regenerate: string;
    readonly regenerateLabel: (name: string) => string;
    readonly regenerateConfirm: (name: string) => string;
    readonly grace: string;
    readonly graceNone: string;
    readonly graceHours: (hours: number) => string;
    readonly password: string;
    readonly passwordLabel: (name: string) => string;
    readonly newPassword: string;
    readonly save: string;
    readonly delete: string;
    readonly deleteLabel: (name: string) => string;
    readonly deleteConfirm: (name: string) => string;
    readonly cancel: string;
    readonly working: string;
  };
  readonly status: {
    readonly created: (name: string) => string;
    readonly regenerated: (name: string) => string;
    readonly passwordChanged: (name: string) => string;
    readonly deleted: (name: string) => string;
  };
  readonly errors: {
    readonly not_group_admin: string;
    readonly not_found: string;
    readonly service_account_name_taken: string;
    readonly weak_password: string;
    readonly unauthenticated: string;
    readonly validation: string;
    readonly network: string;
    readonly server: string;
  };
}

const en: ServiceAccountStrings = {
  title: 'Service accounts',
  intro: 'Service accounts let your systems call the API without a personal login (OAuth client credentials).',
  loading: 'Loading…',
  empty: 'No service accounts yet.',
  missingGroup: 'No group is selected.',
  create: 'Create service account',
  col: { name: 'Name', clientId: 'Client ID', dataSet: 'Data set', created: 'Created', lastUsed: 'Last used', actions: 'Actions' },
  allInstallations: 'All shared installations',
  never: 'Never',
  date: (iso) => formatDate('en', iso),
  form: {
    heading: 'New service account',
    name: 'Name',
    dataSet: 'Data set',
    dataSetHint: 'Optional: limit the account to one installation shared with your group.',
    secretLegend: 'Secret',
    generated: 'Generate a secret (recommended)',
    chosen: 'Choose a password',
    password: 'Password',
    passwordHint: 'At least 12 characters, with three of: lower case, upper case, digits, symbols.',
    submit: 'Create',
    creating: 'Creating…',
    cancel: 'Cancel',
    nameRequired: 'Give the service account a name.',
  },
  secret: {
    heading: (name) => `Credentials of ${name}`,
    warning: 'Copy the secret now and keep it safe. It is shown only this once; if you lose it, generate a new one.',
    passwordNote: 'Use the password you chose as the client secret. It is not shown again.',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    tokenEndpoint: 'Token endpoint',
    copy: 'Copy',
    copyLabel: (what) => `Copy the ${what.toLowerCase()}`,
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy; select the text and copy it yourself.',
    done: 'I have stored it',
  },
  actions: {
    regenerate: 'Regenerate',
    regenerateLabel: (name) => `Regenerate the secret of ${name}`,
    regenerateConfirm: (name) => `Generate a new secret for ${name}?`,
    grace: 'Keep the old secret valid for',
    graceNone: 'No time (it stops working now)',
    graceHours: (hours) =>
      hours % 24 === 0 ? plural('en', hours / 24, { one: '# day', other: '# days' }) : plural('en', hours, { one: '# hour', other: '# hours' }),
    password: 'Change password',
    passwordLabel: (name) => `Change password of ${name}`,
    newPassword: 'New password',
    save: 'Save',
    delete: 'Delete',
    deleteLabel: (name) => `Delete ${name}`,
    deleteConfirm: (name) => `Delete ${name}? Its tokens stop working at once.`,
    cancel: 'Cancel',
    working: 'Working…',
  },
  status: {
    created: (name) => `${name} was created.`,
    regenerated: (name) => `A new secret was generated for ${name}.`,
    passwordChanged: (name) => `The password of ${name} was changed.`,
    deleted: (name) => `${name} was deleted.`,
  },
  errors: {
    not_group_admin: 'Only an administrator of this group can manage its service accounts.',
    not_found: 'This service account no longer exists.',
    service_account_name_taken: 'Your group already has a service account with this name.',
    weak_password: 'This password is too weak.',
    unauthenticated: 'Your session has ended. Log in again.',
    validation: 'Check the highlighted fields.',
    network: 'The server cannot be reached. Check your connection and try again.',
    server: 'Something went wrong. Try again later.',
  },
};

export default en;
