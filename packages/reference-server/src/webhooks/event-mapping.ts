/**
 * @module webhooks/event-mapping
 * Domain events (outbox channel `event`, domain/events.ts) → the webhook events a partner can
 * subscribe to (`@grantkit/sdk` webhook-types.ts): which domain event is which webhook type, and
 * the ids a partner needs in its data (grant, installation, lookup key, permissions, who acted).
 * Domain events with no webhook counterpart map to null.
 */
import type { GrantPermission, WebhookActor, WebhookEvent, WebhookEventType } from '@grantkit/sdk';
import type { Store } from '../domain/model/store.js';

/** The outbox row's payload as recordEvent writes it. */
export interface EventPayload {
  readonly type: string;
  readonly occurred_at: string;
  readonly actor: { readonly user_id: string | null; readonly label: string };
  readonly group_id: string | null;
  readonly installation_id: string | null;
  readonly subject_id: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A webhook event and the group whose endpoints receive it. */
export interface MappedEvent {
  readonly groupId: string;
  readonly event: WebhookEvent;
}

/** The data of webhook type `T` (some variants share one data shape between two types). */
type DataOf<T extends WebhookEventType> = WebhookEvent extends infer E ? (E extends { type: infer U; data: infer D } ? (T extends U ? D : never) : never) : never;

/** Service-account tokens act as `token <client_id>` (domain/installations.ts). */
function actorOf(p: EventPayload): WebhookActor {
  if (p.actor.user_id) return { kind: 'user', id: p.actor.user_id };
  const client = /^token (\S+)$/.exec(p.actor.label)?.[1];
  if (client) return { kind: 'service_account', id: client };
  return { kind: 'system', id: null };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The webhook type a domain event becomes, or null: decided from the row alone, so the fan-out
 * looks for subscribed endpoints before it reads anything else.
 */
export function webhookTypeOf(p: EventPayload): WebhookEventType | null {
  if (!p.group_id) return null;
  switch (p.type) {
    case 'grant.created':
    case 'grant.updated':
    case 'grant.revoked':
    case 'service_account.created':
    case 'service_account.deleted':
    case 'partner.deactivated':
      return p.type;
    case 'invitation_code.redeemed':
      // Only a new member joins; a member who redeemed a code for more roles was there already.
      return (p.data.previous_roles === null || p.data.previous_roles === undefined) && p.actor.user_id ? 'member.joined' : null;
    case 'partner.invitation_accepted':
      return p.actor.user_id ? 'member.joined' : null;
    case 'group_member.removed':
      return 'member.removed';
    default:
      return null;
  }
}

export async function toWebhookEvent(store: Store, p: EventPayload): Promise<MappedEvent | null> {
  const groupId = p.group_id;
  const type = webhookTypeOf(p);
  if (!groupId || !type) return null;
  const actor = actorOf(p);
  const timestamp = p.occurred_at;
  const d = p.data;
  const event = <T extends WebhookEventType>(type: T, data: DataOf<T>): MappedEvent =>
    ({ groupId, event: { type, timestamp, data } as WebhookEvent });

  const grantData = async () => {
    const grantId = text(d.grant_id);
    const grant = await store.grants.findById(grantId);
    const group = await store.groups.findById(groupId);
    return {
      grant_id: grantId,
      group_id: groupId,
      installation_id: p.installation_id ?? grant?.installationId ?? '',
      lookup_key: group?.lookupKey ?? '',
      permissions: (d.permissions !== undefined ? strings(d.permissions) : [...(grant?.permissions ?? [])]) as GrantPermission[],
      actor,
    };
  };

  switch (type) {
    case 'grant.created':
      return event('grant.created', await grantData());
    case 'grant.updated':
      return event('grant.updated', { ...(await grantData()), previous_permissions: strings(d.previous_permissions) as GrantPermission[] });
    case 'grant.revoked':
      return event('grant.revoked', { ...(await grantData()), how: d.how === 'relinquished' ? 'relinquished' : 'revoked' });
    case 'member.joined':
      return event('member.joined', { group_id: groupId, user_id: p.actor.user_id!, roles: strings(d.roles), actor });
    case 'member.removed':
      return event('member.removed', { group_id: groupId, user_id: text(d.user_id), roles: strings(d.roles), actor });
    case 'service_account.created':
    case 'service_account.deleted':
      return event(type, { group_id: groupId, service_account_id: p.subject_id ?? '', client_id: text(d.client_id), name: text(d.name), actor });
    case 'partner.deactivated':
      return event('partner.deactivated', { group_id: groupId, lookup_key: text(d.lookup_key), actor });
  }
}
