/**
 * @module
 * English strings of the invitation elements (`<gk-redeem-code>`, `<gk-invite-codes>`,
 * `<gk-invite-code-list>`, `<gk-members>`): the reference catalogue, by section. Each element's
 * lazily loaded English module (e.g. ./en.ts) takes the sections it shows, so a bundler keeps
 * only those (a lazily imported module keeps all its exports). Wording follows the ePortal
 * user-management guide (../shared/seeds/002).
 */
import { formatDate } from '../../../i18n/format.js';
import { plural } from '../../../i18n/plural.js';

/** Every string the invitation elements show. */
export interface InvitationStrings {
  readonly date: (iso: string) => string;
  readonly roles: {
    readonly adminHeading: string;
    readonly userHeading: string;
    readonly adminHint: string;
    readonly userHint: string;
    readonly exclusiveNote: string;
    readonly exclusiveBlocked: string;
    readonly required: string;
  };
  readonly status: { readonly valid: string; readonly used: string; readonly deactivated: string; readonly expired: string };
  readonly mode: { readonly group: string; readonly partner: string };
  readonly errors: {
    readonly code_malformed: string;
    readonly code_unknown: string;
    readonly code_already_used: string;
    readonly code_deactivated: string;
    readonly code_expired: string;
    readonly roles_conflict: string;
    readonly last_admin: string;
    readonly not_group_admin: string;
    readonly not_found: string;
    readonly unauthenticated: string;
    readonly validation: string;
    readonly rate_limited: (seconds: number | undefined) => string;
    readonly network: string;
    readonly server: string;
  };
  readonly copy: {
    readonly code: string;
    readonly codeLabel: (code: string) => string;
    readonly all: string;
    readonly copied: string;
    readonly allCopied: (count: number) => string;
    readonly failed: string;
    readonly text: (group: string, lookupKey: string, date: string, codes: readonly string[]) => string;
  };
  readonly redeem: {
    readonly title: string;
    readonly intro: string;
    readonly hint: string;
    readonly label: string;
    readonly required: string;
    readonly format: string;
    readonly incomplete: string;
    readonly looksRight: string;
    readonly submit: string;
    readonly submitting: string;
    readonly joined: (group: string) => string;
    /** A member gained roles (outcome `roles_added`). */
    readonly rolesAdded: (group: string) => string;
    /** The member already had every role of the code (outcome `already_member`). */
    readonly alreadyMember: (group: string) => string;
    /** Why nothing happened: the code was not used up. */
    readonly notUsed: string;
    readonly rolesLine: (roles: string) => string;
    readonly adminNote: string;
    readonly another: string;
    readonly pasted: string;
  };
  readonly invite: {
    readonly createTitle: string;
    readonly createIntro: string;
    readonly count: string;
    readonly countError: string;
    readonly validity: string;
    readonly validityError: string;
    readonly group: string;
    readonly rolesTitle: string;
    readonly rolesIntro: string;
    readonly create: string;
    readonly creating: string;
    readonly close: string;
    readonly createdTitle: string;
    readonly createdNote: string;
    readonly createdOnce: string;
    readonly validUntil: (date: string) => string;
    readonly createdAnnouncement: (count: number) => string;
    readonly noGroups: string;
    readonly loading: string;
  };
  /** The management table of `<gk-invite-code-list>`. */
  readonly list: {
    readonly tableTitle: string;
    readonly tableIntro: string;
    readonly statusFilter: string;
    readonly groupFilter: string;
    readonly all: string;
    readonly columns: {
      readonly creator: string;
      readonly code: string;
      readonly group: string;
      readonly mode: string;
      readonly created: string;
      readonly validUntil: string;
      readonly status: string;
      readonly usedBy: string;
      readonly action: string;
    };
    readonly usedOn: (name: string, date: string) => string;
    readonly empty: string;
    readonly deactivate: string;
    readonly deactivateLabel: (code: string) => string;
    readonly confirmDeactivate: (code: string) => string;
    readonly confirm: string;
    readonly cancel: string;
    readonly deactivated: (code: string) => string;
    readonly previous: string;
    readonly next: string;
    readonly page: (page: number, pages: number, total: number) => string;
  };

  readonly members: {
    readonly title: string;
    readonly intro: string;
    readonly name: string;
    readonly email: string;
    readonly roles: string;
    readonly actions: string;
    readonly edit: string;
    readonly editLabel: (name: string) => string;
    readonly editLegend: (name: string) => string;
    readonly save: string;
    readonly saving: string;
    readonly cancel: string;
    readonly remove: string;
    readonly removeLabel: (name: string) => string;
    readonly confirmRemove: (name: string) => string;
    readonly removed: (name: string) => string;
    readonly saved: (name: string) => string;
    readonly empty: string;
    readonly missingGroup: string;
    readonly loading: string;
  };
}

// Each section is its own export, so an element bundles only the English it shows.
export const date: InvitationStrings['date'] = (iso) => formatDate('en', iso);

export const roles: InvitationStrings['roles'] = {
  adminHeading: 'Administrator role',
  userHeading: 'User roles',
  adminHint: 'An administrator role allows inviting and managing further users.',
  userHint: 'A user role allows using the services offered.',
  exclusiveNote: '* Cannot be combined with another role.',
  exclusiveBlocked: 'Not available: an exclusive role (*) stands alone.',
  required: 'Choose at least one role.',
};

export const status: InvitationStrings['status'] = { valid: 'Valid', used: 'Used', deactivated: 'Deactivated', expired: 'Expired' };

export const mode: InvitationStrings['mode'] = { group: 'Group member', partner: 'Business partner' };

