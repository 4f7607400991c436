/**
 * @module
 * English strings of `<gk-webhooks>`: the reference catalogue.
 */
import type { WebhookEventType } from '@grantkit/sdk';
import { formatDate } from '../../../i18n/format.js';

/** Every string `<gk-webhooks>` shows. */
export interface WebhookStrings {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly empty: string;
  readonly missingGroup: string;
  readonly create: string;
  readonly col: { readonly url: string; readonly events: string; readonly state: string; readonly created: string; readonly actions: string };
  readonly allEvents: string;
  readonly state: { readonly enabled: string; readonly admin: string; readonly failing: string };
  readonly date: (iso: string) => string;
  /** What each event type means, beside its name on the form. */
  readonly eventLabels: Readonly<Record<WebhookEventType, string>>;
  readonly form: {
    readonly heading: string;
    readonly url: string;
    readonly urlHint: string;
    readonly events: string;
    readonly submit: string;
    readonly creating: string;
    readonly cancel: string;
    readonly urlRequired: string;
    readonly eventsRequired: string;
  };
  readonly secret: {
    readonly heading: string;
    readonly warning: string;
    readonly label: string;
    readonly copy: string;
    readonly copyLabel: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly done: string;
  };
  readonly actions: {
    readonly test: string;
    readonly enable: string;
    readonly disable: string;
    readonly rotate: string;
    readonly rotateConfirm: string;
    readonly deliveries: string;
    readonly delete: string;
    readonly deleteConfirm: string;
    readonly cancel: string;
    readonly working: string;
    /** The accessible name of an action on one endpoint: "Delete https://…". */
    readonly on: (action: string, url: string) => string;
  };
  readonly deliveries: {
    readonly heading: string;
    readonly empty: string;
    readonly col: { readonly event: string; readonly status: string; readonly attempts: string; readonly response: string; readonly last: string; readonly next: string };
    readonly status: { readonly pending: string; readonly succeeded: string; readonly failed: string };
    readonly noResponse: string;
  };
  readonly announce: {
    readonly created: string;
    readonly enabled: string;
    readonly disabled: string;
    readonly rotated: string;
    readonly tested: string;
    readonly deleted: string;
  };
  readonly errors: {
    readonly not_group_admin: string;
    readonly webhook_not_found: string;
    readonly webhook_limit_reached: string;
    readonly webhook_disabled: string;
    readonly unauthenticated: string;
    readonly validation: string;
    readonly network: string;
    readonly server: string;
    /** Why the server refused a URL (`webhook_url_refused`, `errors[0].code` without its prefix). */
    readonly url_malformed: string;
    readonly url_scheme: string;
    readonly url_credentials: string;
    readonly url_forbidden_address: string;
    readonly url_unresolvable: string;
  };
}

const en: WebhookStrings = {
  title: 'Webhooks',
  intro: 'Signed messages (Standard Webhooks) tell your systems at once when access changes.',
  loading: 'Loading…',
  empty: 'No webhook endpoints yet.',
  missingGroup: 'No group is selected.',
  create: 'Add endpoint',
  col: { url: 'Endpoint URL', events: 'Events', state: 'Status', created: 'Created', actions: 'Actions' },
  allEvents: 'All events',
  state: { enabled: 'Enabled', admin: 'Disabled', failing: 'Disabled: it failed for days' },
  date: (iso) => formatDate('en', iso),
  eventLabels: {
    'grant.created': 'Access granted',
    'grant.updated': 'Permissions changed',
    'grant.revoked': 'Access revoked',
    'member.joined': 'Member joined',
    'member.removed': 'Member removed',
    'service_account.created': 'Service account created',
    'service_account.deleted': 'Service account deleted',
    'partner.deactivated': 'Partner deactivated',
  },
  form: {
    heading: 'New webhook endpoint',
    url: 'Endpoint URL',
    urlHint: 'An https address of yours that accepts POST requests.',
    events: 'Events to send',
    submit: 'Add endpoint',
    creating: 'Adding…',
    cancel: 'Cancel',
    urlRequired: 'Enter the endpoint’s URL.',
    eventsRequired: 'Choose at least one event.',
  },
  secret: {
    heading: 'Signing secret',
    warning: 'Copy the secret now: it is shown only this once. Your endpoint needs it to verify each delivery.',
    label: 'Secret',
    copy: 'Copy',
    copyLabel: 'Copy the signing secret',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy; select the text and copy it yourself.',
    done: 'I have stored it',
  },
  actions: {
    test: 'Send test event',
    enable: 'Enable',
    disable: 'Disable',
    rotate: 'Rotate secret',
    rotateConfirm: 'Make a new secret? The old one keeps signing beside it for a while.',
    deliveries: 'Deliveries',
    delete: 'Delete',
    deleteConfirm: 'Delete this endpoint and its deliveries?',
    cancel: 'Cancel',
    working: 'Working…',
    on: (action, url) => `${action}: ${url}`,
  },
  deliveries: {
    heading: 'Recent deliveries',
    empty: 'Nothing was delivered yet.',
    col: { event: 'Event', status: 'Status', attempts: 'Attempts', response: 'Response', last: 'Last attempt', next: 'Next attempt' },
    status: { pending: 'Pending', succeeded: 'Delivered', failed: 'Failed' },
    noResponse: 'No response',
  },
  announce: {
    created: 'The endpoint was added.',
    enabled: 'The endpoint was enabled.',
    disabled: 'The endpoint was disabled.',
    rotated: 'A new signing secret was made.',
    tested: 'A test event is on its way.',
    deleted: 'The endpoint was deleted.',
  },
  errors: {
    not_group_admin: 'Only an administrator of this group can manage its webhooks.',
    webhook_not_found: 'This webhook endpoint no longer exists.',
    webhook_limit_reached: 'Your group has as many endpoints as it may have. Delete one first.',
    webhook_disabled: 'Enable the endpoint before sending a test event.',
    unauthenticated: 'Your session has ended. Log in again.',
    validation: 'Check the highlighted fields.',
    network: 'The server cannot be reached. Check your connection and try again.',
    server: 'Something went wrong. Try again later.',
    url_malformed: 'Enter a full address, such as https://example.com/webhooks.',
    url_scheme: 'The address must start with https://.',
    url_credentials: 'Leave the user name and password out of the address.',
    url_forbidden_address: 'This address points into a private network. Use a public address.',
    url_unresolvable: 'This host name cannot be found.',
  },
};

export default en;
