/**
 * @module domain/events
 * Every state change is a domain event: a typed name with a typed payload. `recordEvent` writes
 * the audit row (the history owners, partners and account holders read) and an outbox row
 * (channel `event`, for webhook delivery) in one transaction, so neither exists without the other
 * or without the change that caused it. Payloads never carry secrets: ids, names and counts only.
 */
import type { AuditEventLog } from './model/audit.js';
import type { EventOutbox } from './model/outbox.js';

/** Event name → payload (stored as the audit row's `data` and in the outbox row). */
export interface DomainEvents {
  'access_request.approved': { grant_id: string; access_request_id: string };
  'access_request.denied': { access_request_id: string };
  'access_request.cancelled': { access_request_id: string; reason: 'already_shared' | 'cancelled' };
  'grant.created': { grant_id: string; permissions: readonly string[]; access_request_id?: string; via?: 'partner_link' };
  /** The grant's permissions changed: widened by an approved access request, or narrowed by the owner. */
  'grant.updated': {
    grant_id: string;
    previous_permissions: readonly string[];
    permissions: readonly string[];
    how: 'widened' | 'narrowed';
    access_request_id?: string;
  };
  'grant.revoked': { grant_id: string; how: string; permissions?: readonly string[] };
  'installation.settings_changed': { changes: Readonly<Record<string, unknown>>; client_id?: string };
  'invitation_code.created': { batch_id: string; count: number; roles: readonly string[]; expires_at: string; code_ids: readonly string[] };
  'invitation_code.redeemed': {
    code_id: string;
    batch_id: string;
    roles_added: readonly string[];
    roles: readonly string[];
    previous_roles: readonly string[] | null;
  };
  'invitation_code.deactivated': { code_id: string; batch_id: string };
  'group_member.roles_changed': { user_id: string; previous_roles: readonly string[]; roles: readonly string[] };
  'group_member.removed': { user_id: string; email: string; roles: readonly string[] };
  'service_account.created': { name: string; client_id: string; secret_kind: string; permissions?: readonly string[] };
  'service_account.secret_regenerated': { name: string; client_id: string; grace_period_minutes: number };
  'service_account.password_changed': { name: string; client_id: string };
  'service_account.deleted': { name: string; client_id: string };
  'organisation.created': { name: string; holder_user_id: string; partner_limit: number };
  'organisation.account_holder_added': { holder_user_id: string };
  'organisation.partner_limit_changed': { from: number; to: number };
  'partner.registered': { name: string; lookup_key: string; domains?: readonly string[]; logo?: boolean; seeded?: boolean };
  'partner.admin_invited': { email: string; role: string };
  'partner.member_invited': { email: string; role: string };
  'partner.invitation_accepted': { email: string; roles: readonly string[] };
  'partner.admin_changed': { previous_admin_user_id: string | null; admin_email: string };
  'group.embedding_origins_changed': { previous: readonly string[]; origins: readonly string[] };
  'webhook.endpoint_created': { endpoint_id: string; url: string; events: readonly string[] };
  'webhook.endpoint_updated': { endpoint_id: string; url: string; changes: { url?: string; events?: readonly string[]; enabled?: boolean } };
  'webhook.secret_rotated': { endpoint_id: string; url: string; grace_hours: number };
  'webhook.endpoint_deleted': { endpoint_id: string; url: string };
  'partner.deactivated': { name: string; lookup_key: string; invitations_withdrawn: number };
  /** A group admin changed the permission set its links ask for when they name none. */
  'group.default_permissions_changed': { previous_permissions: readonly string[]; permissions: readonly string[] };
}

export type EventType = keyof DomainEvents;

/** Who caused an event: a person (their id and name), a token's client, the operator or the system. */
export interface EventActor {
  readonly actorUserId?: string | null;
  readonly actorLabel: string;
}

/** What an event is about; the audit history is listed by these. */
export interface EventScope {
  readonly groupId?: string | null;
  readonly installationId?: string | null;
  /** Partner changes name their organisation, so its account holders see them. */
  readonly organisationId?: string | null;
  readonly subjectId?: string | null;
}

export type DomainEvent = {
  [K in EventType]: EventActor & EventScope & { readonly type: K; readonly at: Date; readonly data: DomainEvents[K] };
}[EventType];

/** What recordEvent writes to: the audit log and the outbox, bound to one transaction. */
export interface EventPorts {
  readonly audit: AuditEventLog;
  readonly outbox: EventOutbox;
  transaction<T>(fn: (tx: EventPorts) => Promise<T>): Promise<T>;
}

/**
 * Records an event: its audit row and its outbox row, in the caller's transaction (or a new one,
 * when called outside a transaction, so the two rows still commit together).
 */
export function recordEvent(tx: EventPorts, event: DomainEvent): Promise<void> {
  return tx.transaction(async (t) => {
    const scope = {
      groupId: event.groupId ?? null,
      installationId: event.installationId ?? null,
      organisationId: event.organisationId ?? null,
      subjectId: event.subjectId ?? null,
    };
    const data = event.data as unknown as Record<string, unknown>;
    await t.audit.record({ at: event.at, actorUserId: event.actorUserId ?? null, actorLabel: event.actorLabel, action: event.type, ...scope, data });
    await t.outbox.enqueue({
      channel: 'event',
      recipient: '',
      subject: event.type,
      payload: {
        type: event.type,
        occurred_at: event.at.toISOString(),
        actor: { user_id: event.actorUserId ?? null, label: event.actorLabel },
        group_id: scope.groupId,
        installation_id: scope.installationId,
        organisation_id: scope.organisationId,
        subject_id: scope.subjectId,
        data,
      },
      // Pending for the webhook deliverer; the mail worker only claims channel 'email'.
      status: 'pending',
      groupId: scope.groupId,
      at: event.at,
    });
  });
}