export const errors: InvitationStrings['errors'] = {
  code_malformed: 'This is not an invitation code. Check that you copied all of it.',
  code_unknown: 'This invitation code does not exist. Check it for typos.',
  code_already_used: 'This invitation code has already been used. Each code works once; ask for a new one.',
  code_deactivated: 'This invitation code was deactivated by an administrator. Ask for a new one.',
  code_expired: 'This invitation code has expired. Ask for a new one.',
  roles_conflict: 'The roles of this code cannot be combined with the roles you already have. Ask an administrator to change your roles first.',
  last_admin: 'A group needs at least one administrator: give another member an administrator role first.',
  not_group_admin: 'Only an administrator of this group can do this.',
  not_found: 'Not found, or you have no access to it.',
  unauthenticated: 'Your session has ended. Log in again to continue.',
  validation: 'Some values are not valid. Check the form.',
  rate_limited: (s) => (s ? `Too many attempts. Try again in ${s} seconds.` : 'Too many attempts. Try again later.'),
  network: 'Could not reach the server. Check your connection and try again.',
  server: 'Something went wrong on our side. Please try again in a moment.',
};

export const copy: InvitationStrings['copy'] = {
  code: 'Copy code',
  codeLabel: (code) => `Copy code ${code}`,
  all: 'Copy all codes',
  copied: 'Copied to the clipboard.',
  allCopied: (n) => `${n} codes copied to the clipboard.`,
  failed: 'Could not copy. Select the code and copy it yourself.',
  text: (group, key, date, codes) => [`${plural('en', codes.length, { one: 'Invitation code', other: 'Invitation codes' })} for ${group} (${key})`, `Valid until: ${date}`, '', ...codes].join('\n'),
};

export const redeem: InvitationStrings['redeem'] = {
  title: 'Use an invitation code',
  intro: 'Join a business partner or activate other services with an invitation code.',
  hint: 'Paste the code from your invitation. It has 32 characters (digits and the letters a–f) in five groups separated by hyphens.',
  label: 'Invitation code',
  required: 'Required field, please fill it in.',
  format: 'This is not an invitation code: it has only digits, the letters a–f and hyphens.',
  incomplete: 'The code is incomplete.',
  looksRight: 'The code is complete.',
  submit: 'Use',
  submitting: 'Checking…',
  joined: (group) => `You joined ${group}.`,
  rolesAdded: (group) => `You have new roles in ${group}.`,
  alreadyMember: (group) => `You are already a member of ${group}.`,
  notUsed: 'This code gives you no role you do not already have, so it was not used: it still works for someone else.',
  rolesLine: (roles) => `Your roles: ${roles}`,
  adminNote: 'You can now invite and manage other users of this group.',
  another: 'Use another code',
  pasted: 'The code was taken from the pasted text.',
};

export const invite: InvitationStrings['invite'] = {
  createTitle: 'Create invitation codes',
  createIntro: 'You can create up to ten equivalent codes at once. The recipient must use the code before it expires.',
  count: 'Number of invitation codes',
  countError: 'Create from 1 to 10 codes at once.',
  validity: 'Validity (1-90 days)',
  validityError: 'Enter a whole number of days from 1 to 90.',
  group: 'Select a group',
  rolesTitle: 'User roles per invitation code',
  rolesIntro: 'Assign the roles you want to give your users.',
  create: 'Create invitation codes',
  creating: 'Creating…',
  close: 'Close',
  createdTitle: 'The following invitation codes were created.',
  createdNote: 'Access rights are granted with these codes. To prevent misuse, pass each code on securely: only authorised people may see and use it.',
  createdOnce: 'Only logged-in users can use an invitation code, and only once.',
  validUntil: (date) => `Valid until: ${date}`,
  createdAnnouncement: (n) => plural('en', n, { one: '# invitation code created.', other: '# invitation codes created.' }),
  noGroups: 'You do not administer any group, so you cannot invite anyone.',
  loading: 'Loading…',
};

export const list: InvitationStrings['list'] = {
  tableTitle: 'Invitation codes',
  tableIntro: 'The codes of the groups and partners you administer, newest first.',
  statusFilter: 'Status',
  groupFilter: 'Group / partner',
  all: 'All',
  columns: {
    creator: 'Creator',
    code: 'Invitation code',
    group: 'Group / partner',
    mode: 'Joins as',
    created: 'Created',
    validUntil: 'Valid until',
    status: 'Status',
    usedBy: 'Used by',
    action: 'Action',
  },
  usedOn: (name, date) => `${name}, ${date}`,
  empty: 'No invitation codes match.',
  deactivate: 'Deactivate',
  deactivateLabel: (code) => `Deactivate code ${code}`,
  confirmDeactivate: (code) => `Deactivate ${code}? It can no longer be used.`,
  confirm: 'Deactivate',
  cancel: 'Cancel',
  deactivated: (code) => `Code ${code} was deactivated.`,
  previous: 'Previous',
  next: 'Next',
  page: (page, pages, total) => `Page ${page} of ${pages} (${total} codes)`,
};

export const members: InvitationStrings['members'] = {
  title: 'Users',
  intro: 'Find a user and adapt their roles, or remove them from the group.',
  name: 'Name',
  email: 'Email',
  roles: 'Roles',
  actions: 'Actions',
  edit: 'Change roles',
  editLabel: (name) => `Change roles of ${name}`,
  editLegend: (name) => `Roles of ${name}`,
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  remove: 'Remove',
  removeLabel: (name) => `Remove ${name}`,
  confirmRemove: (name) => `Remove ${name} from the group? They lose access at once.`,
  removed: (name) => `${name} was removed from the group.`,
  saved: (name) => `Roles of ${name} saved.`,
  empty: 'This group has no members.',
  missingGroup: 'No group given (set the group-id attribute).',
  loading: 'Loading…',
};
